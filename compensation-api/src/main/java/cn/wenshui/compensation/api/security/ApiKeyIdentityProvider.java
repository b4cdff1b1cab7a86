package cn.wenshui.compensation.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an active API key into an appraiser identity: principal {@code apikey:<prefix>}, role appraiser, attribute
 * firm. An unknown or revoked key fails authentication (401); the two are not told apart.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    public static final String PRINCIPAL_PREFIX = "apikey:";
    private final ApiKeys keys;

    public ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> keys.authenticate(request.key())
                .map(k -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(PRINCIPAL_PREFIX + k.prefix()))
                        .addRole(Roles.APPRAISER)
                        .addAttribute(Roles.FIRM, k.firm())
                        .addAttribute("apiKeyId", k.id())
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
