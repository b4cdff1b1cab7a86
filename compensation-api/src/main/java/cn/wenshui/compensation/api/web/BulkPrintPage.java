package cn.wenshui.compensation.api.web;

import cn.wenshui.compensation.api.household.HouseholdService;
import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.api.household.HouseholdViews;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.problem.Params;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 批量打印: the 补偿明细表 of many households in one document — picked by village, 组 and state, or by a list of
 * 编号 — each starting on a new page, in 编号 order (or the list's). Households without a quote are named, not
 * printed.
 */
@Path("/print")
public class BulkPrintPage {
    /** The most sheets one document holds: a browser prints a few hundred pages at a time well. */
    static final int MAX_SHEETS = 300;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance bulk(Bulk bulk);
    }

    /** One household's sheet with its facts and file. */
    public record Item(QuoteSheet sheet, SheetFacts facts, HouseholdViews.Published file) {
    }

    /** {@code unquoted}: the 编号 of households chosen that have no quote yet. */
    public record Bulk(String village, String group, String state, String codes, List<Item> items,
                       List<String> unquoted, String error, List<StateOption> states) {
    }

    public record StateOption(String name, String label, boolean selected) {
    }

    private final HouseholdService households;
    private final LedgerService ledger;
    private final WorkbenchViews views;
    private final SecurityIdentity identity;

    public BulkPrintPage(HouseholdService households, LedgerService ledger, WorkbenchViews views,
                         SecurityIdentity identity) {
        this.households = households;
        this.ledger = ledger;
        this.views = views;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "批量打印补偿明细表 (page)", hidden = true)
    public Response page(@QueryParam("village") String village, @QueryParam("group") String group,
                         @QueryParam("state") String state, @QueryParam("codes") String codes) {
        Caller caller = Caller.of(identity);
        List<Item> items = new ArrayList<>();
        List<String> unquoted = new ArrayList<>();
        String error = null;
        HouseholdState st = null;
        List<String> list = codes == null ? List.of() : Arrays.stream(codes.split("[\\s,，、;；]+"))
                .filter(c -> !c.isBlank()).toList();
        boolean chosen = Params.blank(village) != null || !list.isEmpty();
        try {
            st = Params.constant("state", state, HouseholdState.class);
            if (chosen) {
                List<HouseholdViews.Published> files = households.published(village, group, st, list, caller);
                if (files.size() > MAX_SHEETS) {
                    throw ProblemException.badField(400, "village", "too-many", "一次最多打印 " + MAX_SHEETS
                            + " 户,请按组或状态缩小范围", "one print holds at most " + MAX_SHEETS + " households");
                }
                for (HouseholdViews.Published f : files) {
                    var entry = ledger.current(f.code(), caller.scope());
                    if (entry.isEmpty()) {
                        unquoted.add(f.code());
                        continue;
                    }
                    QuoteSheet sheet = QuoteSheet.of(entry.get());
                    items.add(new Item(sheet, views.sheetFacts(sheet), f));
                }
            }
        } catch (ProblemException e) {
            var p = e.toProblem(null);
            error = p.violations().isEmpty() ? p.detail() : p.violations().get(0).messageZh();
        }
        List<StateOption> states = new ArrayList<>();
        for (HouseholdState s : HouseholdState.values()) {
            states.add(new StateOption(s.name(), s.label(), s == st));
        }
        Bulk bulk = new Bulk(nz(village), nz(group), st == null ? "" : st.name(), nz(codes), items, unquoted, error,
                states);
        return Response.status(error == null ? 200 : 400).type("text/html;charset=UTF-8")
                .entity(Templates.bulk(bulk).render()).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
