package cn.wenshui.compensation.api.audit;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import cn.wenshui.compensation.audit.AppraisalReport;
import cn.wenshui.compensation.audit.AuditResult;
import cn.wenshui.compensation.audit.ReportAuditor;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audits")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Check an appraisal firm's report against the schedule")
public class AuditResource {
    private final EngineRegistry registry;
    private final SecurityIdentity identity;

    public AuditResource(EngineRegistry registry, SecurityIdentity identity) {
        this.registry = registry;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "Audit an appraisal report", description = "Each line (by code, or by 种类/规格 text as "
            + "printed) is checked for: unit price outside the printed range, tier not matching the measurement, "
            + "wrong arithmetic (line and total), not-compensated or negotiated items priced as money, the same "
            + "structure counted twice, subsidies or incentive computed wrongly, text matching no row. Each finding "
            + "has a severity, the line, the clause and a message in Chinese and English. The engine's own quote for "
            + "the same report is returned for comparison. An appraisal firm audits only its own reports: firm must be "
            + "its own firm's name or absent.")
    public AuditResult audit(AppraisalReport report) throws InvalidInventoryException {
        if (report == null) {
            throw ProblemException.badField(400, "$", "body-required", "请求内容不能为空,须为评估报告 JSON",
                    "the request body must be an appraisal report (JSON)");
        }
        Caller caller = Caller.of(identity);
        if (caller.isAppraiser()) {
            if (report.firm() != null && !report.firm().isBlank() && !report.firm().trim().equals(caller.firm())) {
                throw ProblemException.forbidden("not-own-firm",
                        "评估机构只能审核本机构的报告", "an appraisal firm may audit only its own firm's reports");
            }
        }
        return new ReportAuditor(registry.current()).audit(report);
    }
}
