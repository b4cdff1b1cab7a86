package cn.wenshui.compensation.api.security;

import cn.wenshui.compensation.api.problem.SecurityProblems;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * 401, 403 and 429 failures of the HTTP security layer answered as problems ({@link SecurityProblems}). Path-based
 * permissions deny before any resource runs, so their failures arrive here as Vert.x failures.
 */
@ApplicationScoped
public class SecurityFailures {

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
                SecurityProblems.tooManyLogins(rc, t.retryAfterSeconds());
            } else if (f instanceof ForbiddenException || (f == null && rc.statusCode() == 403)) {
                SecurityProblems.forbidden(rc);
            } else if ((f instanceof UnauthorizedException || (f == null && rc.statusCode() == 401))
                    && rc.response().getStatusCode() == 200) {
                // An AuthenticationFailedException arrives here only after its challenge was sent (our 401 problem,
                // already ended, or form login's redirect, which Quarkus's own handler completes): left alone.
                SecurityProblems.unauthorized(rc);
            } else {
                rc.next();
            }
        });
    }
}
