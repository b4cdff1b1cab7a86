package cn.wenshui.compensation.api.quote;

import cn.wenshui.compensation.api.ledger.IdempotencyKeys;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import cn.wenshui.compensation.household.Household;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quotes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quote", description = "Itemised quotes for a household under 文政发〔2023〕6号")
public class QuoteResource {
    static final String EXAMPLE = """
            {"id": "BZ-001", "headOfHousehold": "张三", "village": "堡子村",
             "soleDwelling": false, "hardshipExtensionApproved": false, "demolishedBuildingAreaM2": 31,
             "mainHouse": {"measuredAreaM2": 120, "footprintM2": 100, "homesteadCertificateAreaM2": 300},
             "items": [
               {"ref": "1", "code": "1-1.annex.brick-concrete", "quantity": 50, "appraisedUnitPrice": 760},
               {"ref": "2", "code": "2-1.fruit.walnut", "quantity": 3, "measurements": {"trunkDiameterCm": 12}},
               {"ref": "3", "code": "1-1.cellar.brick-stone", "quantity": 6, "measurements": {"depthM": 1.8}},
               {"ref": "4", "code": "1-1.basement", "quantity": 20}],
             "livestockPremises": [{"ref": "羊圈", "name": "羊圈", "areaM2": 25}],
             "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "2023-07-05", "movedOut": "2023-08-04"}}
            """;

    private final QuoteService quotes;
    private final SecurityIdentity identity;

    public QuoteResource(QuoteService quotes, SecurityIdentity identity) {
        this.quotes = quotes;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.APPRAISER, Roles.AUDITOR})
    @Operation(summary = "Quote a household", description = "Returns the itemised quote: lines with unit price, "
            + "amount, clause and explanation; area swaps; subsidies; the incentive or its deadlines; items awaiting "
            + "appraisal, negotiation or a committee (never summed); subtotals and the total as an interval. With "
            + "persist=true the quote is also recorded in the ledger (201 + Location); an Idempotency-Key makes a "
            + "retry return the first entry. Roles: staff and appraisers (quote and record), auditors (quote only).")
    public Response quote(@RequestBody(description = "The household inventory", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "typical",
                    summary = "附属平房 50 m², 核桃树 ×3, subsidies and the incentive", value = EXAMPLE)))
                          Household household,
                          @Parameter(description = "also record the quote in the ledger") @QueryParam("persist") boolean persist,
                          @Parameter(description = "with persist: the ledger entry this one corrects") @QueryParam("supersedes") @Positive Long supersedes,
                          @Parameter(description = "with persist: a retry with the same key returns the first entry")
                          @HeaderParam(IdempotencyKeys.HEADER) @Pattern(regexp = IdempotencyKeys.PATTERN) String idempotencyKey,
                          @Parameter(description = "with persist: optional display name of the person issuing the quote, percent-encoded UTF-8; the entry's createdBy is always the authenticated principal") @HeaderParam("X-Operator") @Size(max = 100) String operator,
                          @Context UriInfo uri) throws InvalidInventoryException {
        if (persist) {
            return Recorded.response(quotes.issue(household, supersedes, idempotencyKey, operator,
                    Caller.of(identity)), uri);
        }
        Quote q = quotes.quote(household);
        return Response.ok(q).build();
    }
}
