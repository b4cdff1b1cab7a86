package cn.wenshui.compensation.api.ledger;

import cn.wenshui.compensation.api.problem.Params;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import cn.wenshui.compensation.api.security.Scope;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger", description = "Append-only, hash-chained record of issued quotes; no update, no delete")
public class LedgerResource {
    public static final int MAX_PAGE_SIZE = 100;

    private final LedgerService ledger;
    private final SecurityIdentity identity;

    public LedgerResource(LedgerService ledger, SecurityIdentity identity) {
        this.ledger = ledger;
        this.identity = identity;
    }

    private Scope scope() {
        return Caller.of(identity).scope();
    }

    @GET
    @Path("/quotes/{id}")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "One ledger entry", description = "With its canonical input, the full quote and its hashes. "
            + "An appraisal firm sees only its own entries: any other id answers 404, like one that does not exist.")
    public LedgerViews.Entry get(@PathParam("id") long id) {
        return ledger.get(id, scope()).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/quotes")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "List ledger entries", description = "Newest first; filter by household id, village and "
            + "creation date (from/to, yyyy-MM-dd, inclusive). Page size at most 100. An appraisal firm's list and "
            + "total count only its own entries.")
    public LedgerViews.EntryPage list(@QueryParam("household") @Size(max = 64) String household,
                                      @QueryParam("village") @Size(max = 200) String village,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return ledger.list(Params.blank(household), Params.blank(village), Params.date("from", from),
                Params.date("to", to), scope(), page,
                size);
    }

    @POST
    @Path("/quotes/{id}/verify")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "Re-check one entry", description = "Recomputes the quote from the stored input under the "
            + "stored schedule version and readings, and checks the content hash and the link to the previous entry.")
    public LedgerViews.EntryCheck verify(@PathParam("id") long id) {
        return ledger.verify(id, scope()).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "Re-check the whole chain", description = "Every entry's content hash, MAC and link, the head, "
            + "and every checkpoint of the head written outside the database: reports truncation (the ledger ends "
            + "before a checkpoint), forks (an entry differs from its checkpoint) and entries rewritten with "
            + "recomputed hashes (MAC fails), by id. anchorId and anchorHash check one more checkpoint, e.g. the one "
            + "printed on a household's 补偿明细表. Staff and auditors only: the chain spans every firm's entries.")
    public LedgerViews.ChainCheck verifyChain(@QueryParam("anchorId") @Positive Long anchorId,
                                              @QueryParam("anchorHash") @Pattern(regexp = "[0-9a-f]{64}")
                                              String anchorHash) {
        if ((anchorId == null) != (anchorHash == null)) {
            throw ProblemException.badField(400, anchorId == null ? "anchorId" : "anchorHash", "anchor-pair",
                    "anchorId 与 anchorHash 须同时给出", "anchorId and anchorHash go together");
        }
        return ledger.verifyChain(anchorId == null ? null
                : new Checkpoints.Checkpoint("given", anchorId, anchorHash, java.time.Instant.now()));
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("no ledger entry " + id, "台账中没有编号为 " + id + " 的记录");
    }
}
