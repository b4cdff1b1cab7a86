package cn.wenshui.compensation.api.security;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The login page of the web pages (form login posts to /j_security_check, handled by Quarkus) and logout, a form
 * post protected by a CSRF token (quarkus-rest-csrf).
 */
@Path("/")
@Tag(name = "login", description = "Form login for staff and auditors (web pages)")
public class LoginResource {
    private final Template login;
    private final SecurityIdentity identity;
    private final RoutingContext rc;
    private final String cookieName;
    private final Users users;

    public LoginResource(@Location("login.html") Template login, SecurityIdentity identity, RoutingContext rc,
                         Users users,
                         @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
                         String cookieName) {
        this.login = login;
        this.identity = identity;
        this.rc = rc;
        this.cookieName = cookieName;
        this.users = users;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The login page (HTML, Chinese)")
    public Response page(@QueryParam("error") String error, @QueryParam("logout") String logout,
                         @QueryParam("locked") String locked) {
        TemplateInstance page = login.data("error", error != null)
                .data("lockedMinutes", lockedMinutes(locked))
                .data("loggedOut", logout != null)
                .data("user", identity.isAnonymous() ? null : identity.getPrincipal().getName());
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }

    /** Minutes left of a lockout (rounded up), from {@code ?locked=<seconds>}; null when not locked. */
    static Long lockedMinutes(String seconds) {
        if (seconds == null || !seconds.matches("[0-9]{1,9}")) {
            return null;
        }
        return Math.max(1, (Long.parseLong(seconds) + 59) / 60);
    }

    @POST
    @Path("logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Log out (form post with the CSRF token)", description = "Ends the user's sessions on the "
            + "server (every session cookie written so far is refused from now on), clears the cookie and redirects "
            + "to /login.")
    public Response logout() {
        if (!identity.isAnonymous() && (identity.hasRole(Roles.STAFF) || identity.hasRole(Roles.AUDITOR))) {
            users.revokeSessions(identity.getPrincipal().getName());
        }
        Cookie gone = Cookie.cookie(cookieName, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(rc.request().isSSL());
        rc.response().addCookie(gone);
        return Response.seeOther(URI.create("/login?logout=1")).build();
    }
}
