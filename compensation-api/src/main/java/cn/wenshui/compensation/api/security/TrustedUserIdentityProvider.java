package cn.wenshui.compensation.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a form-login session: the encrypted session cookie names the user; the user's role is read afresh, so
 * a disabled user's session ends at the next request.
 */
@ApplicationScoped
public class TrustedUserIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    private final Users users;

    public TrustedUserIdentityProvider(Users users) {
        this.users = users;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> users.find(request.getPrincipal()).filter(Users.User::active)
                .map(TrustedUserIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
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
