package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Section;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a household inventory into an itemised quote under one schedule version and one set of readings.
 * Immutable and thread-safe; build one per (schedule, readings) and reuse it.
 *
 * <p>The engine only orchestrates: it checks the inventory, prices each line, then adds the area swaps, the
 * subsidies and the incentive, and sums the lines per section. The rules live in the classes below, each named
 * after what it prices and quoting the clause it implements; the facts (prices, tiers, months, amounts) live in the
 * schedule file.
 *
 * <table>
 *   <caption>Which class prices which clause of 文政发〔2023〕6号</caption>
 *   <tr><th>Clause</th><th>Class</th></tr>
 *   <tr><td>the inventory itself: codes, quantities, whole counts, 元/户 once per household, ranges, dates</td>
 *       <td>{@link InventoryChecks}</td></tr>
 *   <tr><td>rows decided elsewhere (村庙, 苗圃 「由中介机构介入,按评估价执行」, 地下室, 四 空闲的宅基地 …) and
 *       一(二) 注 「废弃枯井、废渠、无主坟墓、不予补偿。」</td><td>this class ({@code decidedElsewhere}, a line at 0)</td></tr>
 *   <tr><td>一(一) 房屋面积置换 (正房 1:1, 宅基地 1:0.4; I-19, I-45)</td><td>{@link AreaSwaps}</td></tr>
 *   <tr><td>a price printed per unit, 「700 元/m²」 or 「700-800 元/m²」</td><td>{@link PrintedPrice}</td></tr>
 *   <tr><td>rows printed without a price in a merged cell (月台或院内铺砌, 护坡; I-14)</td>
 *       <td>{@link MergedRowPrice}</td></tr>
 *   <tr><td>tier tables (菜窖, 家用采暖锅炉, 人工井, 涵洞, 排水渠, 果树, 木材树 …; I-01, I-02) and the blank cells of
 *       零星未挂果树 (I-05)</td><td>{@link TierPrice}</td></tr>
 *   <tr><td>二(一) 葡萄, 嫁接杏树 by growth stage</td><td>{@link StagedPrice}</td></tr>
 *   <tr><td>一(一) 歇厦、雨搭 「按链接房屋单位面积补偿标准的 50%补偿」 (I-18)</td><td>{@link SharePrice}</td></tr>
 *   <tr><td>一(一) 机井 beyond 200 m 「按每米增加 100 元计」 (I-07)</td><td>{@link ExcessDepthPrice}</td></tr>
 *   <tr><td>一(一) 注1 「依最终评估价执行」 (I-23)</td><td>{@link AppraisedPrice}</td></tr>
 *   <tr><td>二(二) 备注 木材树 per cm (I-06); 一(三) 注2 杂棚柱头高 (I-08); 一(一) 未竣工砖房基础 「不达 1 米按比例折算」
 *       (I-22); 一(一) 台阶 「有装潢的视情况增加 20%-40%费用」 (I-17); 「/m」 read as m² (I-12); remarks that only
 *       point elsewhere (机井 「设备补偿另算」 …)</td><td>{@link NoteAdjustments} ({@link TimberLinear})</td></tr>
 *   <tr><td>一(二) preamble 「功能恢复」 (I-37)</td><td>{@link FunctionRestorationRule}</td></tr>
 *   <tr><td>一(一) 塑料管 「&lt;4cm」 only (I-41)</td><td>{@link PlasticPipeRule}</td></tr>
 *   <tr><td>一(三) 注1 「以上补偿价格包含水、暖、电等一切设施在内」 (I-42)</td>
 *       <td>{@link LivestockAllInclusiveRule}</td></tr>
 *   <tr><td>三(一), 三(二) (I-28, I-20), the two 一(三) subsidies per 处 (I-21), the
 *       30 m² cliff (I-09)</td><td>{@link Subsidies}</td></tr>
 *   <tr><td>三(三) (I-10, I-11, I-32 … I-34)</td><td>{@link IncentiveRule}</td></tr>
 *   <tr><td>the interpretation entries a quote cites</td><td>{@link Citations}, ids in {@link Cites}</td></tr>
 * </table>
 */
public final class QuoteEngine {
    /** Stored with every quote so a ledger entry can say which rules produced it. */
    public static final String VERSION = "1.1.0";

    static final String MOVING_SUBSIDY = "3-1.moving-subsidy";
    static final String SETTLEMENT = "3-2.settlement";
    static final String INCENTIVE = "3-3.incentive";
    static final String LIVESTOCK_MOVING = "1-3.moving-subsidy";
    static final String LIVESTOCK_SETTLEMENT = "1-3.settlement";
    static final String SWAP_MAIN = "1-1.swap.main-house";
    static final String SWAP_HOMESTEAD = "1-1.swap.homestead";

    /** The dates the engine accepts (read by {@link IncentiveRule}). */
    static final LocalDate EARLIEST = InventoryChecks.EARLIEST;
    static final LocalDate LATEST = InventoryChecks.LATEST;

    private final Schedule schedule;
    private final Readings readings;
    private final Map<String, String> readingsMap;
    private final Map<String, PricedRow> rows = new HashMap<>();
    private final List<Section> sections;
    private final InventoryChecks checks;
    private final LinePricing pricing;
    private final NoteAdjustments adjustments;
    private final AreaSwaps areaSwaps;
    private final Subsidies subsidies;
    private final IncentiveRule incentiveRule;
    private final Set<String> appraisalOverrideSections;

    public QuoteEngine(Schedule schedule, Readings readings) {
        this.schedule = schedule;
        this.readings = readings;
        this.readingsMap = Quote.frozen(readings.asMap());
        this.sections = schedule.sections();
        this.appraisalOverrideSections = Set.copyOf(schedule.appraisalOverrideSections());
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (Section section : sections) {
            sectionIndex.put(section.id(), sectionIndex.size());
        }
        for (ScheduleItem item : schedule.items()) {
            rows.put(item.code(), PricedRow.of(item, schedule, readings, sectionIndex.getOrDefault(item.section(), -1),
                    item.computed()));
        }
        for (String code : List.of(MOVING_SUBSIDY, SETTLEMENT, INCENTIVE, LIVESTOCK_MOVING, LIVESTOCK_SETTLEMENT,
                SWAP_MAIN, SWAP_HOMESTEAD)) {
            if (schedule.item(code).isEmpty()) {
                throw new IllegalStateException("schedule " + schedule + " lacks row " + code);
            }
        }
        checks = new InventoryChecks(schedule);
        pricing = new LinePricing(schedule, readings);
        adjustments = new NoteAdjustments(schedule, readings);
        areaSwaps = new AreaSwaps(schedule, readings);
        subsidies = new Subsidies(readings, rows);
        PricedRow incentive = rows.get(INCENTIVE);
        incentiveRule = new IncentiveRule(incentive.item(), incentive.tiers(), incentive.printedDefects(),
                incentive.defectCites(), readings);
    }

    public Schedule schedule() {
        return schedule;
    }

    public Readings readings() {
        return readings;
    }

    /** The tiers of a row as this engine applies them (bounds after the readings). */
    public List<ResolvedTier> resolvedTiers(String code) {
        PricedRow row = code == null ? null : rows.get(code);
        return row == null ? List.of() : row.tiers();
    }

    /**
     * 三(三) alone for these dates, exactly as {@link #quote} decides it (I-10, I-11, I-32 … I-34): the deadlines while
     * the household has not moved, the amount once it has. Null for a date outside the range the engine accepts.
     * For callers that track the dates apart from an inventory (the household's dated events).
     */
    public Incentive incentive(Dates dates) {
        return incentiveRule.apply(dates).incentive();
    }

    public Quote quote(Household household) throws InvalidInventoryException {
        QuoteWork w = new QuoteWork(sections.size());
        if (household == null) {
            w.violation("$", "required", "缺少住户清单", "the household inventory is missing");
            throw new InvalidInventoryException(w.violations);
        }
        checks.household(household, w);
        Set<String> refs = new HashSet<>(household.items().size() * 2); // sized once: no rehashing
        for (int i = 0; i < household.items().size(); i++) {
            item(household.items().get(i), i, refs, w);
        }
        areaSwaps.swaps(household.mainHouse(), w);
        subsidies.household(household, w);
        subsidies.livestock(household.livestockPremises(), w);
        String allInclusive = LivestockAllInclusiveRule.notice(w.lines, schedule);
        if (allInclusive != null) {
            w.notices.add(allInclusive);
        }
        Incentive incentive = incentive(household.dates(), w);
        if (!w.violations.isEmpty()) {
            throw new InvalidInventoryException(w.violations);
        }
        return result(household, incentive, w);
    }

    /** The quote: the lines, swaps and pending items as gathered, and the sums of the lines per section. */
    private Quote result(Household household, Incentive incentive, QuoteWork w) {
        List<Subtotal> subtotals = new ArrayList<>();
        Money total = Money.ZERO;
        for (int k = 0; k < sections.size(); k++) {
            Money sum = w.sectionSums[k];
            if (sum != null) {
                subtotals.add(new Subtotal(sections.get(k).id(), sections.get(k).title(), sum.min(), sum.max()));
                total = total.plus(sum);
            }
        }
        return new Quote(schedule.id(), schedule.version(), schedule.documentNumber(), VERSION, readingsMap,
                household.id(), household.headOfHousehold(), household.village(), w.lines, w.swaps, w.pending,
                incentive, subtotals, total.min(), total.max(), w.notices,
                Citations.of(schedule, readingsMap, w, incentive));
    }

    /** One line of the inventory: its reference (its number when none is given) must be unique. */
    private void item(ItemInput in, int index, Set<String> refs, QuoteWork w) {
        String path = "items[" + index + "]";
        if (in == null) {
            w.violation(path, "required", "清单行为空", "the line is empty");
            return;
        }
        String ref = in.ref() == null || in.ref().isBlank() ? String.valueOf(index + 1) : in.ref();
        if (!refs.add(ref)) {
            w.violation(path + ".ref", "duplicate-ref", "清单行编号「" + ref + "」重复",
                    "line reference '" + ref + "' is used twice");
        }
        PricedRow row = checks.row(in, path, rows, w);
        if (row == null || !checks.oncePerHousehold(row, index, path, w)) {
            return;
        }
        ScheduleItem item = row.item();
        if (item.mode().isPending()) {
            decidedElsewhere(row, in, ref, path, w);
        } else if (checks.quantity(row, in.quantity(), path, w)) {
            if (item.mode() == Mode.NOT_COMPENSATED) {
                w.line(row, ref, in.quantity(), row.unit(), Money.of(BigDecimal.ZERO), Money.ZERO,
                        LineStatus.NOT_COMPENSATED, () -> "按" + item.clause() + ":" + item.category() + "不予补偿",
                        List.of());
            } else if (!movedElsewhere(item, in, ref, w)) {
                price(row, in, ref, path, w);
            }
        }
    }

    /** A row the schedule leaves to appraisal, negotiation, a committee or the town: listed, never priced. */
    private void decidedElsewhere(PricedRow row, ItemInput in, String ref, String path, QuoteWork w) {
        ScheduleItem item = row.item();
        if (in.quantity() != null
                && InventoryChecks.positive(in.quantity(), InventoryChecks.MAX_QUANTITY, path, ".quantity", "数量", w)) {
            checks.wholeCount(row, in.quantity(), path, w);
        }
        if (in.appraisedUnitPrice() != null) {
            w.violation(path + ".appraisedUnitPrice", "no-price-for-pending-item",
                    item.label() + "按" + item.mode().zh() + "处理,本标准不定单价",
                    "this row is decided by " + item.mode().name().toLowerCase() + "; it takes no unit price");
        }
        w.pending(item, ref, in.quantity(), item.mode(), item.printed());
    }

    /** A priced row the readings send elsewhere: function restoration (I-37), a wide plastic pipe (I-41). */
    private boolean movedElsewhere(ScheduleItem item, ItemInput in, String ref, QuoteWork w) {
        String restoration = FunctionRestorationRule.pendingReason(item, readings);
        if (restoration != null) {
            w.pending(item, ref, in.quantity(), Mode.FUNCTION_RESTORATION, restoration);
            return true;
        }
        String pipe = PlasticPipeRule.pendingReason(item, in, readings);
        if (pipe != null) {
            w.pending(item, ref, in.quantity(), Mode.APPRAISAL, pipe);
            return true;
        }
        return false;
    }

    /** A money line: the printed price, an appraised price, the notes that adjust it, then the amount. */
    private void price(PricedRow row, ItemInput in, String ref, String path, QuoteWork w) {
        ScheduleItem item = row.item();
        LineWork e = new LineWork(row);
        if (!pricing.price(item, in, path, e, w)) {
            return;
        }
        String pipeNote = PlasticPipeRule.note(item, in, readings);
        if (pipeNote != null) {
            e.add(pipeNote);
        }
        if (e.pending != null) {
            w.pending(item, ref, in.quantity(), Mode.APPRAISAL, e.pending);
            return;
        }
        if (!AppraisedPrice.apply(item, appraisalOverrideSections.contains(item.section()), in, path, e, w) || !adjustments.apply(item, in, path, e, w)) {
            return;
        }
        Money amount = e.exactAmount != null ? Money.of(Rounding.line(e.exactAmount))
                : e.price.times(in.quantity()).toFen();
        LineStatus status = e.overridden ? LineStatus.OVERRIDDEN
                : amount.isExact() ? LineStatus.EXACT : LineStatus.RANGE;
        if (status == LineStatus.RANGE) {
            e.add("未给评估单价,列最低与最高额");
        }
        adjustments.pointers(item, ref, e, w);
        w.line(row, ref, in.quantity(), row.unit(), e.price, amount, status, e.joined("", ""),
                e.interpretationsWithStanding());
    }

    /** 三(三): decided by {@link IncentiveRule}; its line, notices, pending items and violations join the quote. */
    private Incentive incentive(Dates d, QuoteWork w) {
        IncentiveRule.Outcome o = incentiveRule.apply(d);
        w.notices.addAll(o.notices());
        w.pending.addAll(o.pending());
        w.violations.addAll(o.violations());
        IncentiveRule.Line l = o.line();
        if (l != null) {
            PricedRow row = rows.get(INCENTIVE);
            w.line(row, "三(三)", BigDecimal.ONE, row.item().unit(), Money.of(l.unitAmount()), Money.of(l.amount()),
                    LineStatus.EXACT, l.why(), l.interpretations());
        }
        return o.incentive();
    }
}
