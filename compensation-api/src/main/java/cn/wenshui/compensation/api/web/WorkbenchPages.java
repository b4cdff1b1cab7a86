package cn.wenshui.compensation.api.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff workbench (all text in Chinese): the household quote page, the ledger list, an entry's detail with its
 * verification status, and the printable 补偿明细表. The quote page calls the JSON API from the browser; the other
 * pages are rendered here.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "workbench", description = "HTML pages for staff (not an API)")
public class WorkbenchPages {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance quote(WorkbenchViews.QuotePage page);

        static native TemplateInstance ledger(WorkbenchViews.LedgerList list);

        static native TemplateInstance entry(WorkbenchViews.EntryPage page);

        static native TemplateInstance print(QuoteSheet sheet, SheetFacts facts,
                                             cn.wenshui.compensation.api.household.HouseholdViews.Published file);

        static native TemplateInstance missing(String title, String message);

    }

    private static final String HTML = "text/html;charset=UTF-8";

    private final WorkbenchViews views;

    public WorkbenchPages(WorkbenchViews views) {
        this.views = views;
    }

    @GET
    @Operation(summary = "住户报价 (page)", hidden = true)
    public TemplateInstance quote() {
        return Templates.quote(views.quotePage());
    }

    @GET
    @Path("ledger")
    @Operation(summary = "台账 (page)", hidden = true)
    public TemplateInstance ledger(@QueryParam("household") String household, @QueryParam("village") String village,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("page") @DefaultValue("0") String page) {
        return Templates.ledger(views.ledgerList(household, village, from, to, pageNumber(page)));
    }

    @GET
    @Path("ledger/{id}")
    @Operation(summary = "台账记录 (page)", hidden = true)
    public Response entry(@PathParam("id") String id) {
        Long n = id(id);
        return n == null ? missing(id) : views.entryPage(n)
                .map(p -> html(200, Templates.entry(p)))
                .orElseGet(() -> missing(id));
    }

    @GET
    @Path("ledger/{id}/print")
    @Operation(summary = "补偿明细表 (page)", hidden = true)
    public Response print(@PathParam("id") String id) {
        Long n = id(id);
        if (n == null) {
            return missing(id);
        }
        try {
            return views.sheet(n).map(s -> html(200, Templates.print(s, views.sheetFacts(s), views.file(s))))
                    .orElseGet(() -> missing(id));
        } catch (QuoteSheet.UnreadableEntryException e) {
            return html(500, Templates.missing("无法打印",
                    "台账记录 " + n + " 的存储内容无法读取,不能生成补偿明细表。请在记录页面查看校验结果。"));
        }
    }

    private static Response missing(String id) {
        return html(404, Templates.missing("未找到记录", "台账中没有编号为「" + id + "」的记录。"));
    }

    /** Rendered here so that every status carries the charset (a TemplateInstance entity would lose it). */
    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
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

    private static int pageNumber(String s) {
        try {
            return Math.max(0, Integer.parseInt(s.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }
}
