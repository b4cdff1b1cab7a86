package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.api.problem.BodySizeFilter;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * A browser's upload over the limit is sent back to the upload page, which says why in Chinese (the page cannot be
 * drawn here: the body is not read, so there is no CSRF token for its form yet). API clients get BodySizeFilter's
 * 413 problem. Runs before BodySizeFilter, on the same limit.
 */
@Provider
@PreMatching
@Priority(Priorities.USER - 100)
public class BatchUploadLimitFilter implements ContainerRequestFilter {
    /** The reason named in the redirect; the page maps it to its own text (nothing from the URL is shown). */
    static final String TOO_LARGE = "too-large";

    @Inject
    BatchService service;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (BodySizeFilter.isUpload(ctx) && ctx.getLength() > service.uploadLimit()
                && BatchResource.wantsHtml(ctx.getAcceptableMediaTypes())) {
            ctx.abortWith(backToUploadPage());
        }
    }

    /** Back to the upload page, which says in Chinese that the workbook was too large. */
    static Response backToUploadPage() {
        return Response.seeOther(URI.create("/batch?refused=" + TOO_LARGE)).build();
    }
}
