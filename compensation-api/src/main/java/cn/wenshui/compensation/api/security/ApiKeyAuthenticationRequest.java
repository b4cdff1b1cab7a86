package cn.wenshui.compensation.api.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented in the X-Api-Key header. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
