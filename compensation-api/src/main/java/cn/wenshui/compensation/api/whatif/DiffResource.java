package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The difference of any two quotes: two ledger entries, or an entry and its re-quote under a scenario. */
@Path("/api/v1/diff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "what-if")
public class DiffResource {
    private final WhatIfService service;

    public DiffResource(WhatIfService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "The difference of two quotes", description = "from and to: ledger entry ids (any two). "
            + "Without to: entry from against its re-quote under readings (key:OPTION,…) and/or schedule "
            + "(id/version). Line by line: added, removed, changed, with the reading, schedule row or input that made "
            + "each change.")
    public WhatIfService.Difference diff(@QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("readings") @Size(max = 2000) String readings,
                                         @QueryParam("schedule") @Size(max = 80) String schedule) {
        long a = WhatIfParams.seq("from", from);
        if (to != null && !to.isBlank()) {
            return service.difference(a, WhatIfParams.seq("to", to));
        }
        return service.difference(a, service.scenario(WhatIfParams.readingsParam(readings), schedule));
    }
}
