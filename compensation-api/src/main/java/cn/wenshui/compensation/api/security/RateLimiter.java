package cn.wenshui.compensation.api.security;

import cn.wenshui.compensation.api.problem.Problem;
import cn.wenshui.compensation.api.problem.SecurityProblems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requests per authenticated principal (one API key, one user), as a token bucket held in memory: a bucket holds
 * {@code compensation.rate-limit.burst} tokens and refills at {@code compensation.rate-limit.per-minute} tokens a
 * minute; a request takes one, and finds none: 429 problem+json with Retry-After. Anonymous requests (the public
 * schedule) are not counted here. {@code compensation.rate-limit.enabled=false} switches it off.
 */
@ApplicationScoped
public class RateLimiter {
    private final boolean enabled;
    private final double capacity;
    private final double perNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SecurityIdentity identity;

    public RateLimiter(SecurityIdentity identity,
                       @ConfigProperty(name = "compensation.rate-limit.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "compensation.rate-limit.burst", defaultValue = "60") int burst,
                       @ConfigProperty(name = "compensation.rate-limit.per-minute", defaultValue = "120") int perMinute) {
        this.identity = identity;
        this.enabled = enabled;
        this.capacity = burst;
        this.perNano = perMinute / 60e9;
    }

    private static final class Bucket {
        double tokens;
        long at;
    }

    /** 0 if the request may proceed, otherwise the seconds until a token is free. */
    public long take(String principal) {
        if (!enabled) {
            return 0;
        }
        long now = System.nanoTime();
        if (buckets.size() > 100_000) {
            buckets.clear(); // bounded memory; a clear only ever grants more
        }
        Bucket b = buckets.computeIfAbsent(principal, k -> {
            Bucket n = new Bucket();
            n.tokens = capacity;
            n.at = now;
            return n;
        });
        synchronized (b) {
            b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return perNano <= 0 ? 60 : (long) Math.ceil((1 - b.tokens) / perNano / 1e9);
        }
    }

    public void reset() {
        buckets.clear();
    }

    /** Runs for every REST request after authentication and path authorization. */
    @ServerRequestFilter
    public Response filter(UriInfo uri) {
        if (!enabled || identity == null || identity.isAnonymous()) {
            return null;
        }
        long wait = take(identity.getPrincipal().getName());
        if (wait == 0) {
            return null;
        }
        Problem p = SecurityProblems.rateLimited(wait, "/" + uri.getPath().replaceFirst("^/", ""));
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", wait).entity(p).build();
    }
}
