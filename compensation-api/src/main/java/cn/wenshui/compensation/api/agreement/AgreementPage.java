package cn.wenshui.compensation.api.agreement;

import cn.wenshui.compensation.api.problem.Problem;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The 补偿协议 as a printable page: the same filled template as the .docx, rendered as HTML (AgreementHtml). Its own
 * class because the household pages hold @Path("/households"). Staff only, like the .docx.
 */
@Path("/households/{code}/agreement")
public class AgreementPage {
    private static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate(basePath = "agreement")
    static class Templates {
        static native TemplateInstance page(String code, String body);

        static native TemplateInstance refused(String code, int status, String message);
    }

    private final AgreementService agreements;
    private final SecurityIdentity identity;

    public AgreementPage(AgreementService agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "补偿协议 (print page)", hidden = true)
    public Response page(@PathParam("code") String code) {
        try {
            String body = agreements.html(code, Caller.of(identity));
            return Response.ok(Templates.page(code, body).render(), HTML).header("Cache-Control", "no-store").build();
        } catch (ProblemException e) {
            Problem p = e.toProblem(null);
            String zh = p.violations().isEmpty() ? p.detail()
                    : String.join(";", p.violations().stream().map(Problem.ProblemViolation::messageZh).toList());
            return Response.status(e.status()).type(HTML).entity(Templates.refused(code, e.status(), zh).render())
                    .build();
        }
    }
}
