package cn.wenshui.compensation.audit;

import static cn.wenshui.compensation.audit.Severity.ERROR;
import static cn.wenshui.compensation.audit.Severity.INFO;
import static cn.wenshui.compensation.audit.Severity.WARNING;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.LivestockAllInclusiveRule;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.TierResolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks an appraisal firm's report (评估报告) against the schedule and builds the engine's own quote for the same
 * household and lines. Finding kinds: {@code unmatched-row}, {@code text-mismatch}, {@code price-outside-range},
 * {@code overridden}, {@code tier-mismatch}, {@code price-mismatch}, {@code missing-measurement},
 * {@code invalid-line}, {@code line-arithmetic}, {@code total-arithmetic}, {@code not-compensated-priced},
 * {@code pending-priced}, {@code appraisal-item}, {@code duplicate-line}, {@code subsidy-mismatch},
 * {@code subsidy-missing}, {@code area-swap-priced}, {@code not-in-engine-quote}, {@code invalid-household},
 * {@code livestock-facilities-included} (一(三) 注1, I-42).
 * Each line's expected price is what the engine itself quotes for that line alone, so the audit applies exactly the
 * engine's readings, tiers and adjustments.
 */
public final class ReportAuditor {
    /** Engine rules that mean the line lacks something its row needs to be priced. */
    private static final Set<String> MISSING_RULES =
            Set.of("measurement-required", "growth-stage-required", "linked-item-required");

    private final QuoteEngine engine;
    private final Schedule schedule;

    public ReportAuditor(QuoteEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.schedule = engine.schedule();
    }

    /** Throws only for a report that cannot be audited at all; every other problem is a finding. */
    public AuditResult audit(AppraisalReport report) throws InvalidInventoryException {
        requireUsable(report);
        Audit a = new Audit();
        List<ItemInput> items = new ArrayList<>();
        for (int i = 0; i < report.lines().size(); i++) {
            ItemInput in = line(report.lines().get(i), i, a);
            if (in != null) {
                items.add(in);
            }
        }
        Quote quote = engineQuote(report.household(), items, a);
        if (quote != null) {
            a.findings.addAll(SubsidyCheck.check(schedule, report.subsidies(), quote));
            String allInclusive = LivestockAllInclusiveRule.notice(quote.lines(), schedule);
            if (allInclusive != null) {
                a.add(WARNING, "livestock-facilities-included", null, "lines", "一(三) 注1", allInclusive,
                        "一(三) note 1: livestock premises prices include water, heating and power; the report also"
                                + " lists indoor plumbing/electric, heating or three-phase power lines (I-42)");
            }
        }
        BigDecimal computed = total(report);
        BigDecimal stated = report.statedTotal();
        if (stated != null && stated.compareTo(computed) != 0) {
            a.add(ERROR, "total-arithmetic", null, "statedTotal", null,
                    "报告合计" + yuan(stated) + "元,与各行金额及补助之和" + yuan(computed) + "元不符",
                    "the stated total " + yuan(stated) + " differs from the sum of lines and subsidies, "
                            + yuan(computed));
        }
        long errors = a.findings.stream().filter(f -> f.severity() == ERROR).count();
        long warnings = a.findings.stream().filter(f -> f.severity() == WARNING).count();
        return new AuditResult(report.reportId(), report.firm(), a.findings, errors, warnings, stated, computed, quote);
    }

    private static void requireUsable(AppraisalReport report) throws InvalidInventoryException {
        List<Violation> v = new ArrayList<>();
        if (report == null) {
            v.add(new Violation("$", "required", "缺少评估报告", "the report is missing"));
        } else {
            if (report.household() == null) {
                v.add(new Violation("household", "required", "缺少住户信息", "the household is missing"));
            } else if (!given(report.household().id())) {
                v.add(new Violation("household.id", "required", "缺少住户编号", "the household id is missing"));
            }
            if (report.lines().isEmpty() && report.subsidies().isEmpty()) {
                v.add(new Violation("lines", "required", "报告既无清单行也无补助",
                        "the report has neither lines nor subsidies"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInventoryException(v);
        }
    }

    // ---- one report line ------------------------------------------------------------------------------------

    /** Audits one line; returns its input for the engine quote, or null when the engine cannot take it. */
    private ItemInput line(ReportLine line, int i, Audit a) {
        String path = "lines[" + i + "]";
        if (line == null) {
            a.add(ERROR, "invalid-line", path, path, null, "报告行为空", "the line is empty");
            return null;
        }
        String ref = given(line.ref()) ? line.ref() : path;
        ScheduleItem item = match(line, ref, path, a);
        arithmetic(line, item, ref, path, a);
        if (item == null) {
            return skipped(ref, path, null, "未能对应到标准中的行", "no schedule row matched", a);
        }
        duplicate(line, item, ref, path, a);
        if (item.mode() == Mode.AREA_SWAP) {
            if (priced(line)) {
                a.add(ERROR, "area-swap-priced", ref, priceField(line, path), clause(item),
                        "「" + item.label() + "」为房屋面积置换(" + item.printed() + "),不应按货币计价",
                        "'" + item.label() + "' is an area swap (" + item.printed()
                                + "); it must not be priced as money");
            }
            return skipped(ref, path, item, "房屋面积置换按住户的正房信息计算",
                    "area swaps are computed from the household's main house", a);
        }
        if (SubsidyCheck.isSubsidyRow(item)) {
            return skipped(ref, path, item, "补助与奖励应列入subsidies,按住户信息计算",
                    "subsidies and the incentive belong in subsidies and follow from the household facts", a);
        }
        String engineRef = a.engineRefs.add(ref) ? ref : path;
        a.engineRefs.add(path);
        ItemInput in = input(line, item.code(), engineRef, null);
        Quote probe;
        try {
            probe = engine.quote(new Household("audit-line", null, null, null, null, null, null, List.of(in), null,
                    null));
        } catch (InvalidInventoryException e) {
            for (Violation v : e.violations()) {
                String kind = MISSING_RULES.contains(v.rule()) ? "missing-measurement"
                        : v.rule().equals("price-outside-range") ? "price-outside-range" : "invalid-line";
                a.add(ERROR, kind, ref, path + v.field().replaceFirst("^items\\[0]", ""), clause(item),
                        v.messageZh(), v.messageEn());
            }
            return skipped(ref, path, item, "本行有误", "the line is invalid", a);
        }
        if (!probe.pending().isEmpty()) {
            pending(line, item, probe.pending().get(0), ref, path, a);
            return in;
        }
        QuoteLine q = probe.lines().get(0);
        if (q.status() == LineStatus.NOT_COMPENSATED) {
            if (priced(line)) {
                a.add(ERROR, "not-compensated-priced", ref, priceField(line, path), clause(item),
                        "「" + item.label() + "」不予补偿(" + item.clause() + "),报告却计价",
                        "'" + item.label() + "' is not compensated (" + item.clause() + ") but the report prices it");
            }
            return in;
        }
        BigDecimal appraised = price(line, item, q, ref, path, a);
        return appraised == null ? in : input(line, item.code(), engineRef, appraised);
    }

    private ScheduleItem match(ReportLine line, String ref, String path, Audit a) {
        String text = (Objects.toString(line.category(), "") + " " + Objects.toString(line.spec(), "")).trim();
        if (!given(line.code())) {
            ScheduleItem byText = schedule.findByText(line.category(), line.spec()).orElse(null);
            if (byText == null) {
                a.add(ERROR, "unmatched-row", ref, path + ".category", null,
                        "标准中没有「" + text + "」这一行", "no schedule row reads '" + text + "'");
            }
            return byText;
        }
        ScheduleItem item = schedule.item(line.code().trim()).orElse(null);
        if (item == null) {
            a.add(ERROR, "unmatched-row", ref, path + ".code", null, "标准中没有编码「" + line.code() + "」",
                    "no schedule row has code '" + line.code() + "'");
            return null;
        }
        boolean category = given(line.category()) && !sameText(line.category(), item.category());
        boolean spec = given(line.spec()) && !sameText(line.spec(), item.spec());
        if (category || spec) {
            a.add(WARNING, "text-mismatch", ref, path + (category ? ".category" : ".spec"), clause(item),
                    "编码「" + item.code() + "」对应「" + item.label() + "」,与报告所写「" + text + "」不一致,按编码核对",
                    "code '" + item.code() + "' is '" + item.label() + "', not '" + text
                            + "' as written; checked by code");
        }
        return item;
    }

    private static void arithmetic(ReportLine line, ScheduleItem item, String ref, String path, Audit a) {
        if (line.unitPrice() == null || line.quantity() == null || line.amount() == null) {
            return;
        }
        BigDecimal expected = Rounding.line(line.unitPrice().multiply(line.quantity()));
        if (line.amount().compareTo(expected) != 0) {
            a.add(ERROR, "line-arithmetic", ref, path + ".amount", clause(item),
                    "金额" + yuan(line.amount()) + "元不等于单价" + yuan(line.unitPrice()) + "元×数量"
                            + yuan(line.quantity()) + "=" + yuan(expected) + "元(每行四舍五入到分,解释I-30)",
                    "amount " + yuan(line.amount()) + " is not unit price " + yuan(line.unitPrice()) + " × quantity "
                            + yuan(line.quantity()) + " = " + yuan(expected) + " (rounded to the fen, I-30)");
        }
    }

    private static void duplicate(ReportLine line, ScheduleItem item, String ref, String path, Audit a) {
        Map<String, String> m = new TreeMap<>();
        line.measurements().forEach((k, v) -> m.put(k, yuan(v)));
        String key = item.code() + "|" + (line.quantity() == null ? "" : yuan(line.quantity())) + "|" + m + "|"
                + Objects.toString(line.growthStage(), "").trim();
        String first = a.seen.putIfAbsent(key, ref);
        if (first != null) {
            a.add(WARNING, "duplicate-line", ref, path, clause(item),
                    "与行「" + first + "」的项目、数量和测量值完全相同,同一构筑物可能被重复计列",
                    "same row, quantity and measurements as line '" + first + "': the same structure counted twice?");
        }
    }

    private static void pending(ReportLine line, ScheduleItem item, PendingItem p, String ref, String path, Audit a) {
        if (p.mode() == Mode.APPRAISAL) {
            // 一(一) 注3 and the like: the appraisal firm is the one that prices these, so there is nothing to check.
            a.add(INFO, "appraisal-item", ref, path, clause(item),
                    "「" + item.label() + "」按评估价补偿,由评估公司定价,本标准不复核其金额",
                    "'" + item.label() + "' is paid at the appraised value; the schedule does not check its amount");
        } else if (priced(line)) {
            a.add(ERROR, "pending-priced", ref, priceField(line, path), clause(item),
                    "「" + item.label() + "」按" + p.modeZh() + "处理(" + item.printed() + "),本标准不定价格,不应按货币计价",
                    "'" + item.label() + "' is decided by " + p.mode().name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + " (" + item.printed() + "); it must not be priced as money");
        }
    }

    /**
     * Compares the line's unit price (or its amount, where the row has no single unit price) with the engine's.
     * Returns the unit price to give the engine as appraised, or null.
     */
    private BigDecimal price(ReportLine line, ScheduleItem item, QuoteLine q, String ref, String path, Audit a) {
        boolean perUnit = line.unitPrice() != null && q.unitPriceMin() != null;
        BigDecimal stated = perUnit ? line.unitPrice() : line.amount();
        if (stated == null) {
            return null;
        }
        BigDecimal lo = perUnit ? q.unitPriceMin() : q.amountMin();
        BigDecimal hi = perUnit ? q.unitPriceMax() : q.amountMax();
        boolean range = lo.compareTo(hi) < 0;
        if (stated.compareTo(lo) >= 0 && stated.compareTo(hi) <= 0) {
            // The engine applies an appraised price before surcharges and increments, so only plain rows take one.
            return perUnit && range && item.adjustments().isEmpty() ? stated : null;
        }
        String field = path + (perUnit ? ".unitPrice" : ".amount");
        String zh = "「" + item.label() + "」" + (perUnit ? "单价" : "金额") + yuan(stated) + "元";
        String en = "'" + item.label() + "' " + (perUnit ? "unit price " : "amount ") + yuan(stated);
        String due = range(lo, hi);
        if (given(line.overrideReason())) {
            a.add(WARNING, "overridden", ref, field, "一(一) 注1",
                    zh + "不在标准" + due + "元之内,报告注明评估依据「" + line.overrideReason().trim()
                            + "」,依一(一)注1按最终评估价执行,请核对",
                    en + " lies outside " + due + "; the report gives the reason '" + line.overrideReason().trim()
                            + "' (一(一) 注1: the final appraised price applies), please review");
        } else if (item.price() instanceof Price.Tiered t) {
            Measure m = t.measure();
            BigDecimal v = line.measurements().get(m.key());
            var tier = TierResolver.find(engine.resolvedTiers(item.code()), v).tier();
            a.add(ERROR, "tier-mismatch", ref, field, clause(item),
                    zh + "有误:" + m.zh() + yuan(v) + m.unit() + "属「" + tier.printed() + "」档,应为" + due + "元",
                    en + " is wrong: " + m.key() + " " + yuan(v) + " " + m.unit() + " falls in the tier '"
                            + tier.printed() + "', which pays " + due);
        } else if (range) {
            a.add(ERROR, "price-outside-range", ref, field, clause(item),
                    zh + "超出标准「" + item.printed() + "」,应在" + due + "元之间;超出须注明评估依据(一(一)注1)",
                    en + " lies outside the printed '" + item.printed() + "', i.e. " + due
                            + "; going outside needs a stated reason (一(一) 注1)");
        } else {
            a.add(ERROR, "price-mismatch", ref, field, clause(item),
                    zh + "与标准不符,应为" + due + "元(" + item.printed() + ")",
                    en + " differs from the schedule's " + due + " (" + item.printed() + ")");
        }
        return null;
    }

    private static ItemInput input(ReportLine line, String code, String ref, BigDecimal appraised) {
        return new ItemInput(ref, code, line.quantity(), line.measurements(), line.growthStage(), appraised, null,
                line.linkedCode(), line.linkedUnitPrice(), line.decorated(), line.surchargePercent(), null);
    }

    private static ItemInput skipped(String ref, String path, ScheduleItem item, String zh, String en, Audit a) {
        a.add(INFO, "not-in-engine-quote", ref, path, clause(item), zh + ",本行未计入引擎报价",
                en + "; the line is left out of the engine quote");
        return null;
    }

    // ---- the household: engine quote ----------------------------------------------------------------------

    private Quote engineQuote(Household h, List<ItemInput> items, Audit a) {
        Household full = new Household(h.id(), h.headOfHousehold(), h.village(), h.soleDwelling(),
                h.hardshipExtensionApproved(), h.demolishedBuildingAreaM2(), h.mainHouse(), items,
                h.livestockPremises(), h.dates());
        try {
            return engine.quote(full);
        } catch (InvalidInventoryException e) {
            for (Violation v : e.violations()) {
                a.add(ERROR, "invalid-household", null, "household." + v.field(), null,
                        v.messageZh() + ";无法计算引擎报价,补助未核对",
                        v.messageEn() + "; no engine quote, subsidies not checked");
            }
            return null;
        }
    }

    private static BigDecimal total(AppraisalReport r) {
        BigDecimal sum = Rounding.zero();
        for (ReportLine l : r.lines()) {
            if (l != null && l.amount() != null) {
                sum = sum.add(l.amount());
            }
        }
        for (ReportSubsidy s : r.subsidies()) {
            if (s != null && s.amount() != null) {
                sum = sum.add(s.amount());
            }
        }
        return sum;
    }

    // ---- small helpers --------------------------------------------------------------------------------------

    private static boolean priced(ReportLine l) {
        return (l.amount() != null && l.amount().signum() > 0) || (l.unitPrice() != null && l.unitPrice().signum() > 0);
    }

    private static String priceField(ReportLine l, String path) {
        return path + (l.unitPrice() != null ? ".unitPrice" : ".amount");
    }

    static String clause(ScheduleItem item) {
        return item == null ? null : item.clause() + " " + item.label();
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean sameText(String a, String b) {
        return Schedule.squash(a).equals(Schedule.squash(b));
    }

    static String yuan(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }

    static String range(BigDecimal lo, BigDecimal hi) {
        return lo.compareTo(hi) == 0 ? yuan(lo) : yuan(lo) + "-" + yuan(hi);
    }

    /** The findings and bookkeeping of one audit. */
    private static final class Audit {
        final List<Finding> findings = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        final Set<String> engineRefs = new HashSet<>();

        void add(Severity severity, String kind, String lineRef, String field, String clause, String zh, String en) {
            findings.add(new Finding(severity, kind, lineRef, field, clause, zh, en));
        }
    }
}
