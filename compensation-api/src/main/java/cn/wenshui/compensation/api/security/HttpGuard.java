package cn.wenshui.compensation.api.security;

import cn.wenshui.compensation.api.problem.BodyLimits;
import cn.wenshui.compensation.api.problem.SecurityProblems;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks made on every request before authentication, and headers added to every answer (docs/security.md, "CSRF"
 * and "Response headers"):
 * <ul>
 * <li>a URL longer than {@code compensation.http.max-uri-length}: 414 problem;</li>
 * <li>a state-changing request (POST, PUT, PATCH, DELETE) that a browser marks as coming from another site
 * ({@code Sec-Fetch-Site} other than same-origin/none, or an {@code Origin} other than this service's): 403
 * problem, whatever credentials it carries, so remembered Basic credentials cannot be ridden cross-site;</li>
 * <li>a body sent to the API that is not labelled JSON (a cross-site {@code no-cors} fetch cannot label it so):
 * 415 problem;</li>
 * <li>answers: no Basic challenge to browsers (they would prompt and remember the credentials), a relative
 * {@code Location} (never built from the Host header), CSP, nosniff, no framing, Referrer-Policy, a charset on
 * HTML.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpGuard {
    /** Sent to browsers instead of the Basic challenge: a scheme no browser prompts for. */
    public static final String BROWSER_CHALLENGE = "Session realm=\"compensation\"";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final int maxUriLength;
    private final List<String> allowedOrigins;
    private final BodyLimits limits;

    public HttpGuard(BodyLimits limits,
                     @ConfigProperty(name = "compensation.http.max-uri-length", defaultValue = "8192") int maxUriLength,
                     @ConfigProperty(name = "compensation.security.allowed-origins") Optional<List<String>> allowedOrigins) {
        this.limits = limits;
        this.maxUriLength = maxUriLength;
        this.allowedOrigins = allowedOrigins.orElse(List.of()).stream().map(HttpGuard::normalOrigin).toList();
    }

    void install(@Observes Router router) {
        // Before CORS (-300), authentication (-200) and authorization (-100): nothing is authenticated or counted.
        router.route().order(-1000).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        rc.addHeadersEndHandler(v -> answerHeaders(rc));
        if (req.uri().length() > maxUriLength) {
            SecurityProblems.write(rc, SecurityProblems.uriTooLong(maxUriLength), null);
            return;
        }
        if (!SAFE.contains(req.method()) && crossSite(req)) {
            SecurityProblems.write(rc, SecurityProblems.crossSiteRequest(rc.normalizedPath()), null);
            return;
        }
        if (needsJson(rc) && !isJson(req.getHeader(HttpHeaders.CONTENT_TYPE))) {
            SecurityProblems.write(rc, SecurityProblems.unsupportedMediaType(rc.normalizedPath()), null);
            return;
        }
        rc.next();
    }

    /** True when a browser says the request comes from another site; scripts send neither header. */
    boolean crossSite(HttpServerRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String s = site.trim().toLowerCase(Locale.ROOT);
            return !s.equals("same-origin") && !s.equals("none");
        }
        String origin = req.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String o = normalOrigin(origin);
        return !o.equals(normalOrigin(req.scheme() + "://" + req.getHeader(HttpHeaders.HOST)))
                && !allowedOrigins.contains(o);
    }

    /** scheme://host[:port], lower case, default ports dropped; "null" and garbage stay unequal to any origin. */
    static String normalOrigin(String origin) {
        try {
            URI u = URI.create(origin.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                return "invalid:" + origin;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean standard = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "invalid:" + origin;
        }
    }

    /** An API request that carries a body (one announced over the body limit is left to the 413 problem). */
    private boolean needsJson(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        if (SAFE.contains(req.method()) || !rc.normalizedPath().startsWith("/api/")) {
            return false;
        }
        String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (req.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return true;
        }
        if (length == null) {
            return false;
        }
        try {
            long n = Long.parseLong(length.trim());
            return n > 0 && n <= limits.body();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
    }

    /** Browsers announce themselves by these; a script (curl, requests, Java) sends none of them. */
    static boolean isBrowser(HttpServerRequest req) {
        String ua = req.getHeader(HttpHeaders.USER_AGENT);
        String accept = req.getHeader(HttpHeaders.ACCEPT);
        return req.getHeader("Sec-Fetch-Mode") != null || req.getHeader("Sec-Fetch-Site") != null
                || req.getHeader("Sec-Fetch-Dest") != null || req.getHeader(HttpHeaders.ORIGIN) != null
                || req.getHeader(HttpHeaders.COOKIE) != null || (ua != null && ua.startsWith("Mozilla/"))
                || (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html"));
    }

    private void answerHeaders(RoutingContext rc) {
        MultiMap h = rc.response().headers();
        String challenge = h.get("WWW-Authenticate");
        if (challenge != null && challenge.regionMatches(true, 0, "Basic", 0, 5) && isBrowser(rc.request())) {
            h.set("WWW-Authenticate", BROWSER_CHALLENGE);
        }
        String location = h.get(HttpHeaders.LOCATION);
        if (location != null) {
            h.set(HttpHeaders.LOCATION, relative(location));
        }
        String type = h.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.regionMatches(true, 0, "text/html", 0, 9) && !type.toLowerCase(Locale.ROOT)
                .contains("charset")) {
            h.set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
        }
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "same-origin");
        if (!rc.normalizedPath().startsWith("/q/swagger-ui") && !h.contains("Content-Security-Policy")) {
            h.set("Content-Security-Policy", CSP);
        }
    }

    /** The path, query and fragment of an absolute URL; the service never redirects to another site. */
    static String relative(String location) {
        try {
            URI u = URI.create(location);
            if (!u.isAbsolute() && u.getRawAuthority() == null) {
                return location;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.startsWith("//")) {
                path = "/" + path.replaceFirst("^/+", "");
            }
            return path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
                    + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
