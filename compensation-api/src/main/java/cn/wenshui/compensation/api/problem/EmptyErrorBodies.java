package cn.wenshui.compensation.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a problem+json body to error answers that filters of other extensions send without one, above all the
 * CSRF filter's bare 400 for a form post without a valid token.
 */
public class EmptyErrorBodies {

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        String instance = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        Problem p;
        if (status == 400 && isForm(request.getMediaType())) {
            String en = "The form lacks a valid CSRF token (field csrf-token, matching the csrf-token cookie): "
                    + "reload the page and submit again.";
            p = new Problem("/problems/csrf", "Bad request", 400, en, instance, List.of(
                    new Problem.ProblemViolation("csrf-token", "csrf-token-invalid",
                            "表单缺少有效的防跨站请求伪造令牌,请刷新页面后重新提交。", en)));
        } else {
            String title = jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null ? "Error"
                    : jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase();
            p = new Problem("/problems/http-" + status, title, status, title, instance, List.of(
                    new Problem.ProblemViolation("$", "http-" + status, "请求未能完成", title)));
        }
        response.setEntity(p, null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static boolean isForm(MediaType t) {
        return t != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(t)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(t));
    }
}
