package cn.wenshui.compensation.api.quote;

import cn.wenshui.compensation.api.ledger.IdempotencyKeys;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/v1/ledger/quotes: quoting and recording is the quote capability's, so it is served here, beside the
 * ledger's read-only resource on the same path (the ledger does not call back into quoting).
 */
@Path("/api/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerQuoteResource {
    private final QuoteService quotes;
    private final SecurityIdentity identity;

    public LedgerQuoteResource(QuoteService quotes, SecurityIdentity identity) {
        this.quotes = quotes;
        this.identity = identity;
    }

    @POST
    @Path("/quotes")
    @RolesAllowed({Roles.STAFF, Roles.APPRAISER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "ledger")
    @Operation(summary = "Quote a household and record it", description = "Same as POST /api/v1/quotes?persist=true. "
            + "A correction is a new entry: pass supersedes=<id of the entry it corrects>.")
    public Response append(Household household, @QueryParam("supersedes") @Positive Long supersedes,
                           @HeaderParam(IdempotencyKeys.HEADER) @Pattern(regexp = IdempotencyKeys.PATTERN) String key,
                           @HeaderParam("X-Operator") @Size(max = 100) String operator,
                           @Context UriInfo uri) throws InvalidInventoryException {
        return Recorded.response(quotes.issue(household, supersedes, key, operator, Caller.of(identity)), uri);
    }
}
