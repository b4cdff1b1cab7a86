package cn.wenshui.compensation.api.publication;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.money.MoneyFormat;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 公示表 (page): a form to choose the village, 组, round and period, and the table printable on A4 landscape. */
@Path("/publication")
public class PublicationPage {

    @CheckedTemplate(basePath = "publication")
    static class Templates {
        static native TemplateInstance table(View view);
    }

    /** The page's figures, formatted once here; {@code table} null until a village is chosen or when refused. */
    public record View(String village, String group, String round, String from, String to, String error,
                       PublicationViews.Table table, List<Line> lines, String total, String exportUrl) {
    }

    public record Line(int no, String code, String headName, String idNumber, String group, String demolishedArea,
                       String mainHouseArea, List<String> sections, String total, String mainHouseSwap,
                       String homesteadSwap, String incentive, Long entry) {
    }

    private final PublicationService publication;
    private final SecurityIdentity identity;

    public PublicationPage(PublicationService publication, SecurityIdentity identity) {
        this.publication = publication;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "公示表 (page)", hidden = true)
    public Response page(@QueryParam("village") String village, @QueryParam("group") String group,
                         @QueryParam("round") String round, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        String error = null;
        PublicationViews.Table t = null;
        if (village != null && !village.isBlank()) {
            try {
                t = publication.table(PublicationService.Request.of(village, group, round, from, to),
                        Caller.of(identity));
            } catch (ProblemException e) {
                var p = e.toProblem(null);
                error = p.violations().isEmpty() ? p.detail() : p.violations().get(0).messageZh();
            }
        }
        List<Line> lines = t == null ? List.of() : t.rows().stream().map(PublicationPage::line).toList();
        String query = t == null ? "" : "village=" + enc(t.village()) + (t.group() == null ? "" : "&group="
                + enc(t.group())) + "&round=" + t.round() + "&from=" + t.periodFrom() + "&to=" + t.periodTo();
        View v = new View(nz(village), nz(group), round == null ? "1" : round, nz(from), nz(to), error, t, lines,
                t == null ? "" : amount(t.total()), "/api/v1/publication/export?" + query);
        return Response.status(error == null ? 200 : 400).type("text/html;charset=UTF-8")
                .entity(Templates.table(v).render()).build();
    }

    private static Line line(PublicationViews.Row r) {
        return new Line(r.no(), r.code(), nz(r.headName()), nz(r.idNumber()), nz(r.group()),
                area(r.demolishedAreaM2()), area(r.mainHouseAreaM2()),
                r.sections() == null ? null : r.sections().stream().map(PublicationPage::amount).toList(),
                r.total() == null ? "" : amount(r.total()), area(r.mainHouseSwapM2()), area(r.homesteadSwapM2()),
                nz(r.incentive()), r.entry());
    }

    private static String amount(Money a) {
        return MoneyFormat.grouped(a.min(), a.max());
    }

    private static String area(BigDecimal v) {
        return v == null ? "" : MoneyFormat.plain(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
