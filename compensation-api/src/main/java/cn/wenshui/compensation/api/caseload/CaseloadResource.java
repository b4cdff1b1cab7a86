package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.api.problem.Params;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "caseload", description = "The 片区's caseload: households by state, amounts, incentives, deadlines")
public class CaseloadResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CaseloadService caseload;
    private final CaseloadWorkbook workbook;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CaseloadResource(CaseloadService caseload, CaseloadWorkbook workbook, SecurityIdentity identity) {
        this.caseload = caseload;
        this.workbook = workbook;
        this.identity = identity;
        this.clock = Clock.systemDefaultZone();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "The caseload dashboard", description = "From the household files and each one's current "
            + "ledger entry: households by state; amounts quoted and signed (intervals); incentives decided and still "
            + "possible as of asOf (default today); items awaiting appraisal, negotiation or the committee; per village "
            + "and 组. Filters: village, group, state. Staff and auditors.")
    public CaseloadViews.Dashboard dashboard(@QueryParam("village") @Size(max = 200) String village,
                                             @QueryParam("group") @Size(max = 100) String group,
                                             @QueryParam("state") String state, @QueryParam("asOf") String asOf) {
        return caseload.dashboard(filter(village, group, state), asOf(asOf));
    }

    @GET
    @Path("/deadlines")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "The deadline list", description = "Households paid but not yet moved out (the incentive's "
            + "clock runs), with the two deadlines of 三(三), the days left to each as of asOf (default today; negative: "
            + "passed) and the reward still reachable, soonest deadline first; 户主 and phone for the office's calls "
            + "(staff: unmasked, the read logged; auditors: masked).")
    public List<CaseloadViews.Deadline> deadlines(@QueryParam("village") @Size(max = 200) String village,
                                                  @QueryParam("group") @Size(max = 100) String group,
                                                  @QueryParam("asOf") String asOf) {
        return caseload.deadlines(filter(village, group, null), asOf(asOf), Caller.of(identity),
                CaseloadService.API_DEADLINES);
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "The dashboard and the 分户台账 as a workbook", description = "Sheets 汇总 (per village and 组), "
            + "期限 (the deadline list) and 分户台账 (one row per household). Same filters as the dashboard.")
    public Response export(@QueryParam("village") @Size(max = 200) String village,
                           @QueryParam("group") @Size(max = 100) String group,
                           @QueryParam("state") String state, @QueryParam("asOf") String asOf) {
        CaseloadRepository.Filter f = filter(village, group, state);
        LocalDate day = asOf(asOf);
        byte[] bytes = workbook.write(caseload.dashboard(f, day),
                caseload.deadlines(f, day, Caller.of(identity), CaseloadService.EXPORT), caseload.rows(f));
        return Response.ok(bytes, XLSX).header("Content-Disposition",
                "attachment; filename=\"caseload-" + day + ".xlsx\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode("片区台账-" + day + ".xlsx", java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }

    private static CaseloadRepository.Filter filter(String village, String group, String state) {
        return new CaseloadRepository.Filter(Params.blank(village), Params.blank(group),
                Params.constant("state", state, HouseholdState.class));
    }

    private LocalDate asOf(String value) {
        LocalDate d = Params.date("asOf", value);
        return d == null ? LocalDate.now(clock) : d;
    }
}
