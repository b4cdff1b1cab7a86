package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What if another reading, or another schedule version, applied to the whole caseload (see {@link DiffResource} for
 * the difference of two quotes). Staff and auditors (the caseload spans every firm); nothing is written.
 */
@Path("/api/v1/what-if")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "what-if", description = "Re-quote the caseload under other readings or another schedule version; "
        + "the difference of two quotes")
public class WhatIfResource {
    static final String XLSX = WhatIfParams.XLSX;

    private final WhatIfService service;

    public WhatIfResource(WhatIfService service) {
        this.service = service;
    }

    /** The body: {@code readings} (switch → option), {@code schedule} ({@code id/version}), filters. */
    public record Body(Map<String, String> readings, @Size(max = 80) String schedule,
                       @Size(max = 200) String village, @Size(max = 100) String group, @Size(max = 40) String state) {
        WhatIfService.Request request() {
            return new WhatIfService.Request(readings, schedule, village, group, state);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "What if: re-quote every household's current entry", description = "Each current entry "
            + "re-quoted under its own readings with those given laid over them, under its own schedule version or the "
            + "one named (I-54); nothing written. Answers per household old and new totals, the difference and the "
            + "lines that changed with their causes (I-55), and sums per village, per section and for the 片区.")
    public WhatIfViews.Result run(Body body) {
        return service.run(body == null ? new WhatIfService.Request(null, null, null, null, null) : body.request());
    }

    @POST
    @Path("/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(XLSX)
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "The same what-if as a workbook")
    public Response export(Body body) {
        return WhatIfParams.xlsx(WhatIfWorkbook.write(run(body)));
    }


}
