package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.diff.Change;
import cn.wenshui.compensation.diff.Delta;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.money.MoneyFormat;
import cn.wenshui.compensation.quote.QuoteLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 假如测算 (/what-if): choose readings and a schedule version, see what changes for which households and for the
 * budget, with a chart per village and a workbook; and 两份报价对比 (/diff), printable. Staff and auditors.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WhatIfPage {
    /** Households listed on the page at most (the workbook holds them all). */
    static final int SHOWN = 300;

    @CheckedTemplate(basePath = "whatif")
    static class Templates {
        static native TemplateInstance page(View view);

        static native TemplateInstance diff(DiffView view);
    }

    public record View(List<Switch> switches, List<Option> schedules, String village, String group, List<Option> states,
                       boolean ran, List<String> errors, Summary summary, List<Bar> bars, int chartHeight,
                       List<SumLine> villages, List<SumLine> sections, List<HouseLine> households, int hidden,
                       String exportUrl) {
    }

    public record Switch(String key, String title, List<Option> options) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Summary(String scenario, int households, int changed, int unchanged, int failed, String before,
                          String after, String difference) {
    }

    /** A village's two bars in the inline SVG (y: row offset; widths in per cent of the chart's scale). */
    public record Bar(String village, int y, int y2, int beforeWidth, int afterWidth, int textX1, int textX2,
                      String before, String after, String difference) {
    }

    public record SumLine(String key, String title, int households, String before, String after, String difference) {
    }

    public record HouseLine(String code, String village, String state, long entry, String schedule, String before,
                            String after, String difference, List<LineView> lines, String error, String diffUrl) {
    }

    public record LineView(String change, String ref, String what, String quantity, String unitPrice, String amount,
                           String difference, String causes, String fields) {
    }

    public record DiffView(String title, String from, String to, List<String> errors, String before, String after,
                           String difference, List<LineView> lines, List<SumLine> sections, String incentive) {
    }

    private final WhatIfService service;

    public WhatIfPage(WhatIfService service) {
        this.service = service;
    }

    @GET
    @Path("what-if")
    @Operation(hidden = true)
    public TemplateInstance page(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        Map<String, String> readings = readings(q);
        String schedule = blank(q.getFirst("schedule"));
        List<String> errors = new ArrayList<>();
        WhatIfViews.Result result = null;
        if (q.containsKey("run")) {
            try {
                result = service.run(new WhatIfService.Request(readings, schedule, q.getFirst("village"),
                        q.getFirst("group"), q.getFirst("state")));
            } catch (ProblemException e) {
                errors.add(words(e));
            }
        }
        Map<String, String> titles = service.switchTitles();
        List<Switch> switches = new ArrayList<>();
        service.switches().forEach((k, opts) -> {
            List<Option> o = new ArrayList<>();
            o.add(new Option("", "不变(各户原用)", !readings.containsKey(k)));
            opts.forEach(x -> o.add(new Option(x, x, x.equals(readings.get(k)))));
            switches.add(new Switch(k, titles.getOrDefault(k, k), o));
        });
        List<Option> schedules = new ArrayList<>();
        schedules.add(new Option("", "不变(各户原用版本)", schedule == null));
        for (String s : service.scheduleVersions()) {
            String value = s.split(" ")[0];
            schedules.add(new Option(value, s, value.equals(schedule)));
        }
        String query = uri.getRequestUri().getRawQuery();
        if (result == null) {
            return Templates.page(new View(switches, schedules, nz(q.getFirst("village")), nz(q.getFirst("group")),
                    states(q.getFirst("state")), false, errors, null, List.of(), 0, List.of(), List.of(), List.of(), 0,
                    null));
        }
        BigDecimal top = BigDecimal.ZERO;
        for (WhatIfViews.Sum v : result.villages()) {
            top = top.max(v.before().max()).max(v.after().max());
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (WhatIfViews.Sum v : result.villages()) {
            int wb = percent(v.before().max(), top) * 6;
            int wa = percent(v.after().max(), top) * 6;
            bars.add(new Bar(v.key(), y, y + 16, wb, wa, 176 + wb, 176 + wa, MoneyFormat.wan(v.before().max()),
                    MoneyFormat.wan(v.after().max()), delta(v.difference())));
            y += 40;
        }
        WhatIfViews.Result res = result;
        List<HouseLine> houses = result.items().stream().filter(h -> h.changed() || h.error() != null).limit(SHOWN)
                .map(h -> new HouseLine(h.code(), nz(h.village()), nz(h.state()), h.entry(),
                        h.scheduleBefore().equals(h.scheduleAfter()) ? h.scheduleBefore()
                                : h.scheduleBefore() + " → " + h.scheduleAfter(), money(h.before()), money(h.after()),
                        h.difference() == null ? "" : delta(h.difference()),
                        h.lines().stream().map(WhatIfPage::line).toList(), nz(h.error()),
                        "/diff?from=" + h.entry() + scenarioQuery(res.scenario()))).toList();
        int hidden = (int) result.items().stream().filter(h -> h.changed() || h.error() != null).count() - houses.size();
        Summary summary = new Summary(scenarioWords(result.scenario()), result.households(), result.changed(),
                result.unchanged(), result.failed(), money(result.total().before()), money(result.total().after()),
                delta(result.total().difference()));
        return Templates.page(new View(switches, schedules, nz(q.getFirst("village")), nz(q.getFirst("group")),
                states(q.getFirst("state")), true, errors, summary, bars, Math.max(40, y), sums(result.villages()),
                sums(result.sections()), houses, hidden, "/what-if/export?" + (query == null ? "" : query)));
    }

    @GET
    @Path("what-if/export")
    @Produces(WhatIfParams.XLSX)
    @Operation(hidden = true)
    public Response export(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        WhatIfViews.Result r = service.run(new WhatIfService.Request(readings(q), blank(q.getFirst("schedule")),
                q.getFirst("village"), q.getFirst("group"), q.getFirst("state")));
        return WhatIfParams.xlsx(WhatIfWorkbook.write(r));
    }

    @GET
    @Path("diff")
    @Operation(hidden = true)
    public TemplateInstance diff(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        List<String> errors = new ArrayList<>();
        WhatIfService.Difference d = null;
        try {
            long from = WhatIfParams.seq("from", q.getFirst("from"));
            String to = blank(q.getFirst("to"));
            d = to != null ? service.difference(from, WhatIfParams.seq("to", to))
                    : service.difference(from, service.scenario(readings(q), blank(q.getFirst("schedule"))));
        } catch (ProblemException e) {
            errors.add(words(e));
        }
        if (d == null) {
            return Templates.diff(new DiffView("两份报价对比", "", "", errors, "", "", "", List.of(), List.of(), ""));
        }
        String from = "台账记录 " + d.from().entry() + "(住户 " + d.from().householdId() + ",标准 "
                + d.from().schedule() + (d.from().current() ? ",现行" : "") + ")";
        String to = d.to().entry() != null ? "台账记录 " + d.to().entry() + "(住户 " + d.to().householdId() + ",标准 "
                + d.to().schedule() + (d.to().current() ? ",现行" : "") + ")"
                : "假如测算:" + scenarioWords(d.to().scenario()) + "(未写入台账)";
        List<SumLine> sections = d.diff().subtotals().stream().map(s -> new SumLine(s.section(), nz(s.title()), 0,
                money(s.before()), money(s.after()), delta(s.difference()))).toList();
        var inc = d.diff().incentive();
        String incentive = service.incentiveTitle() + ":" + (inc.change() == Change.UNCHANGED ? "未变" : inc.change().zh() + " "
                + String.join("、", inc.changedFields()));
        return Templates.diff(new DiffView("两份报价对比", from, to, errors, money(d.diff().totalBefore()),
                money(d.diff().totalAfter()), delta(d.diff().totalDifference()),
                d.lines().stream().map(WhatIfPage::line).toList(), sections, incentive));
    }

    /** The refusal in Chinese, as the API states it (its violations' messageZh). */
    private static String words(ProblemException e) {
        return e.toProblem(null).violations().stream().map(v -> v.messageZh())
                .collect(Collectors.joining(";"));
    }

    private static List<Option> states(String chosen) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", "全部", chosen == null || chosen.isBlank()));
        for (cn.wenshui.compensation.api.household.HouseholdState s : cn.wenshui.compensation.api.household.HouseholdState.values()) {
            out.add(new Option(s.name(), s.label(), s.name().equals(chosen)));
        }
        return out;
    }

    static LineView line(WhatIfViews.LineChange c) {
        var l = c.diff();
        QuoteLine b = l.before();
        QuoteLine a = l.after();
        return new LineView(l.change().zh(), nz(l.ref()), nz(l.section()) + " " + nz(l.category()) + " " + nz(l.spec()),
                pair(b == null ? null : b.quantity(), a == null ? null : a.quantity()),
                pair(b == null ? null : b.unitPriceMax(), a == null ? null : a.unitPriceMax()),
                pair(b == null ? null : b.amountMax(), a == null ? null : a.amountMax()),
                delta(l.amountDifference()), Causes.words(c.causes()), String.join("、", l.changedFields()));
    }

    private static String scenarioWords(WhatIfViews.ScenarioView s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.schedule() == null ? "各户原用标准版本" : "标准版本 " + s.schedule());
        s.readings().forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }

    private static String scenarioQuery(WhatIfViews.ScenarioView s) {
        StringBuilder b = new StringBuilder();
        if (s.schedule() != null) {
            b.append("&schedule=").append(enc(s.schedule()));
        }
        if (!s.readings().isEmpty()) {
            b.append("&readings=").append(enc(s.readings().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(","))));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<SumLine> sums(List<WhatIfViews.Sum> list) {
        return list.stream().map(s -> new SumLine(s.key(), nz(s.title()), s.households(), money(s.before()),
                money(s.after()), delta(s.difference()))).toList();
    }

    private static Map<String, String> readings(MultivaluedMap<String, String> q) {
        Map<String, String> out = new LinkedHashMap<>();
        q.forEach((k, v) -> {
            if (k.startsWith("r.") && !v.isEmpty() && v.get(0) != null && !v.get(0).isBlank()) {
                out.put(k.substring(2), v.get(0).trim());
            }
        });
        String list = q.getFirst("readings");
        if (list != null) {
            out.putAll(WhatIfParams.readingsParam(list));
        }
        return out;
    }

    private static String pair(BigDecimal b, BigDecimal a) {
        String x = b == null ? "—" : MoneyFormat.grouped(b);
        String y = a == null ? "—" : MoneyFormat.grouped(a);
        return b != null && a != null && b.compareTo(a) == 0 ? x : x + " → " + y;
    }

    private static String money(Money m) {
        return m == null ? "" : MoneyFormat.grouped(m.min(), m.max());
    }

    private static String delta(Delta d) {
        if (d == null) {
            return "";
        }
        return d.isExact() ? signed(d.min()) : signed(d.min()) + " ~ " + signed(d.max());
    }

    private static String signed(BigDecimal x) {
        return (x.signum() > 0 ? "+" : "") + MoneyFormat.grouped(x);
    }

    private static int percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
