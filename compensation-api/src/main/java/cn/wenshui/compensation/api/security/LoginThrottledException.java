package cn.wenshui.compensation.api.security;

/**
 * Too many failed logins: answered 429 with Retry-After. Deliberately not an AuthenticationException, so Quarkus
 * does not turn it into a challenge (401 or a redirect) but passes it to {@link SecurityFailures}.
 */
public class LoginThrottledException extends RuntimeException {
    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super("too many failed logins; retry after " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
