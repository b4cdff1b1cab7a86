package cn.wenshui.compensation.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a form-login session: the encrypted session cookie names the user; the user's role is read afresh, so
 * a disabled user's session ends at the next request, and a cookie written before the user's sessions were revoked
 * (logout, new password, disabling) is refused.
 */
@ApplicationScoped
public class TrustedUserIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    private final Users users;
    private final SessionCookies cookies;
    private final ApiCredentialsMechanism api;

    public TrustedUserIdentityProvider(Users users, SessionCookies cookies, ApiCredentialsMechanism api) {
        this.users = users;
        this.cookies = cookies;
        this.api = api;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> users.find(request.getPrincipal()).filter(Users.User::active)
                .filter(u -> u.sessionsRevokedAt() == null || cookies.writtenAt(rc)
                        .filter(written -> written.isAfter(u.sessionsRevokedAt())).isPresent())
                .map(TrustedUserIdentityProvider::identity)
                .orElseThrow(() -> refused(rc)));
    }

    /**
     * A session that no longer counts: its cookie is cleared (else a page, /login included, would redirect to
     * /login with it for ever), and on an API path the answer is the API's 401 problem, not form login's redirect.
     */
    private AuthenticationFailedException refused(RoutingContext rc) {
        if (rc != null) {
            cookies.clear(rc);
            if (ApiCredentialsMechanism.isApi(rc)) {
                rc.put(HttpAuthenticationMechanism.class.getName(), api);
            }
        }
        return new AuthenticationFailedException();
    }

    static SecurityIdentity identity(Users.User user) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()));
        if (Roles.USER_ROLES.contains(user.role())) {
            b.addRole(user.role());
        }
        if (user.displayName() != null) {
            b.addAttribute("displayName", user.displayName());
        }
        return b.build();
    }
}
