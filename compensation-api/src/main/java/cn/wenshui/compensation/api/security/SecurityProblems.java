package cn.wenshui.compensation.api.security;

import cn.wenshui.compensation.api.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * 401, 403 and 429 answers of the HTTP security layer as problem+json (Chinese and English), never a stack trace.
 * Path-based permissions deny before any resource runs, so their failures arrive here as Vert.x failures.
 */
@ApplicationScoped
public class SecurityProblems {
    /** Sent with every 401 of the API: scripted clients may answer with HTTP Basic (or use X-Api-Key). */
    public static final String CHALLENGE = "Basic realm=\"compensation\", charset=\"UTF-8\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    void install(@Observes Router router) {
        router.route().order(-200).failureHandler(rc -> {
            Throwable f = rc.failure();
            if (rc.response().ended()) {
                return;
            }
            if (f instanceof LoginThrottledException t && "/j_security_check".equals(rc.normalizedPath())) {
                // A person at the login form gets the login page again, saying why, not a JSON body.
                rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/login?locked="
                        + t.retryAfterSeconds()).putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
            } else if (f instanceof LoginThrottledException t) {
                tooManyLogins(rc, t.retryAfterSeconds());
            } else if (f instanceof ForbiddenException || (f == null && rc.statusCode() == 403)) {
                forbidden(rc);
            } else if ((f instanceof UnauthorizedException || (f == null && rc.statusCode() == 401))
                    && rc.response().getStatusCode() == 200) {
                // An AuthenticationFailedException arrives here only after its challenge was sent (our 401 problem,
                // already ended, or form login's redirect, which Quarkus's own handler completes): left alone.
                unauthorized(rc);
            } else {
                rc.next();
            }
        });
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

    static void unauthorized(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", CHALLENGE);
        write(rc, unauthorizedProblem(rc.normalizedPath()), null);
    }

    static void forbidden(RoutingContext rc) {
        write(rc, forbiddenProblem(rc.normalizedPath()), null);
    }

    static void tooManyLogins(RoutingContext rc, long retryAfter) {
        String en = "Too many failed logins for this user or from this address; try again in " + retryAfter + " s.";
        write(rc, new Problem("/problems/too-many-logins", "Too many requests", 429, en, rc.normalizedPath(),
                List.of(new Problem.ProblemViolation("$", "login-locked",
                        "该用户或该地址登录失败次数过多,请在 " + retryAfter + " 秒后再试。", en))), retryAfter);
    }

    static void write(RoutingContext rc, Problem p, Long retryAfter) {
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
