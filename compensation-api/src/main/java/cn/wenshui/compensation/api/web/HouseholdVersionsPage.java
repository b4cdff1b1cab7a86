package cn.wenshui.compensation.api.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 住户历次版本: a household's ledger versions and the difference of any two. A class of its own so that its path
 * outranks the household pages' {@code /households/{code}} (JAX-RS matches the class path first).
 */
@Path("/households/{code}/versions")
@Produces(MediaType.TEXT_HTML)
public class HouseholdVersionsPage {
    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance versions(VersionsViews.VersionsPage page);
    }

    private final VersionsViews versions;
    private final io.quarkus.qute.Template missing;

    public HouseholdVersionsPage(VersionsViews versions,
                                 @io.quarkus.qute.Location("web/missing.html") io.quarkus.qute.Template missing) {
        this.versions = versions;
        this.missing = missing;
    }

    private TemplateInstance missing(String title, String message) {
        return missing.data("title", title).data("message", message);
    }

    @GET
    @Operation(summary = "住户历次版本 (page)", hidden = true)
    public Response versions(@PathParam("code") String code, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return html(404, missing("未找到住户", "没有该住户的台账记录。"));
        }
        // A version number that is not one is said, not silently replaced by the default comparison.
        String bad = bad("from", from) + bad("to", to);
        return versions.page(code, id(from), id(to))
                .map(p -> bad.isEmpty() ? p : new VersionsViews.VersionsPage(p.householdId(), p.householdPath(),
                        p.versions(), p.current(), p.diff(), (p.error() == null ? "" : p.error() + ";") + bad
                        + "已按默认(上一版本与当前版本)比较。"))
                .map(p -> html(200, Templates.versions(p)))
                .orElseGet(() -> html(404, missing("未找到住户",
                        "台账中没有住户「" + code + "」的记录。")));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type("text/html;charset=UTF-8").entity(page.render()).build();
    }

    private static String bad(String name, String s) {
        return s == null || s.isBlank() || id(s) != null ? "" : name + "「" + s + "」不是台账记录号(正整数);";
    }

    private static Long id(String s) {
        if (s == null) {
            return null;
        }
        try {
            long n = Long.parseLong(s);
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
