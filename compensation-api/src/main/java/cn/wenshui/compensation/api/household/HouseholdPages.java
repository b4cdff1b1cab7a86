package cn.wenshui.compensation.api.household;

import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The 分户档案 pages (Chinese UI): search, one household's file, and staff's register/edit form. They call
 * {@link HouseholdService} as the API does, so masking and the access log are the same on pages and in JSON.
 */
@Path("/households")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "workbench", description = "HTML pages for staff (not an API)")
public class HouseholdPages {
    static final int PAGE_SIZE = 20;
    private static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate(basePath = "households")
    static class Templates {
        static native TemplateInstance list(ListPage list);

        static native TemplateInstance detail(HouseholdViews.View h, boolean staff);

        static native TemplateInstance form(FormPage form);

        static native TemplateInstance missing(String code);
    }

    public record StateOption(String name, String label, boolean selected) {
    }

    public record ListPage(String q, String code, String village, String group, String order,
                           List<StateOption> states, List<HouseholdViews.View> rows, long total, int page, int pages,
                           String prevUrl, String nextUrl, List<String> errors, boolean staff) {
    }

    public record FormPage(boolean editing, String action, String code, String headName, String idNumber,
                           String village, String group, String address, String phone, String bankName,
                           String bankAccount, String appraisalFirm, String notes, int version, String error,
                           String errorField) {
    }

    private final HouseholdService households;
    private final SecurityIdentity identity;

    public HouseholdPages(HouseholdService households, SecurityIdentity identity) {
        this.households = households;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "分户档案 (page)", hidden = true)
    public Response list(@QueryParam("q") String q, @QueryParam("code") String code,
                         @QueryParam("village") String village, @QueryParam("group") String group,
                         @QueryParam("state") String state, @QueryParam("order") String order,
                         @QueryParam("page") String page) {
        Caller caller = Caller.of(identity);
        int p = Math.max(0, pageNumber(page) - 1);
        List<String> errors = new ArrayList<>();
        HouseholdViews.Page result;
        try {
            result = households.search(new HouseholdService.Search(q, code, village, group, state, order, p,
                    PAGE_SIZE), caller, HouseholdService.PAGE_SEARCH);
        } catch (ProblemException e) {
            errors.add(e.toProblem(null).violations().get(0).messageZh());
            result = new HouseholdViews.Page(List.of(), p, PAGE_SIZE, 0);
        }
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<StateOption> states = Arrays.stream(HouseholdState.values())
                .map(s -> new StateOption(s.name(), s.label(), s.name().equals(state))).toList();
        String prev = p > 0 ? url(q, code, village, group, state, order, p) : null;
        String next = p + 1 < pages ? url(q, code, village, group, state, order, p + 2) : null;
        return html(200, Templates.list(new ListPage(nz(q), nz(code), nz(village), nz(group), nz(order), states,
                result.items(), result.total(), p + 1, pages, prev, next, errors, caller.isStaff())));
    }

    @GET
    @Path("/new")
    @Operation(summary = "登记住户 (page)", hidden = true)
    public Response newForm() {
        staffOnly();
        return html(200, Templates.form(new FormPage(false, "/households", "", "", "", "", "", "", "", "", "", "",
                "", 0, null, null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "登记住户 (form post)", hidden = true)
    public Response create(@FormParam("code") String code, @FormParam("headName") String headName,
                           @FormParam("idNumber") String idNumber, @FormParam("village") String village,
                           @FormParam("group") String group, @FormParam("address") String address,
                           @FormParam("phone") String phone, @FormParam("bankName") String bankName,
                           @FormParam("bankAccount") String bankAccount,
                           @FormParam("appraisalFirm") String appraisalFirm, @FormParam("notes") String notes) {
        HouseholdInput in = new HouseholdInput(code, headName, idNumber, village, group, address, phone, bankName,
                bankAccount, appraisalFirm, notes, null);
        try {
            HouseholdViews.View v = households.create(in, Caller.of(identity));
            return seeOther(v.code());
        } catch (ProblemException e) {
            return html(e.status(), Templates.form(refilled(false, "/households", in, 0, e)));
        }
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "分户档案 (page)", hidden = true)
    public Response detail(@PathParam("code") String code) {
        Caller caller = Caller.of(identity);
        return households.get(code, caller, HouseholdService.PAGE_DETAIL)
                .map(v -> html(200, Templates.detail(v, caller.isStaff())))
                .orElseGet(() -> html(404, Templates.missing(code)));
    }

    @GET
    @Path("/{code}/edit")
    @Operation(summary = "修改分户档案 (page)", hidden = true)
    public Response editForm(@PathParam("code") String code) {
        staffOnly();
        return households.forEdit(code, Caller.of(identity)).map(h -> {
            Household.Facts f = h.facts();
            return html(200, Templates.form(new FormPage(true, editAction(h.code()), h.code(), f.headName(),
                    nz(f.idNumber()), f.village(), nz(f.group()), nz(f.address()), nz(f.phone()), nz(f.bankName()),
                    nz(f.bankAccount()), nz(f.appraisalFirm()), nz(f.notes()), h.version(), null, null)));
        }).orElseGet(() -> html(404, Templates.missing(code)));
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "修改分户档案 (form post)", hidden = true)
    public Response update(@PathParam("code") String code, @FormParam("headName") String headName,
                           @FormParam("idNumber") String idNumber, @FormParam("village") String village,
                           @FormParam("group") String group, @FormParam("address") String address,
                           @FormParam("phone") String phone, @FormParam("bankName") String bankName,
                           @FormParam("bankAccount") String bankAccount,
                           @FormParam("appraisalFirm") String appraisalFirm, @FormParam("notes") String notes,
                           @FormParam("version") String version) {
        int v = pageNumber(version);
        HouseholdInput in = new HouseholdInput(code, headName, idNumber, village, group, address, phone, bankName,
                bankAccount, appraisalFirm, notes, v);
        try {
            households.update(code, in, v, "version", Caller.of(identity));
            return seeOther(code);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return html(404, Templates.missing(code));
            }
            return html(e.status(), Templates.form(refilled(true, editAction(code), in, v, e)));
        }
    }

    private void staffOnly() {
        if (!Caller.of(identity).isStaff()) {
            throw new io.quarkus.security.ForbiddenException("staff only");
        }
    }

    private static FormPage refilled(boolean editing, String action, HouseholdInput in, int version,
                                     ProblemException e) {
        var violation = e.toProblem(null).violations().get(0);
        return new FormPage(editing, action, nz(in.code()), nz(in.headName()), nz(in.idNumber()), nz(in.village()),
                nz(in.group()), nz(in.address()), nz(in.phone()), nz(in.bankName()), nz(in.bankAccount()),
                nz(in.appraisalFirm()), nz(in.notes()), version, violation.messageZh(), violation.field());
    }

    private static String editAction(String code) {
        return UriBuilder.fromPath("/households/{code}").build(code).toString();
    }

    private static Response seeOther(String code) {
        return Response.seeOther(UriBuilder.fromPath("/households/{code}").build(code)).build();
    }

    private static String url(String q, String code, String village, String group, String state, String order,
                              int page) {
        StringBuilder b = new StringBuilder("/households?page=").append(page);
        param(b, "q", q);
        param(b, "code", code);
        param(b, "village", village);
        param(b, "group", group);
        param(b, "state", state);
        param(b, "order", order);
        return b.toString();
    }

    private static void param(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    private static int pageNumber(String s) {
        try {
            return Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
