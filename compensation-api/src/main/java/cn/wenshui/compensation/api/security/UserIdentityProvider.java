package cn.wenshui.compensation.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a username and password from the login form or from HTTP Basic against table app_user (bcrypt), under
 * the brute-force throttle: a locked username or address is refused before the password is even looked at.
 */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final Users users;
    private final LoginThrottle throttle;

    public UserIdentityProvider(Users users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        String address = address(HttpSecurityUtils.getRoutingContextAttribute(request));
        try {
            throttle.check(username, address);
        } catch (LoginThrottledException e) {
            return Uni.createFrom().failure(e);
        }
        char[] password = request.getPassword().getPassword();
        return context.runBlocking(() -> {
            var user = users.check(username, password);
            if (user.isEmpty()) {
                throttle.failed(username, address);
                throw new AuthenticationFailedException();
            }
            throttle.succeeded(username);
            return TrustedUserIdentityProvider.identity(user.get());
        });
    }

    static String address(RoutingContext rc) {
        if (rc == null) {
            return null;
        }
        SocketAddress a = rc.request().remoteAddress();
        return a == null ? null : a.hostAddress();
    }
}
