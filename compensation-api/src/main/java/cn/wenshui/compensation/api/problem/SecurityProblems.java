package cn.wenshui.compensation.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The problems of the HTTP security layer (401, 403, 414, 415, 429) as problem+json (Chinese and English), never a
 * stack trace; {@link #write} answers with one before any resource runs (security.SecurityFailures, HttpGuard).
 */
public final class SecurityProblems {
    /** Sent with every 401 of the API: scripted clients may answer with HTTP Basic (or use X-Api-Key). */
    public static final String CHALLENGE = "Basic realm=\"compensation\", charset=\"UTF-8\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityProblems() {
    }

    public static Problem unauthorizedProblem(String instance) {
        String en = "Authentication required: log in, or send valid credentials (X-Api-Key or HTTP Basic).";
        return new Problem("/problems/unauthorized", "Unauthorized", 401, en, instance,
                List.of(new Problem.ProblemViolation("$", "authentication-required",
                        "需要登录:请登录,或提供有效的凭据(X-Api-Key 或 HTTP Basic)。凭据无效、已吊销或已停用时同样如此。", en)));
    }

    public static Problem forbiddenProblem(String instance) {
        String en = "Your role may not do this.";
        return new Problem("/problems/forbidden", "Forbidden", 403, en, instance,
                List.of(new Problem.ProblemViolation("$", "forbidden", "您的角色无权执行此操作。", en)));
    }

    public static Problem uriTooLong(int maxUriLength) {
        String en = "The URL is longer than " + maxUriLength + " characters.";
        return new Problem("/problems/uri-too-long", "URI too long", 414, en, null,
                List.of(new Problem.ProblemViolation("$", "uri-too-long", "请求地址(URL)超过 " + maxUriLength
                        + " 个字符的上限", en)));
    }

    public static Problem crossSiteRequest(String instance) {
        String en = "A state-changing request from another site is refused (Origin / Sec-Fetch-Site): send it "
                + "from this service's own pages, or from a script without browser headers.";
        return new Problem("/problems/cross-site-request", "Forbidden", 403, en, instance,
                List.of(new Problem.ProblemViolation("Origin", "cross-site-request",
                        "拒绝来自其他网站的写请求(跨站请求伪造防护):请从本系统的页面操作。", en)));
    }

    public static Problem unsupportedMediaType(String instance) {
        String en = "The request body must be JSON, sent with Content-Type: application/json.";
        return new Problem("/problems/unsupported-media-type", "Unsupported Media Type", 415, en, instance,
                List.of(new Problem.ProblemViolation("Content-Type", "content-type-json",
                        "请求内容须为 JSON,并标明 Content-Type: application/json", en)));
    }

    public static Problem rateLimited(long wait, String instance) {
        String en = "Too many requests for this API key or user; try again in " + wait + " s.";
        return new Problem("/problems/rate-limited", "Too many requests", 429, en, instance,
                List.of(new Problem.ProblemViolation("$", "rate-limited",
                        "该 API 密钥或用户的请求过于频繁,请在 " + wait + " 秒后再试。", en)));
    }

    public static void unauthorized(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", CHALLENGE);
        write(rc, unauthorizedProblem(rc.normalizedPath()), null);
    }

    public static void forbidden(RoutingContext rc) {
        write(rc, forbiddenProblem(rc.normalizedPath()), null);
    }

    public static void tooManyLogins(RoutingContext rc, long retryAfter) {
        String en = "Too many failed logins for this user or from this address; try again in " + retryAfter + " s.";
        write(rc, new Problem("/problems/too-many-logins", "Too many requests", 429, en, rc.normalizedPath(),
                List.of(new Problem.ProblemViolation("$", "login-locked",
                        "该用户或该地址登录失败次数过多,请在 " + retryAfter + " 秒后再试。", en))), retryAfter);
    }

    /** Ends the exchange with the problem (and Retry-After when given). */
    public static void write(RoutingContext rc, Problem p, Long retryAfter) {
        String body;
        try {
            body = JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + p.status() + "}";
        }
        var r = rc.response().setStatusCode(p.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (retryAfter != null) {
            r.putHeader("Retry-After", Long.toString(retryAfter));
        }
        r.end(body);
    }
}
