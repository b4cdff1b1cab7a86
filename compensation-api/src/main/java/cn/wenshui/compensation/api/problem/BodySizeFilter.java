package cn.wenshui.compensation.api.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Refuses bodies over {@code compensation.max-body-bytes} ({@link BodyLimits}) with a 413 problem before reading them (those that announce
 * their length; a chunked body is counted as it is read, {@link BodyLimitInterceptor}). The workbook
 * upload ({@code POST /batch}, multipart) has its own, larger limit, {@code compensation.batch.max-upload-bytes}:
 * a workbook of thousands of households is megabytes, and it goes to a temporary file, not to memory.
 */
@Provider
@PreMatching
public class BodySizeFilter implements ContainerRequestFilter {
    @Inject
    BodyLimits limits;

    @Override
    public void filter(ContainerRequestContext ctx) {
        long limit = limit(ctx);
        if (ctx.getLength() > limit) {
            ctx.abortWith(ProblemMappers.respond(tooLarge(limit, ctx.getLength(), isUpload(ctx),
                    "/" + ctx.getUriInfo().getPath().replaceFirst("^/", ""))));
        }
    }

    /** The 413 answer for uploaded files found too large once received (a workbook upload sent in chunks). */
    public static jakarta.ws.rs.core.Response filesTooLarge(long limit, long fileBytes, String path) {
        return ProblemMappers.respond(problem(uploadZh(limit),
                "the uploaded files of " + fileBytes + " bytes exceed the limit of " + limit + " bytes", path));
    }

    /** The 413 problem; {@code length} is -1 when the body came without a Content-Length (chunked). */
    static Problem tooLarge(long limit, long length, boolean upload, String path) {
        return problem(upload ? uploadZh(limit) : "请求内容超过 " + limit + " 字节的上限",
                (length >= 0 ? "the request body of " + length + " bytes" : "the request body")
                        + " exceeds the limit of " + limit + " bytes", path);
    }

    private static Problem problem(String zh, String en, String path) {
        return new Problem("/problems/too-large", "Payload too large", 413, en, path,
                List.of(new Problem.ProblemViolation("$", "body-too-large", zh, en)));
    }

    /** The limit that applies to this request. */
    private long limit(ContainerRequestContext ctx) {
        return isUpload(ctx) ? limits.upload() : limits.body();
    }

    /** A workbook upload: multipart POST to /batch (nothing else there takes a body). */
    public static boolean isUpload(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath().replaceFirst("^/", "");
        return "POST".equals(ctx.getMethod()) && ("batch".equals(path) || "batch/".equals(path))
                && ctx.getMediaType() != null && "multipart".equalsIgnoreCase(ctx.getMediaType().getType());
    }

    private static String uploadZh(long limit) {
        return "上传的文件超过 " + mib(limit) + " 的上限(" + limit + " 字节),请分成多个工作簿上传";
    }

    private static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
