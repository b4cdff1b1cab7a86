package cn.wenshui.compensation.api.household;

import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "households", description = "分户档案: one file per household of the 片区, keyed by its 编号")
public class HouseholdResource {
    private final HouseholdService households;
    private final SecurityIdentity identity;

    public HouseholdResource(HouseholdService households, SecurityIdentity identity) {
        this.households = households;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Register a household", description = "State 登记 (REGISTERED). 编号 unique (409), 身份证号 "
            + "checked by GB 11643-1999 (422). Location and ETag name the new file and its row version.")
    public Response create(HouseholdInput body, @Context UriInfo uri) {
        HouseholdViews.View v = households.create(required(body), Caller.of(identity));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/households/{code}").build(v.code()))
                .tag(etag(v)).entity(v).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "One household", description = "Staff read personal data in full (the read is logged); "
            + "auditors and appraisal firms masked. A firm reads only households assigned to it: others are 404.")
    public Response get(@PathParam("code") String code) {
        HouseholdViews.View v = households.get(code, Caller.of(identity), HouseholdService.API_READ)
                .orElseThrow(() -> HouseholdService.notFound(code));
        return Response.ok(v).tag(etag(v)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Update a household's facts", description = "All facts are replaced; the 编号 and the state "
            + "do not change here. The version it is based on goes in If-Match (the ETag of a read) or in the body's "
            + "version: 412 when the file changed since, 428 when neither is given.")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           HouseholdInput body) {
        HouseholdInput in = required(body);
        Caller caller = Caller.of(identity);
        int version;
        String field;
        if (ifMatch != null && !ifMatch.isBlank()) {
            version = parseIfMatch(ifMatch);
            field = "If-Match";
        } else if (in.version() != null) {
            version = in.version();
            field = "version";
        } else {
            throw new ProblemException(428, "/problems/precondition-required", "Precondition required",
                    "give the version the update is based on", java.util.List.of(
                            new cn.wenshui.compensation.api.problem.Problem.ProblemViolation("version", "required",
                                    "修改须给出所依据的版本(If-Match 头或 version 字段)",
                                    "an update needs the version it is based on (If-Match or version)")));
        }
        HouseholdViews.View v = households.update(code, in, version, field, caller);
        return Response.ok(v).tag(etag(v)).build();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR, Roles.APPRAISER})
    @Operation(summary = "Search households", description = "q: fragment of 户主's name; code: 编号 prefix; village, "
            + "group, state: exact. order newest (default) or code; page from 0, size 1–100. An appraisal firm finds "
            + "only its own households. Staff's unmasked results are logged as reads.")
    public HouseholdViews.Page search(@QueryParam("q") String q, @QueryParam("code") String code,
                                      @QueryParam("village") String village, @QueryParam("group") String group,
                                      @QueryParam("state") String state, @QueryParam("order") String order,
                                      @QueryParam("page") @DefaultValue("0") String page,
                                      @QueryParam("size") @DefaultValue("20") String size) {
        return households.search(new HouseholdService.Search(q, code, village, group, state, order,
                number("page", page), number("size", size)), Caller.of(identity), HouseholdService.API_SEARCH);
    }

    @GET
    @Path("/{code}/access-log")
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    @Operation(summary = "Who read a household's personal data", description = "Newest first, at most 500: who, "
            + "when and for what (api:read, api:search, page:detail ...).")
    public HouseholdViews.AccessLogView accessLog(@PathParam("code") String code) {
        return households.accessLog(code, Caller.of(identity)).orElseThrow(() -> HouseholdService.notFound(code));
    }

    private static EntityTag etag(HouseholdViews.View v) {
        return new EntityTag(Integer.toString(v.version()));
    }

    private static int parseIfMatch(String header) {
        String s = header.strip();
        if (s.startsWith("W/")) {
            s = s.substring(2);
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ProblemException.badField(400, "If-Match", "etag", "If-Match 须为读取时得到的 ETag(如 \"3\")",
                    "If-Match must be the ETag of a read (e.g. \"3\")");
        }
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(400, field, "integer", field + " 须为整数", field + " must be an integer");
        }
    }

    private static HouseholdInput required(HouseholdInput body) {
        if (body == null) {
            throw ProblemException.badField(400, "$", "required", "缺少请求体(JSON 分户档案)",
                    "the request body (a household file as JSON) is missing");
        }
        return body;
    }
}
