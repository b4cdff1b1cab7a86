package cn.wenshui.compensation.api.web;

import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.versions.VersionsService;
import cn.wenshui.compensation.diff.Change;
import cn.wenshui.compensation.diff.Delta;
import cn.wenshui.compensation.diff.QuoteDiff;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.money.MoneyFormat;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.QuoteLine;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The page of a household's versions: every ledger entry of the household with its total and place in the
 * correction chain, and the line-by-line difference of two chosen versions, in Chinese, ready to print.
 */
@ApplicationScoped
public class VersionsViews {
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("quantity", "数量"),
            Map.entry("unit", "单位"), Map.entry("unitPriceMin", "单价"), Map.entry("unitPriceMax", "单价"),
            Map.entry("amountMin", "金额"), Map.entry("amountMax", "金额"), Map.entry("status", "计算方式"),
            Map.entry("interpretations", "所引解释"), Map.entry("explanation", "计算说明"),
            Map.entry("mode", "处理方式"), Map.entry("reason", "原因"), Map.entry("basisAreaM2", "计算基数"),
            Map.entry("ratio", "置换比例"), Map.entry("swapAreaM2", "置换面积"), Map.entry("startDate", "起算日"),
            Map.entry("fullDeadline", "全额奖励截止日"), Map.entry("reducedDeadline", "减半奖励截止日"),
            Map.entry("movedOut", "搬迁日"), Map.entry("amount", "奖励金额"));

    private final VersionsService versions;
    private final SecurityIdentity identity;

    public VersionsViews(VersionsService versions, SecurityIdentity identity) {
        this.versions = versions;
        this.identity = identity;
    }

    public record VersionRow(long seq, String createdAt, String createdBy, String total, Long supersedes,
                             Long supersededBy, boolean current, boolean from, boolean to) {
    }

    /** One compared row: its change in words, the item, before → after, the amount moved, the fields that changed. */
    public record DiffRow(String change, String css, String clause, String label, String ref, String before,
                          String after, String quantityBefore, String quantityAfter, String unitPriceBefore,
                          String unitPriceAfter, String difference, String fields) {
    }

    public record SubtotalRow(String section, String title, String before, String after, String difference) {
    }

    public record DiffView(long from, long to, String totalBefore, String totalAfter, String totalDifference,
                           int added, int removed, int changed, int unchanged, List<DiffRow> lines,
                           List<DiffRow> unchangedLines, List<SubtotalRow> subtotals, List<DiffRow> swaps,
                           List<DiffRow> pending, String incentive) {
    }

    /**
     * {@code error}: why the chosen versions cannot be compared (the page still lists the versions);
     * {@code diff} null when there is nothing to compare (one version only) or the choice was refused.
     */
    public record VersionsPage(String householdId, String householdPath, List<VersionRow> versions, Long current,
                               DiffView diff, String error) {
    }

    /** The page; empty when the reader sees no entry of this household. */
    public java.util.Optional<VersionsPage> page(String householdId, Long from, Long to) {
        var scope = Caller.of(identity).scope();
        VersionsService.Versions all;
        try {
            all = versions.versions(householdId, scope);
        } catch (ProblemException e) {
            return java.util.Optional.empty();
        }
        VersionsService.Difference d = null;
        String error = null;
        if (all.versions().size() > 1 || from != null || to != null) {
            try {
                d = versions.difference(householdId, from, to, scope);
            } catch (ProblemException e) {
                var problem = e.toProblem(null);
                error = problem.violations().isEmpty() ? problem.detail() : problem.violations().get(0).messageZh();
            }
        }
        long f = d == null ? -1 : d.from().seq();
        long t = d == null ? -1 : d.to().seq();
        List<VersionRow> rows = all.versions().stream().map(v -> new VersionRow(v.seq(),
                QuoteSheet.time(v.createdAt()), author(v), MoneyFormat.grouped(v.totalMin(), v.totalMax()),
                v.supersedes(), v.supersededBy(), v.current(), v.seq() == f, v.seq() == t)).toList();
        return java.util.Optional.of(new VersionsPage(householdId, WorkbenchViews.path(householdId), rows,
                all.current(), d == null ? null : view(d), error));
    }

    private static String author(VersionsService.Version v) {
        String by = v.createdBy() == null ? "" : v.createdBy();
        return v.operator() == null || v.operator().isBlank() || v.operator().equals(by) ? by
                : v.operator() + "(" + by + ")";
    }

    static DiffView view(VersionsService.Difference d) {
        QuoteDiff q = d.diff();
        List<DiffRow> lines = new ArrayList<>();
        List<DiffRow> same = new ArrayList<>();
        for (QuoteDiff.LineDiff l : q.lines()) {
            QuoteLine b = l.before();
            QuoteLine a = l.after();
            QuoteLine any = a != null ? a : b;
            DiffRow row = new DiffRow(l.change().zh(), css(l.change()), any.clause(),
                    QuoteSheet.label(any.category(), any.spec()), l.ref(),
                    b == null ? "" : MoneyFormat.grouped(b.amountMin(), b.amountMax()),
                    a == null ? "" : MoneyFormat.grouped(a.amountMin(), a.amountMax()),
                    b == null ? "" : MoneyFormat.plain(b.quantity()) + " " + nz(b.unit()),
                    a == null ? "" : MoneyFormat.plain(a.quantity()) + " " + nz(a.unit()),
                    b == null ? "" : MoneyFormat.plain(b.unitPriceMin(), b.unitPriceMax()),
                    a == null ? "" : MoneyFormat.plain(a.unitPriceMin(), a.unitPriceMax()),
                    signed(l.amountDifference()), fields(l.changedFields()));
            (l.change() == Change.UNCHANGED ? same : lines).add(row);
        }
        List<SubtotalRow> subtotals = q.subtotals().stream().map(s -> new SubtotalRow(s.section(), s.title(),
                grouped(s.before()), grouped(s.after()), signed(s.difference()))).toList();
        List<DiffRow> swaps = new ArrayList<>();
        for (QuoteDiff.AreaSwapDiff s : q.areaSwaps()) {
            if (s.change() == Change.UNCHANGED) {
                continue;
            }
            AreaSwap any = s.after() != null ? s.after() : s.before();
            swaps.add(new DiffRow(s.change().zh(), css(s.change()), any.clause(),
                    QuoteSheet.label(any.category(), any.spec()), "", area(s.before(), AreaSwap::swapAreaM2),
                    area(s.after(), AreaSwap::swapAreaM2), "", "", "", "", "", fields(s.changedFields())));
        }
        List<DiffRow> pending = new ArrayList<>();
        for (QuoteDiff.PendingDiff p : q.pending()) {
            if (p.change() == Change.UNCHANGED) {
                continue;
            }
            PendingItem any = p.after() != null ? p.after() : p.before();
            pending.add(new DiffRow(p.change().zh(), css(p.change()), any.clause(),
                    QuoteSheet.label(any.category(), any.spec()), p.ref(), nz(p.before() == null ? null
                    : p.before().modeZh()), nz(p.after() == null ? null : p.after().modeZh()),
                    quantity(p.before()), quantity(p.after()), "", "", "", fields(p.changedFields())));
        }
        String incentive = null;
        if (q.incentive().change() != Change.UNCHANGED) {
            var b = QuoteSheet.incentive(q.incentive().before());
            var a = QuoteSheet.incentive(q.incentive().after());
            incentive = "三(三) 奖励" + q.incentive().change().zh() + ":"
                    + (b == null ? "无" : b.status() + (b.amount().isEmpty() ? "" : " " + b.amount() + " 元"))
                    + " → " + (a == null ? "无" : a.status() + (a.amount().isEmpty() ? "" : " " + a.amount() + " 元"))
                    + (q.incentive().amountDifference() == null ? ""
                    : ",差额 " + signed(q.incentive().amountDifference()) + " 元");
        }
        return new DiffView(d.from().seq(), d.to().seq(), grouped(q.totalBefore()), grouped(q.totalAfter()),
                signed(q.totalDifference()), q.counts().added(), q.counts().removed(), q.counts().changed(),
                q.counts().unchanged(), lines, same, subtotals, swaps, pending, incentive);
    }

    private static String css(Change c) {
        return "diff-" + c.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String grouped(Money m) {
        return MoneyFormat.grouped(m.min(), m.max());
    }

    /** 「+1,400.00」, 「−7,000.00」, 「0.00」; both ends when they moved differently: 「最低 +300.00,最高 +400.00」. */
    static String signed(Delta d) {
        return d.isExact() ? signed(d.min()) : "最低 " + signed(d.min()) + ",最高 " + signed(d.max());
    }

    static String signed(BigDecimal x) {
        return x.signum() > 0 ? "+" + MoneyFormat.grouped(x)
                : x.signum() < 0 ? "−" + MoneyFormat.grouped(x.negate()) : MoneyFormat.grouped(x);
    }

    private static String fields(List<String> names) {
        return String.join("、", names.stream().map(n -> FIELDS.getOrDefault(n, n)).distinct().toList());
    }

    private static String area(AreaSwap s, Function<AreaSwap, BigDecimal> f) {
        return s == null ? "" : MoneyFormat.plain(f.apply(s)) + " m²";
    }

    private static String quantity(PendingItem p) {
        return p == null || p.quantity() == null ? "" : MoneyFormat.plain(p.quantity()) + " " + nz(p.unit());
    }

    private static String nz(String s) {
        return Objects.toString(s, "");
    }
}
