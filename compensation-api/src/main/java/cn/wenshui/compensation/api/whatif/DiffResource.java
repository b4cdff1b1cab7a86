package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
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
        long a = seq("from", from);
        if (to != null && !to.isBlank()) {
            return service.difference(a, seq("to", to));
        }
        return service.difference(a, service.scenario(readingsParam(readings), schedule));
    }

    static long seq(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badField(400, field, "required",
                    field + " 须为台账记录编号", field + " must be a ledger entry id");
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(400, field, "not-a-number",
                    field + " 须为正整数(台账记录编号)", field + " must be a positive whole number (a ledger entry id)");
        }
    }

    /** {@code key:OPTION,key:OPTION}; a malformed pair is a 400 naming readings. */
    static Map<String, String> readingsParam(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String pair : value.split(",")) {
            String[] kv = pair.trim().split(":");
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw ProblemException.badField(400, "readings", "malformed",
                        "readings 须写作 开关:选项,以逗号分隔", "readings must be key:OPTION pairs separated by commas");
            }
            out.put(kv[0].trim(), kv[1].trim());
        }
        return out;
    }
}
