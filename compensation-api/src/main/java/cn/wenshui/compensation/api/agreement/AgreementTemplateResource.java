package cn.wenshui.compensation.api.agreement;

import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cn.wenshui.compensation.api.problem.ProblemException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 补偿协议 template: its placeholders, the one in force, an upload of the office's own, back to the default. */
@Path("/api/v1/agreement")
@Tag(name = "agreement", description = "补偿协议: the agreement signed with a household, from an editable template")
@RolesAllowed(Roles.STAFF)
public class AgreementTemplateResource {
    private final AgreementService agreements;
    private final SecurityIdentity identity;

    public AgreementTemplateResource(AgreementService agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    public record PlaceholderView(String name, String placeholder, String kind, String meaning, boolean required) {
    }

    /** The template in force: {@code isDefault} when it is the one shipped with the service. */
    public record TemplateView(boolean isDefault, String sha256, Instant changedAt, String changedBy,
                               List<String> placeholders) {
    }

    @GET
    @Path("/placeholders")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The placeholders a template may use", description = "Name, kind (FIELD; SECTION_ROW and "
            + "SWAP_ROW stand in a table row repeated per section / per area swap), meaning, and whether every "
            + "template must hold it.")
    public List<PlaceholderView> placeholders() {
        return Placeholders.ALL.stream().map(p -> new PlaceholderView(p.name(), "${" + p.name() + "}",
                p.kind().name(), p.meaning(), TemplateCheck.REQUIRED.contains(p.name()))).toList();
    }

    @GET
    @Path("/template")
    @Produces({Downloads.DOCX, "application/problem+json"})
    @Operation(summary = "Download the template in force (.docx)", description = "The office's upload, or the "
            + "default one (header X-Template-Default: true).")
    public Response download() {
        AgreementService.Template t = agreements.template();
        return Response.ok(t.content(), Downloads.DOCX)
                .header("Content-Disposition", Downloads.disposition("agreement-template.docx",
                        "补偿协议模板.docx"))
                .header("X-Template-Default", String.valueOf(t.isDefault()))
                .header("X-Template-Sha256", t.sha256()).build();
    }

    @GET
    @Path("/template/info")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which template is in force", description = "Default or uploaded, its SHA-256, who changed "
            + "it and when, the placeholders it uses.")
    public TemplateView info() {
        AgreementService.Template t = agreements.template();
        return view(t, agreements.placeholdersOf(t));
    }

    /**
     * The upload: the .docx in base64. JSON, because every API body must be labelled JSON (HttpGuard: a cross-site
     * form or no-cors fetch cannot send that label).
     */
    public record Upload(String docx) {
    }

    @PUT
    @Path("/template")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the office's own template (.docx)", description = "Body {\"docx\": \"<base64>\"}. "
            + "Refused (422 problem naming the rule): not a .docx, macros, ActiveX or embedded objects, external "
            + "links, fields that fetch or run something, unknown placeholders (each named), required placeholders "
            + "missing; too large 413. Nothing in it is executed.")
    public TemplateView upload(Upload body) {
        if (body == null || body.docx() == null || body.docx().isBlank()) {
            throw ProblemException.badField(400, "docx", "required", "请在 docx 字段中提供 base64 编码的 Word 文档(.docx)",
                    "docx must hold the .docx template in base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body.docx().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(400, "docx", "base64", "docx 字段不是有效的 base64 编码",
                    "docx is not valid base64");
        }
        Set<String> names = agreements.upload(bytes, Caller.of(identity));
        return view(agreements.template(), List.copyOf(names));
    }

    @DELETE
    @Path("/template")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Back to the default template", description = "Recorded as a change of its own.")
    public TemplateView revert() {
        agreements.revert(Caller.of(identity));
        return info();
    }

    private static TemplateView view(AgreementService.Template t, List<String> names) {
        return new TemplateView(t.isDefault(), t.sha256(), t.uploadedAt(), t.uploadedBy(), names);
    }
}
