package cn.wenshui.compensation.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses bodies over {@code compensation.max-body-bytes} with a 413 problem before reading them. */
@Provider
@PreMatching
public class BodySizeFilter implements ContainerRequestFilter {
    @ConfigProperty(name = "compensation.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getLength() > maxBytes) {
            String en = "the request body of " + ctx.getLength() + " bytes exceeds the limit of " + maxBytes + " bytes";
            ctx.abortWith(ProblemMappers.respond(new Problem("/problems/too-large", "Payload too large", 413, en,
                    "/" + ctx.getUriInfo().getPath().replaceFirst("^/", ""),
                    List.of(new Problem.ProblemViolation("$", "body-too-large",
                            "请求内容超过 " + maxBytes + " 字节的上限", en)))));
        }
    }
}
