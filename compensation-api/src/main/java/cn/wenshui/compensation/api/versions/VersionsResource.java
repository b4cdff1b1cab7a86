package cn.wenshui.compensation.api.versions;

import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/households/{code}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "versions", description = "A household's ledger entries as versions, and the difference of any two")
public class VersionsResource {
    private final VersionsService versions;
    private final SecurityIdentity identity;

    public VersionsResource(VersionsService versions, SecurityIdentity identity) {
        this.versions = versions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "A household's versions", description = "Every ledger entry of the household (编号), oldest "
            + "first: id, created at/by, totals, the entry it supersedes, the entry that superseded it, and whether "
            + "it is current. An appraisal firm sees only its own entries; a household with none answers 404.")
    public VersionsService.Versions list(@PathParam("code") @Size(min = 1, max = 64) String code) {
        return versions.versions(code, Caller.of(identity).scope());
    }

    @GET
    @Path("/diff")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "The difference of two versions", description = "Line by line (ADDED, REMOVED, CHANGED with "
            + "the fields that changed, UNCHANGED), area swaps, pending items, the incentive, subtotals and totals, "
            + "from → to. Default: to = the current entry, from = the entry it corrects (else the one before). Lines "
            + "are matched by inventory ref and row code (interpretation I-50); amount differences are end by end "
            + "(I-51). An entry that is not a version of this household answers 422 naming from or to.")
    public VersionsService.Difference diff(@PathParam("code") @Size(min = 1, max = 64) String code,
                                           @QueryParam("from") @Positive Long from,
                                           @QueryParam("to") @Positive Long to) {
        return versions.difference(code, from, to, Caller.of(identity).scope());
    }
}
