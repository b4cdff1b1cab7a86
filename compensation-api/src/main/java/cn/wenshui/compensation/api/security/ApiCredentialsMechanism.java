package cn.wenshui.compensation.api.security;

import cn.wenshui.compensation.api.problem.SecurityProblems;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Credentials of API clients: an appraisal firm's {@code X-Api-Key}, or HTTP Basic for scripted staff and auditor
 * clients (parsed by Quarkus's own {@link BasicAuthenticationMechanism}; the built-in one is switched off with
 * {@code quarkus.http.auth.basic=false} so that this mechanism owns the challenge).
 *
 * <p>It runs before form login (higher priority) and answers the challenge for API requests and for any request
 * that carried API credentials: 401 problem+json with {@code WWW-Authenticate: Basic}. For a browser's page request
 * without credentials it declines, and the form mechanism redirects to /login.
 */
@ApplicationScoped
public class ApiCredentialsMechanism implements HttpAuthenticationMechanism {
    public static final String API_KEY_HEADER = "X-Api-Key";
    private static final String KEY = HttpAuthenticationMechanism.class.getName();

    private final BasicAuthenticationMechanism basic = new BasicAuthenticationMechanism("compensation", false);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identityProviderManager) {
        String key = rc.request().getHeader(API_KEY_HEADER);
        if (key != null) {
            rc.put(KEY, this);
            return identityProviderManager.authenticate(
                    HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(key.trim()), rc));
        }
        if (hasBasic(rc)) {
            Uni<SecurityIdentity> identity = basic.authenticate(rc, identityProviderManager);
            rc.put(KEY, this); // the delegate registered itself: the challenge is ours
            return identity;
        }
        return Uni.createFrom().optional(Optional.empty());
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext rc) {
        if (!isApi(rc) && !hasCredentials(rc)) {
            return Uni.createFrom().item(false); // a page: let form login redirect to /login
        }
        SecurityProblems.unauthorized(rc);
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SecurityProblems.CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext rc) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER,
                API_KEY_HEADER));
    }

    @Override
    public int getPriority() {
        return BasicAuthenticationMechanism.PRIORITY + 1000;
    }

    /** API and operations paths answer 401 problem+json; everything else is a web page. */
    static boolean isApi(RoutingContext rc) {
        String p = rc.normalizedPath();
        return p.startsWith("/api/") || p.startsWith("/q/");
    }

    private static boolean hasCredentials(RoutingContext rc) {
        return rc.request().getHeader(API_KEY_HEADER) != null || hasBasic(rc);
    }

    private static boolean hasBasic(RoutingContext rc) {
        String a = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        return a != null && a.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
