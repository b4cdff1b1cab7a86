package cn.wenshui.compensation.api.agreement;

import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A household's 补偿协议 as a Word document (docs/agreement.md). */
@Path("/api/v1/households/{code}/agreement.docx")
@Tag(name = "agreement", description = "补偿协议: the agreement signed with a household, from an editable template")
public class AgreementResource {
    private final AgreementService agreements;
    private final SecurityIdentity identity;

    public AgreementResource(AgreementService agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    @GET
    @Produces({Downloads.DOCX, "application/problem+json"})
    // Firms and auditors pass the role check so that the service answers them (404 and 403, docs/agreement.md).
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "The household's 补偿协议 (.docx)", description = "Filled from the template in force with the "
            + "household's file (unmasked), its current ledger entry, its events and the schedule. Staff only: "
            + "auditors 403, appraisal firms 404. Every generation is logged in the personal-data access log. 422 "
            + "when the household has no current entry or its total is still a range.")
    public Response docx(@PathParam("code") @Size(max = 64) String code) {
        AgreementService.Document d = agreements.docx(code, Caller.of(identity));
        String name = Downloads.disposition("agreement-" + Downloads.ascii(code) + ".docx", "补偿协议-" + d.code() + ".docx");
        return Response.ok(d.docx(), Downloads.DOCX).header("Content-Disposition", name)
                .header("Cache-Control", "no-store").build();
    }
}
