package cn.wenshui.compensation.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brute-force protection for password logins (form and HTTP Basic alike): after
 * {@code compensation.login.max-failures-per-user} failed passwords for one username, or
 * {@code compensation.login.max-failures-per-ip} from one client address, further attempts are refused for
 * {@code compensation.login.lockout} (429 with Retry-After), even with the right password. A success resets the
 * username's count. Counts live in memory (one node); they are forgotten at restart and after a lockout ends.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** Bounds the memory an attacker can make us spend on usernames and addresses. */
    private static final int MAX_TRACKED = 50_000;

    private final int maxPerUser;
    private final int maxPerIp;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Counter> users = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(@ConfigProperty(name = "compensation.login.max-failures-per-user", defaultValue = "5") int maxPerUser,
                         @ConfigProperty(name = "compensation.login.max-failures-per-ip", defaultValue = "20") int maxPerIp,
                         @ConfigProperty(name = "compensation.login.lockout", defaultValue = "PT15M") Duration lockout) {
        this.maxPerUser = maxPerUser;
        this.maxPerIp = maxPerIp;
        this.lockout = lockout;
        this.clock = Clock.systemUTC();
    }

    /** Failures since the last reset, and when a lockout (if any) ends. */
    private static final class Counter {
        int failures;
        Instant lockedUntil;
        Instant lastFailure;
    }

    /** Throws {@link LoginThrottledException} if the username or the address is locked out now. */
    public void check(String username, String address) {
        Instant now = clock.instant();
        long wait = Math.max(remaining(users, key(username), now), remaining(addresses, address, now));
        if (wait > 0) {
            throw new LoginThrottledException(wait);
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(users, key(username), maxPerUser, now, "username " + username);
        count(addresses, address, maxPerIp, now, "address " + address);
    }

    public void succeeded(String username) {
        users.remove(key(username));
    }

    /** Forgets every count (tests, or an operator after an incident). */
    public void reset() {
        users.clear();
        addresses.clear();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private long remaining(Map<String, Counter> map, String key, Instant now) {
        if (key == null) {
            return 0;
        }
        Counter c = map.get(key);
        if (c == null) {
            return 0;
        }
        synchronized (c) {
            if (c.lockedUntil == null) {
                return 0;
            }
            if (!now.isBefore(c.lockedUntil)) {
                map.remove(key, c); // the lockout is over: start counting afresh
                return 0;
            }
            return Math.max(1, Duration.between(now, c.lockedUntil).toSeconds() + 1);
        }
    }

    private void count(Map<String, Counter> map, String key, int max, Instant now, String what) {
        if (key == null) {
            return;
        }
        if (map.size() >= MAX_TRACKED) {
            prune(map, now);
        }
        Counter c = map.computeIfAbsent(key, k -> new Counter());
        synchronized (c) {
            // Failures older than one lockout period no longer count.
            if (c.lastFailure != null && c.lockedUntil == null && c.lastFailure.plus(lockout).isBefore(now)) {
                c.failures = 0;
            }
            c.failures++;
            c.lastFailure = now;
            if (c.failures >= max && c.lockedUntil == null) {
                c.lockedUntil = now.plus(lockout);
                LOG.warnf("login locked for %s after %d failed attempts, until %s", what, c.failures, c.lockedUntil);
            }
        }
    }

    private void prune(Map<String, Counter> map, Instant now) {
        map.entrySet().removeIf(e -> {
            Counter c = e.getValue();
            synchronized (c) {
                return c.lockedUntil == null ? c.lastFailure.plus(lockout).isBefore(now) : !now.isBefore(c.lockedUntil);
            }
        });
        if (map.size() >= MAX_TRACKED) {
            map.entrySet().removeIf(e -> e.getValue().lockedUntil == null); // keep the lockouts, drop plain counts
        }
    }
}
