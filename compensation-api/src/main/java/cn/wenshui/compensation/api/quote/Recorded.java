package cn.wenshui.compensation.api.quote;

import cn.wenshui.compensation.api.ledger.IdempotencyKeys;
import cn.wenshui.compensation.api.ledger.LedgerService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The HTTP answer to a recorded quote, the same from both resources that record one. */
final class Recorded {
    private Recorded() {
    }

    /** 201 with Location for a new entry; 200 with the first entry for a repeated Idempotency-Key. */
    static Response response(LedgerService.Result r, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("api/v1/ledger/quotes/" + r.entry().id()).build();
        return (r.replayed() ? Response.ok(r.entry()) : Response.created(location).entity(r.entry()))
                .location(location).header(IdempotencyKeys.REPLAYED_HEADER, r.replayed()).build();
    }
}
