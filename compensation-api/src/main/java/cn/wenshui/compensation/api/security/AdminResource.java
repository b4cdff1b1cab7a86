package cn.wenshui.compensation.api.security;

import cn.wenshui.compensation.api.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff only: appraisal firms' API keys and staff/auditor accounts (docs/security.md). */
@Path("/api/v1/admin")
@RolesAllowed(Roles.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Staff only: API keys of appraisal firms, and staff and auditor accounts")
public class AdminResource {
    private final ApiKeys keys;
    private final Users users;
    private final SecurityIdentity identity;

    public AdminResource(ApiKeys keys, Users users, SecurityIdentity identity) {
        this.keys = keys;
        this.users = users;
        this.identity = identity;
    }

    public record IssueKey(@NotBlank @Size(max = 200) String firm) {
    }

    /** The 201 answer of an issue: the key itself appears here and nowhere else, ever. */
    public record IssuedKey(long id, String prefix, String firm, Instant createdAt, String createdBy, String key,
                            String notice) {
    }

    @POST
    @Path("/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key to an appraisal firm", description = "The key is in this answer only: "
            + "the service keeps just its SHA-256 and cannot show it again. Send it as header X-Api-Key.")
    public Response issue(@Valid IssueKey body, @Context UriInfo uri) {
        if (body == null) {
            throw bodyRequired();
        }
        ApiKeys.Issued i = keys.issue(body.firm().trim(), Caller.of(identity).name());
        ApiKeys.KeyView k = i.key();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/admin/api-keys/" + k.id()).build())
                .header("Cache-Control", "no-store")
                .entity(new IssuedKey(k.id(), k.prefix(), k.firm(), k.createdAt(), k.createdBy(), i.secret(),
                        "此密钥仅显示这一次,请妥善保存 / This key is shown only once: store it now.")).build();
    }

    @GET
    @Path("/api-keys")
    @Operation(summary = "List API keys", description = "Prefix, firm, who issued and revoked them; never the key.")
    public List<ApiKeys.KeyView> listKeys() {
        return keys.list();
    }

    @GET
    @Path("/api-keys/{id}")
    @Operation(summary = "One API key", description = "Without the key.")
    public ApiKeys.KeyView key(@PathParam("id") long id) {
        return keys.find(id).orElseThrow(() -> noKey(id));
    }

    @DELETE
    @Path("/api-keys/{id}")
    @Operation(summary = "Revoke an API key", description = "From the next request on, the key answers 401. "
            + "Revoking a revoked key changes nothing.")
    public ApiKeys.KeyView revoke(@PathParam("id") long id) {
        return keys.revoke(id, Caller.of(identity).name()).orElseThrow(() -> noKey(id));
    }

    public record CreateUser(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}") String username,
                             @NotNull @Size(min = 12, max = 72) String password,
                             @NotBlank @Pattern(regexp = "staff|auditor") String role,
                             @Size(max = 200) String displayName) {
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff or auditor account", description = "Username 3-64 of A-Z a-z 0-9 . _ -; "
            + "password 12-72 characters (stored as a bcrypt hash); role staff or auditor. 409 if the name is taken.")
    public Response createUser(@Valid CreateUser body, @Context UriInfo uri) {
        if (body == null) {
            throw bodyRequired();
        }
        Users.User u = users.create(body.username(), body.password().toCharArray(), body.role(),
                body.displayName(), Caller.of(identity).name()).orElseThrow(() -> ProblemException.conflict(
                "username " + body.username() + " is taken", "username", "username-taken", "用户名已被使用",
                "username is taken"));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/admin/users/" + u.id()).build())
                .entity(Users.UserView.of(u)).build();
    }

    @GET
    @Path("/users")
    @Operation(summary = "List staff and auditor accounts", description = "Without password hashes.")
    public List<Users.UserView> listUsers() {
        return users.list().stream().map(Users.UserView::of).toList();
    }

    public record NewPassword(@NotNull @Size(min = 12, max = 72) String password) {
    }

    @PUT
    @Path("/users/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a user's password", description = "Password 12-72 characters. Every session of the "
            + "user ends (form-login cookies written so far are refused) and a remembered Basic password is forgotten.")
    public Users.UserView setPassword(@PathParam("id") long id, @Valid NewPassword body) {
        if (body == null) {
            throw bodyRequired();
        }
        return users.setPassword(id, body.password().toCharArray()).map(Users.UserView::of)
                .orElseThrow(() -> noUser(id));
    }

    @DELETE
    @Path("/users/{id}")
    @Operation(summary = "Disable a user", description = "The account can no longer log in and its sessions end at "
            + "once; the row is kept (entries name it). Disabling a disabled user changes nothing.")
    public Users.UserView disable(@PathParam("id") long id) {
        return users.disable(id).map(Users.UserView::of).orElseThrow(() -> noUser(id));
    }

    private static ProblemException noUser(long id) {
        return ProblemException.notFound("no user " + id, "没有编号为 " + id + " 的用户");
    }

    private static ProblemException noKey(long id) {
        return ProblemException.notFound("no API key " + id, "没有编号为 " + id + " 的 API 密钥");
    }

    private static ProblemException bodyRequired() {
        return ProblemException.badField(400, "$", "body-required", "请求内容不能为空", "the request body is required");
    }
}
