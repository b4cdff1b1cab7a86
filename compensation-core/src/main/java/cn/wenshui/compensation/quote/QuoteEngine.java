package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Adjustment;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Note;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import cn.wenshui.compensation.schedule.Tier;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import cn.wenshui.compensation.schedule.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a household inventory into an itemised quote under one schedule version and one set of readings.
 * Immutable and thread-safe; build one per (schedule, readings) and reuse it.
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

    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    static final BigDecimal MAX_AREA = new BigDecimal("100000");
    static final BigDecimal MAX_PRICE = new BigDecimal("100000000");
    /** 一(一) 注1 (依最终评估价执行) stands under 一(一) and covers those rows only (I-23). */
    static final String OVERRIDABLE_SECTION = "一(一)";
    /** Measurements are taken to the millimetre or finer; more decimals are a typing or encoding error. */
    static final int MAX_DECIMALS = 4;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Schedule schedule;
    private final Readings readings;
    private final Map<String, Row> rows = new HashMap<>();
    private final Map<String, String> readingsMap;
    /** The schedule's sections in printed order, and each one's place there (lines are summed per section). */
    private final List<cn.wenshui.compensation.schedule.Section> sections;
    private final Map<String, Integer> sectionIndex = new HashMap<>();
    private final IncentiveRule incentiveRule;

    private static final Map<String, Measure> MEASURES = new HashMap<>();
    private static final Map<Measure, String> MEASURE_FIELDS = new java.util.EnumMap<>(Measure.class);

    static {
        for (Measure m : Measure.values()) {
            MEASURES.put(m.key(), m);
            MEASURE_FIELDS.put(m, ".measurements." + m.key());
        }
    }

    /**
     * What a row contributes to every line of it under this engine's readings, worked out once: the item, its
     * section's index in the subtotals, whether the engine computes it from the household facts, its unit, the
     * readings it always cites, the opening words of its explanation (and a recipe of them alone), its resolved
     * tiers, where its printed tiers are defective and which readings each kind of defect cites, its adjustments,
     * and for 歇厦 the linkable rows and the share factor.
     */
    private record Row(ScheduleItem item, int section, boolean computed, String unit, List<String> standing,
                       String basis, Supplier<String> basisRecipe, List<ResolvedTier> tiers,
                       List<TierResolver.DefectCell> printedDefects,
                       Map<String, List<String>> defectCites, Adjustment.TimberIncrement timber,
                       Adjustment.ColumnHeight column, Adjustment.ProRataHeight proRata,
                       Adjustment.Surcharge surcharge, Set<String> linkable, BigDecimal shareFactor) {
    }

    /** A line's field path ({@code items[3]}), written out only when a violation names it. */
    private record ItemPath(int index) {
        private static final ItemPath[] FIRST = new ItemPath[1024];

        static {
            for (int i = 0; i < FIRST.length; i++) {
                FIRST[i] = new ItemPath(i);
            }
        }

        static ItemPath of(int index) {
            return index < FIRST.length ? FIRST[index] : new ItemPath(index);
        }

        @Override
        public String toString() {
            return "items[" + index + "]";
        }
    }

    public QuoteEngine(Schedule schedule, Readings readings) {
        this.schedule = schedule;
        this.readings = readings;
        this.sections = schedule.sections();
        for (var section : sections) {
            sectionIndex.put(section.id(), sectionIndex.size());
        }
        for (ScheduleItem item : schedule.items()) {
            List<String> standing = new ArrayList<>();
            for (String id : item.interpretations()) {
                if (schedule.interpretation(id).map(i -> i.lintCovers().isEmpty()).orElse(false)
                        && !standing.contains(id)) {
                    standing.add(id);
                }
            }
            Set<String> linkable = Set.of();
            BigDecimal shareFactor = null;
            if (item.price() instanceof Price.Share share) {
                linkable = linkableRows(schedule, share);
                shareFactor = share.percent().divide(HUNDRED);
            }
            String basis = "按" + item.clause() + "「" + item.label() + "」" + item.printed();
            List<ResolvedTier> resolved = List.of();
            List<TierResolver.DefectCell> printedDefects = List.of();
            Map<String, List<String>> defectCites = new HashMap<>();
            if (item.price() instanceof Price.Tiered t) {
                resolved = TierResolver.resolve(t.tiers(), readings);
                printedDefects = TierResolver.printedDefects(t.tiers());
                for (String kind : DEFECT_ZH.keySet()) {
                    List<String> ids = new ArrayList<>();
                    for (String id : item.interpretations()) {
                        if (schedule.interpretation(id).map(i -> i.lintCovers().contains(kind)).orElse(false)
                                && !ids.contains(id)) {
                            ids.add(id);
                        }
                    }
                    defectCites.put(kind, List.copyOf(ids));
                }
            }
            rows.put(item.code(), new Row(item, sectionIndex.getOrDefault(item.section(), -1),
                    item.computed(), unitUnderReadings(item), List.copyOf(standing), basis,
                    () -> basis, resolved, printedDefects, Map.copyOf(defectCites),
                    item.adjustment(Adjustment.TimberIncrement.class), item.adjustment(Adjustment.ColumnHeight.class),
                    item.adjustment(Adjustment.ProRataHeight.class), item.adjustment(Adjustment.Surcharge.class),
                    linkable, shareFactor));
        }
        readingsMap = Quote.frozen(readings.asMap());
        for (String code : List.of(MOVING_SUBSIDY, SETTLEMENT, INCENTIVE, LIVESTOCK_MOVING, LIVESTOCK_SETTLEMENT,
                SWAP_MAIN, SWAP_HOMESTEAD)) {
            if (schedule.item(code).isEmpty()) {
                throw new IllegalStateException("schedule " + schedule + " lacks row " + code);
            }
        }
        Row incentiveRow = rows.get(INCENTIVE);
        incentiveRule = new IncentiveRule(incentiveRow.item(), incentiveRow.tiers(), incentiveRow.printedDefects(),
                incentiveRow.defectCites(), readings);
    }

    public Schedule schedule() {
        return schedule;
    }

    public Readings readings() {
        return readings;
    }

    /** The tiers of a row as this engine applies them (bounds after the readings). */
    public List<ResolvedTier> resolvedTiers(String code) {
        Row row = code == null ? null : rows.get(code);
        return row == null ? List.of() : row.tiers();
    }

    public Quote quote(Household household) throws InvalidInventoryException {
        Work w = new Work(sections.size());
        if (household == null) {
            w.violation("$", "required", "缺少住户清单", "the household inventory is missing");
            throw new InvalidInventoryException(w.violations);
        }
        checkHousehold(household, w);
        RefSet refs = new RefSet(household.items().size());
        for (int i = 0; i < household.items().size(); i++) {
            ItemInput in = household.items().get(i);
            ItemPath path = ItemPath.of(i);
            if (in == null) {
                w.violation(path.toString(), "required", "清单行为空", "the line is empty");
                continue;
            }
            String ref = in.ref() == null || in.ref().isBlank() ? lineNumber(i + 1) : in.ref();
            if (!refs.add(ref)) {
                w.violation(path + ".ref", "duplicate-ref", "清单行编号「" + ref + "」重复",
                        "line reference '" + ref + "' is used twice");
            }
            quoteItem(in, ref, path, w);
        }
        areaSwaps(household.mainHouse(), w);
        subsidies(household, w);
        livestockSubsidies(household.livestockPremises(), w);
        String allInclusive = LivestockAllInclusiveRule.notice(w.lines);
        if (allInclusive != null) {
            w.notices.add(allInclusive);
        }
        Incentive incentive = incentive(household.dates(), w);
        if (!w.violations.isEmpty()) {
            throw new InvalidInventoryException(w.violations);
        }
        BigDecimal[] mins = w.sectionMins;
        BigDecimal[] maxs = w.sectionMaxs;
        List<Subtotal> subtotals = new ArrayList<>();
        BigDecimal totalMin = Rounding.zero();
        BigDecimal totalMax = Rounding.zero();
        int k = 0;
        for (var s : sections) {
            if (mins[k] != null) {
                subtotals.add(new Subtotal(s.id(), s.title(), mins[k], maxs[k]));
                totalMin = totalMin.add(mins[k]);
                totalMax = totalMax.add(maxs[k]);
            }
            k++;
        }
        return new Quote(schedule.id(), schedule.version(), schedule.documentNumber(), VERSION, readingsMap,
                household.id(), household.headOfHousehold(), household.village(), w.lines, w.swaps, w.pending,
                incentive, subtotals, totalMin, totalMax, w.notices, cited(w, incentive));
    }

    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile("I-\\d{2}");

    /**
     * Every interpretation entry the quote relies on — listed by a line or named in any of its texts — with the
     * reading applied, in id order, so that no 〔解释 I-xx〕 on the quote is left unexplained.
     */
    private List<CitedInterpretation> cited(Work w, Incentive incentive) {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        List<String> texts = new ArrayList<>(w.notices);
        for (QuoteLine l : w.lines) {
            ids.addAll(l.interpretations()); // a line names in its text only what it cites (ExplanationWordsTest)
        }
        for (AreaSwap s : w.swaps) {
            texts.add(s.explanation());
        }
        for (PendingItem p : w.pending) {
            texts.add(p.reason());
        }
        if (incentive != null) {
            texts.add(incentive.explanation());
        }
        for (String t : texts) {
            if (t != null) {
                CITATION.matcher(t).results().forEach(m -> ids.add(m.group()));
            }
        }
        List<CitedInterpretation> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            schedule.interpretation(id).ifPresent(i -> {
                String reading = readingsMap.getOrDefault(i.key(), i.defaultOption());
                out.add(new CitedInterpretation(i.id(), i.title(), reading, reading.equals(i.defaultOption()),
                        i.summary()));
            });
        }
        return out;
    }

    // ---- household facts ------------------------------------------------------------------------------------

    private void checkHousehold(Household h, Work w) {
        if (h.id() == null || h.id().isBlank()) {
            w.violation("id", "required", "缺少住户编号", "the household id is missing");
        } else if (h.id().length() > 64) {
            w.violation("id", "too-long", "住户编号不得超过64个字符", "the household id must be at most 64 characters");
        }
        checkText(h.headOfHousehold(), "headOfHousehold", w);
        checkText(h.village(), "village", w);
        if (h.isHardshipExtensionApproved() && !h.isSoleDwelling()) {
            w.violation("hardshipExtensionApproved", "hardship-requires-sole-dwelling",
                    "三(二):延长24个月临时安置补助仅适用于唯一住房的拆迁户",
                    "三(二): the 24-month extension applies only to a household's sole dwelling");
        }
        if (h.demolishedBuildingAreaM2() != null) {
            positive(h.demolishedBuildingAreaM2(), MAX_AREA, "demolishedBuildingAreaM2", "被拆迁房屋建筑面积", w);
        }
        MainHouse m = h.mainHouse();
        if (m != null) {
            if (m.measuredAreaM2() == null && m.homesteadCertificateAreaM2() == null) {
                w.violation("mainHouse.measuredAreaM2", "required", "正房须填写实测面积或宅基地证面积",
                        "the main house needs its measured area or the homestead certificate area");
            }
            if (m.measuredAreaM2() != null) {
                positive(m.measuredAreaM2(), MAX_AREA, "mainHouse.measuredAreaM2", "正房实测面积", w);
            }
            if (m.homesteadCertificateAreaM2() != null) {
                positive(m.homesteadCertificateAreaM2(), MAX_AREA, "mainHouse.homesteadCertificateAreaM2",
                        "宅基地证面积", w);
                if (m.footprintM2() == null) {
                    w.violation("mainHouse.footprintM2", "required", "计算宅基地置换须填写正房占地面积;"
                                    + "没有正房的宅基地为空闲宅基地,列「4.idle-homestead」(四,解释I-44)",
                            "the homestead swap needs the main house footprint; a homestead without a main house is"
                                    + " idle: list 4.idle-homestead (四, I-44)");
                }
            }
            if (m.footprintM2() != null) {
                positive(m.footprintM2(), MAX_AREA, "mainHouse.footprintM2", "正房占地面积", w);
            }
        }
        for (int i = 0; i < h.livestockPremises().size(); i++) {
            LivestockPremises p = h.livestockPremises().get(i);
            String path = "livestockPremises[" + i + "]";
            if (p == null) {
                w.violation(path, "required", "养殖场所为空", "the premises entry is empty");
            } else if (p.areaM2() == null) {
                w.violation(path + ".areaM2", "required", "一(三):须填写养殖场所面积",
                        "一(三): the premises area is required");
            } else {
                positive(p.areaM2(), MAX_AREA, path + ".areaM2", "养殖场所面积", w);
            }
        }
        Dates d = h.dates();
        if (d != null) {
            checkDate(d.agreementSigned(), "dates.agreementSigned", w);
            checkDate(d.compensationPaid(), "dates.compensationPaid", w);
            checkDate(d.movedOut(), "dates.movedOut", w);
        }
    }

    private static void checkText(String s, String field, Work w) {
        if (s != null && s.length() > 200) {
            w.violation(field, "too-long", "不得超过200个字符", "must be at most 200 characters");
        }
    }

    private static void checkDate(LocalDate d, String field, Work w) {
        if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
            w.violation(field, "date-out-of-range", "日期须在2000-01-01至2100-12-31之间",
                    "the date must lie between 2000-01-01 and 2100-12-31");
        }
    }

    private static boolean positive(BigDecimal x, BigDecimal max, String field, String zh, Work w) {
        return positive(x, max, field, "", zh, w);
    }

    /** As above for the field {@code base + suffix}, a path written out only if a violation names it. */
    private static boolean positive(BigDecimal x, BigDecimal max, Object base, String suffix, String zh, Work w) {
        if (x.signum() > 0 && x.compareTo(max) <= 0 && x.scale() <= MAX_DECIMALS) {
            return true;
        }
        String field = base + suffix;
        if (x.signum() <= 0) {
            w.violation(field, "must-be-positive", zh + "必须大于0", field + " must be greater than 0");
            return false;
        }
        if (x.compareTo(max) > 0) {
            w.violation(field, "absurd-value", zh + "不得超过" + Texts.number(max),
                    field + " must not exceed " + Texts.number(max));
            return false;
        }
        if (x.scale() > MAX_DECIMALS && x.stripTrailingZeros().scale() > MAX_DECIMALS) {
            w.violation(field, "too-many-decimals", zh + "最多保留" + MAX_DECIMALS + "位小数",
                    field + " may have at most " + MAX_DECIMALS + " decimals");
            return false;
        }
        return true;
    }

    // ---- inventory lines ------------------------------------------------------------------------------------

    private void quoteItem(ItemInput in, String ref, ItemPath path, Work w) {
        if (in.code() == null || in.code().isBlank()) {
            w.violation(path + ".code", "required", "缺少项目编码", "the schedule code is missing");
            return;
        }
        Row row = rows.get(in.code());
        if (row == null) {
            w.violation(path + ".code", "unknown-code", "补偿标准中没有编码「" + in.code() + "」",
                    "no schedule row has code '" + in.code() + "'");
            return;
        }
        for (String key : in.measurements().isEmpty() ? Set.<String>of() : in.measurements().keySet()) {
            if (measureOf(key) == null) {
                w.violation(path + ".measurements." + key, "unknown-measurement", "未知的测量项「" + key + "」",
                        "unknown measurement '" + key + "'");
            }
        }
        ScheduleItem item = row.item();
        if (item.mode() == Mode.AREA_SWAP) {
            w.violation(path + ".code", "area-swap-not-an-item", "房屋面积置换由正房信息(mainHouse)计算,不作为清单行",
                    "area swaps are computed from mainHouse, not listed as items");
            return;
        }
        // rows the schedule marks computedFrom: listing them as items would pay them twice
        if (row.computed()) {
            w.violation(path + ".code", "computed-row-not-an-item", "「" + item.label() + "」由住户信息自动计算(" + item.clause()
                    + "),不作为清单行", "this subsidy or incentive is computed from the household facts, not listed");
            return;
        }
        if (!oncePerHousehold(row, path, w)) {
            return;
        }
        if (item.mode().isPending()) {
            if (in.quantity() != null && positive(in.quantity(), MAX_QUANTITY, path, ".quantity", "数量", w)) {
                wholeCount(row, in.quantity(), path, w);
            }
            if (in.appraisedUnitPrice() != null) {
                w.violation(path + ".appraisedUnitPrice", "no-price-for-pending-item",
                        item.label() + "按" + item.mode().zh() + "处理,本标准不定单价",
                        "this row is decided by " + item.mode().name().toLowerCase() + "; it takes no unit price");
            }
            w.pending.add(pending(item, ref, in.quantity(), item.mode(), item.printed()));
            return;
        }
        if (in.quantity() == null) {
            w.violation(path + ".quantity", "required", "缺少数量", "the quantity is missing");
            return;
        }
        if (!positive(in.quantity(), MAX_QUANTITY, path, ".quantity", "数量", w)
                || !wholeCount(row, in.quantity(), path, w)) {
            return;
        }
        if (item.mode() == Mode.NOT_COMPENSATED) {
            w.line(row, ref, in.quantity(), row.unit(), BigDecimal.ZERO, BigDecimal.ZERO, Rounding.zero(),
                    Rounding.zero(), LineStatus.NOT_COMPENSATED,
                    () -> "按" + item.clause() + ":" + item.category() + "不予补偿", List.of());
            return;
        }
        String elsewhere = FunctionRestorationRule.pendingReason(item, readings);
        if (elsewhere != null) {
            w.pending.add(pending(item, ref, in.quantity(), Mode.FUNCTION_RESTORATION, elsewhere));
            return;
        }
        elsewhere = PlasticPipeRule.pendingReason(item, in, readings);
        if (elsewhere != null) {
            w.pending.add(pending(item, ref, in.quantity(), Mode.APPRAISAL, elsewhere));
            return;
        }
        Eval e = new Eval(row);
        if (!basePrice(item, in, path, e, w)) {
            return;
        }
        String pipeNote = PlasticPipeRule.note(item, in, readings);
        if (pipeNote != null) {
            e.add(pipeNote);
        }
        if (e.pending != null) {
            w.pending.add(pending(item, ref, in.quantity(), Mode.APPRAISAL, e.pending));
            return;
        }
        if (!appraisal(item, in, path, e, w) || !adjust(item, in, path, e, w)) {
            return;
        }
        BigDecimal min;
        BigDecimal max;
        if (e.exactAmount != null) {
            min = Rounding.line(e.exactAmount);
            max = min;
        } else {
            e.amounts(in.quantity());
            min = e.amountMin;
            max = e.amountMax;
        }
        LineStatus status = e.overridden ? LineStatus.OVERRIDDEN
                : min.compareTo(max) == 0 ? LineStatus.EXACT : LineStatus.RANGE;
        if (status == LineStatus.RANGE) {
            e.add("未给评估单价,列最低与最高额");
        }
        if (item.interpretations().contains("I-12") && readings.perMetreUnits() == Readings.PerMetreUnits.AREA) {
            e.add("标准印作「元/m」,按解释I-12以平方米计");
        }
        for (Note n : schedule.notesFor(item.code())) {
            e.add(() -> "另按" + n.clause() + "「" + n.printed() + "」");
            if (n.pending() != null) {
                w.pending.add(new PendingItem(ref, item.code(), item.section(), n.clause(), item.category(),
                        item.spec(), n.pending(), n.pending().zh(), null, null,
                        n.clause() + "「" + n.printed() + "」:" + n.pendingWhat()));
            }
        }
        w.line(e.row, ref, in.quantity(), e.row.unit(), e.min, e.max, min, max, status, e.joined("", ""),
                e.interpretationsWithStanding());
    }

    /**
     * A quantity in a unit that counts things (株, 个, 口, 户 … : the schedule's units say which) is a whole number;
     * one in a unit paid once per household (元/户) is 1.
     */
    private boolean wholeCount(Row row, BigDecimal quantity, ItemPath path, Work w) {
        Unit unit = schedule.unit(row.unit()).orElseThrow();
        String q = Texts.number(quantity.stripTrailingZeros());
        if (unit.counted() && quantity.stripTrailingZeros().scale() > 0) {
            w.violation(path + ".quantity", "whole-count-required", "「" + row.item().label() + "」按「" + unit.name()
                            + "」计数,数量须为整数,不能是" + q,
                    "this row is counted in " + unit.unit() + " (whole things): the quantity must be a whole number, not "
                            + q);
            return false;
        }
        if (unit.oncePerHousehold() && quantity.compareTo(BigDecimal.ONE) > 0) {
            w.violation(path + ".quantity", "once-per-household", "「" + row.item().label() + "」按「元/"
                            + unit.name() + "」补偿,每户只补偿一次,数量须为1,不能是" + q,
                    "this row is paid per household (元/" + unit.unit() + "), once: the quantity must be 1, not " + q);
            return false;
        }
        return true;
    }

    /** A row paid per household (元/户) may stand on one line of the inventory only. */
    private boolean oncePerHousehold(Row row, ItemPath path, Work w) {
        Unit unit = schedule.unit(row.unit()).orElseThrow();
        if (!unit.oncePerHousehold()) {
            return true;
        }
        Integer first = w.perHouseholdRows.putIfAbsent(row.item().code(), path.index());
        if (first == null) {
            return true;
        }
        w.violation(path + ".code", "once-per-household", "「" + row.item().label() + "」按「元/" + unit.name()
                        + "」补偿,每户只补偿一次,已在第" + (first + 1) + "行列出",
                "this row is paid per household (元/" + unit.unit() + "), once: it is already listed at items["
                        + first + "]");
        return false;
    }

    private String unitUnderReadings(ScheduleItem item) {
        if (item.interpretations().contains("I-12") && readings.perMetreUnits() == Readings.PerMetreUnits.AS_PRINTED) {
            return "m";
        }
        return item.unit();
    }

    private static Measure measureOf(String key) {
        return MEASURES.get(key);
    }

    private PendingItem pending(ScheduleItem item, String ref, BigDecimal quantity, Mode mode, String reason) {
        return new PendingItem(ref, item.code(), item.section(), item.clause(), item.category(), item.spec(), mode,
                mode.zh(), quantity, item.unit(), reason);
    }

    /**
     * Working state of one line: its unit price as an interval [min, max], the parts of its explanation and the
     * readings it cites. It is itself the recipe the line renders its explanation from (one object per line
     * instead of two; the line holds its unit prices anyway).
     */
    private static final class Eval extends Reasons {
        BigDecimal min;
        BigDecimal max;
        BigDecimal exactAmount;
        boolean overridden;
        String pending;
        Tier tier;
        ResolvedTier resolved;
        BigDecimal amountMin;
        BigDecimal amountMax;
        final Row row;
        /** In the order cited; null while none (most lines cite only their row's standing readings). */
        private List<String> cites;

        Eval(Row row) {
            this.row = row;
        }

        void set(BigDecimal lo, BigDecimal hi) {
            min = lo;
            max = hi;
        }

        /** [min, max] × f. An exact price stays one object, so it is multiplied and its amount rounded once. */
        void times(BigDecimal f) {
            BigDecimal lo = min.multiply(f);
            max = max == min ? lo : max.multiply(f);
            min = lo;
        }

        /** The line amounts for quantity {@code q}, rounded to the fen: an exact price is multiplied once. */
        void amounts(BigDecimal q) {
            amountMin = Rounding.line(min.multiply(q));
            amountMax = max == min ? amountMin : Rounding.line(max.multiply(q));
        }

        /** [min, max] + x, as {@link #times}. */
        void plus(BigDecimal x) {
            BigDecimal lo = min.add(x);
            max = max == min ? lo : max.add(x);
            min = lo;
        }

        void cite(String id) {
            List<String> c = cites();
            if (!c.contains(id)) {
                c.add(id);
            }
        }

        void citeAll(List<String> ids) {
            if (!ids.isEmpty()) {
                addAbsent(ids, cites());
            }
        }

        private List<String> cites() {
            if (cites == null) {
                cites = new ArrayList<>(4);
            }
            return cites;
        }

        /** The readings cited, in the order cited (a subsidy line cites nothing else). */
        List<String> interpretations() {
            return cites == null ? List.of() : java.util.Collections.unmodifiableList(cites);
        }

        /** An inventory line's readings: those cited, then those its row always cites and it has not yet. */
        List<String> interpretationsWithStanding() {
            if (cites == null) {
                return row.standing();
            }
            citeAll(row.standing());
            return interpretations();
        }

        /** A line explained by its row's opening words alone shares the row's recipe (the same String, by identity). */
        @Override
        Supplier<String> joined(String prefix, String suffix) {
            if (prefix.isEmpty() && suffix.isEmpty() && onlyText() == row.basis()) {
                return row.basisRecipe();
            }
            return super.joined(prefix, suffix);
        }
    }

    private boolean basePrice(ScheduleItem item, ItemInput in, ItemPath path, Eval e, Work w) {
        ScheduleItem priced = item;
        if (item.sharesPriceOf() != null) {
            e.cite("I-14");
            if (readings.unpricedMergedRows() == Readings.UnpricedMergedRows.APPRAISAL) {
                e.pending = "本行印刷时无价格,按解释I-14转评估";
                return true;
            }
            priced = schedule.item(item.sharesPriceOf()).orElseThrow();
            ScheduleItem sharer = priced;
            e.add(() -> "本行未印价格,按合并单元格共用「" + sharer.label() + "」的" + sharer.printed() + "(解释I-14)");
        }
        Price price = priced.price();
        if (price instanceof Price.Fixed f) {
            e.set(f.amount(), f.amount());
            if (item.sharesPriceOf() == null) {
                e.add(e.row.basis());
            }
        } else if (price instanceof Price.Range r) {
            e.set(r.min(), r.max());
            if (item.sharesPriceOf() == null) {
                e.add(e.row.basis());
            }
        } else if (price instanceof Price.Tiered t) {
            return tier(item, t, in, path, e, w);
        } else if (price instanceof Price.Staged s) {
            if (in.growthStage() == null || in.growthStage().isBlank()) {
                w.violation(path + ".growthStage", "growth-stage-required", item.label() + "须填写生长阶段(未挂果、初果期、中果期、盛果期)",
                        "this row needs growthStage (未挂果, 初果期, 中果期 or 盛果期)");
                return false;
            }
            for (Price.Staged.Stage st : s.stages()) {
                if (st.stage().equals(in.growthStage().trim())) {
                    e.set(st.amount(), st.amount());
                    e.add(() -> "按" + item.clause() + "「" + item.label() + "」" + st.stage() + " "
                            + Texts.number(st.amount()) + "元/" + item.unit());
                    return true;
                }
            }
            w.violation(path + ".growthStage", "unknown-growth-stage", "生长阶段「" + in.growthStage()
                    + "」不在标准中", "growth stage '" + in.growthStage() + "' is not in the schedule");
            return false;
        } else if (price instanceof Price.Share s) {
            return share(item, s, in, path, e, w);
        } else if (price instanceof Price.Excess x) {
            e.cite("I-07");
            BigDecimal depth = in.quantity();
            BigDecimal higher = x.rate().add(x.excessIncrement());
            if (depth.compareTo(x.threshold()) <= 0) {
                e.set(x.rate(), x.rate());
                e.add(() -> "深" + Texts.number(depth) + "米≤" + Texts.number(x.threshold()) + "米,按"
                        + Texts.number(x.rate()) + "元/米");
            } else if (readings.machineWellBeyond200m() == Readings.MachineWell.WHOLE_DEPTH) {
                e.set(higher, higher);
                e.add(() -> "深" + Texts.number(depth) + "米>" + Texts.number(x.threshold()) + "米,整口按"
                        + Texts.number(x.rate()) + "+" + Texts.number(x.excessIncrement()) + "="
                        + Texts.number(higher) + "元/米(解释I-07)");
            } else if (readings.machineWellBeyond200m() == Readings.MachineWell.PLUS_100_PER_EXTRA_METRE) {
                BigDecimal excess = depth.subtract(x.threshold());
                e.exactAmount = x.rate().multiply(x.threshold()).add(x.excessIncrement().multiply(excess));
                e.set(null, null);
                e.add(() -> Texts.number(x.threshold()) + "米按" + Texts.number(x.rate()) + "元/米,超出的"
                        + Texts.number(excess) + "米每米增加" + Texts.number(x.excessIncrement()) + "元(解释I-07)");
            } else {
                BigDecimal excess = depth.subtract(x.threshold());
                e.exactAmount = x.rate().multiply(x.threshold()).add(higher.multiply(excess));
                e.set(null, null);
                e.add(() -> "前" + Texts.number(x.threshold()) + "米按" + Texts.number(x.rate()) + "元/米,超出的"
                        + Texts.number(excess) + "米按" + Texts.number(higher) + "元/米(解释I-07)");
            }
        } else {
            throw new IllegalStateException("row " + item.code() + " has no money price");
        }
        return true;
    }

    private boolean tier(ScheduleItem item, Price.Tiered t, ItemInput in, ItemPath path, Eval e, Work w) {
        Measure m = t.measure();
        BigDecimal value = measurement(in, m, path, item, w);
        if (value == null) {
            return false;
        }
        List<ResolvedTier> table = e.row.tiers();
        ResolvedTier r = TierResolver.find(table, value);
        if (r == null) {
            w.violation(path + ".measurements." + m.key(), "no-tier", "「" + item.label() + "」没有适用于"
                    + m.zh() + Texts.number(value) + m.unit() + "的档次",
                    "no tier of this row covers " + m.key() + " = " + Texts.number(value));
            return false;
        }
        e.resolved = r;
        Tier tier = r.tier();
        String defect = printedDefect(e.row, value);
        if (defect != null) {
            e.citeAll(e.row.defectCites().get(defect));
        }
        Supplier<String> at = () -> m.say(value) + ",属「" + tier.printed() + "」档(" + (defect == null ? ""
                : "印刷分档" + DEFECT_ZH.get(defect) + ",按解释读作") + m.say(r.bounds()) + ")";
        if (tier.blank()) {
            e.cite("I-05");
            if (readings.blankCell() == Readings.BlankCell.APPRAISAL) {
                e.pending = at.get() + ",该格印刷空白,按解释I-05转评估";
                return true;
            }
            Tier filled = readings.blankCell() == Readings.BlankCell.MERGED_WITH_BELOW
                    ? mergedWithBelow(table, r.index()) : carryForward(table, r.index());
            e.tier = filled;
            e.set(filled.low(), filled.high());
            e.add(() -> at.get() + ",该格空白,取「" + filled.printed() + "」档" + priceText(filled, item) + "(解释I-05)");
            return true;
        }
        e.tier = tier;
        if (tier.perMeasure()) {
            e.set(tier.low(), tier.high());
            e.times(value);
        } else {
            e.set(tier.low(), tier.high());
        }
        e.add(() -> "按" + item.clause() + "「" + item.label() + "」" + at.get() + " " + priceText(tier, item));
        return true;
    }

    private static final Map<String, String> DEFECT_ZH = Map.of("point", "分界值重复或缺失", "gap", "有空档",
            "overlap", "有重叠");

    /** What the print says of {@code value}: a doubly claimed boundary, a gap, an overlap, or null. */
    private static String printedDefect(Row row, BigDecimal value) {
        return TierResolver.defectAt(row.printedDefects(), value);
    }

    /** Appends to {@code to} each of {@code ids} it does not hold yet, in order. */
    private static void addAbsent(List<String> ids, List<String> to) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!to.contains(id)) {
                to.add(id);
            }
        }
    }

    private static final String[] LINE_NUMBERS = new String[1025];

    static {
        for (int i = 0; i < LINE_NUMBERS.length; i++) {
            LINE_NUMBERS[i] = String.valueOf(i);
        }
    }

    private static String lineNumber(int n) {
        return n < LINE_NUMBERS.length ? LINE_NUMBERS[n] : String.valueOf(n);
    }

    private Row row(ScheduleItem item) {
        return rows.get(item.code());
    }

    /** 歇厦 (I-18): the codes of the per-m² money rows whose 种类 is one the share names. */
    private static Set<String> linkableRows(Schedule schedule, Price.Share s) {
        Set<String> names = new HashSet<>();
        for (String c : s.linkable()) {
            names.add(Schedule.squash(c));
        }
        Set<String> codes = new HashSet<>();
        for (ScheduleItem linked : schedule.items()) {
            if (linked.mode() == Mode.MONEY && "m²".equals(linked.unit())
                    && (linked.price() instanceof Price.Fixed || linked.price() instanceof Price.Range)
                    && names.contains(Schedule.squash(linked.category()))) {
                codes.add(linked.code());
            }
        }
        return Set.copyOf(codes);
    }

    /** I-05 MERGED_WITH_BELOW: the nearest printed cell below, or above where none is below. */
    private static Tier mergedWithBelow(List<ResolvedTier> table, int index) {
        for (int i = index + 1; i < table.size(); i++) {
            if (!table.get(i).tier().blank()) {
                return table.get(i).tier();
            }
        }
        return carryForward(table, index);
    }

    private static Tier carryForward(List<ResolvedTier> table, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!table.get(i).tier().blank()) {
                return table.get(i).tier();
            }
        }
        for (int i = index + 1; i < table.size(); i++) {
            if (!table.get(i).tier().blank()) {
                return table.get(i).tier();
            }
        }
        throw new IllegalStateException("tier table without any printed price");
    }

    private static String priceText(Tier tier, ScheduleItem item) {
        String p = tier.amount() != null ? Texts.number(tier.amount())
                : Texts.number(tier.min()) + "-" + Texts.number(tier.max());
        return p + "元/" + item.unit();
    }

    private BigDecimal measurement(ItemInput in, Measure m, ItemPath path, ScheduleItem item, Work w) {
        BigDecimal value = in.measurements().get(m.key());
        if (value == null) {
            w.violation(path + ".measurements." + m.key(), "measurement-required", "「" + item.label() + "」须填写" + m.zh() + "(" + m.unit() + ")",
                    "this row needs measurement " + m.key() + " (" + m.unit() + ")");
            return null;
        }
        return positive(value, m.max(), path, MEASURE_FIELDS.get(m), m.zh(), w) ? value : null;
    }

    private boolean share(ScheduleItem item, Price.Share s, ItemInput in, ItemPath path, Eval e, Work w) {
        e.cite("I-18");
        if (in.linkedCode() == null || in.linkedCode().isBlank()) {
            w.violation(path + ".linkedCode", "linked-item-required", "「" + item.label() + "」须指明所连接房屋的项目编码",
                    "this row needs linkedCode, the row of the house it is attached to");
            return false;
        }
        ScheduleItem linked = schedule.item(in.linkedCode()).orElse(null);
        if (linked == null || !e.row.linkable().contains(linked.code())) {
            w.violation(path + ".linkedCode", "linked-item-not-linkable", "所连接房屋须为" + String.join("、", s.linkable())
                    + "中按m²计价的一行", "linkedCode must be a per-m² row of " + String.join(", ", s.linkable()));
            return false;
        }
        BigDecimal lo = linked.price() instanceof Price.Fixed f ? f.amount() : ((Price.Range) linked.price()).min();
        BigDecimal hi = linked.price() instanceof Price.Fixed f ? f.amount() : ((Price.Range) linked.price()).max();
        if (in.linkedUnitPrice() != null) {
            BigDecimal p = in.linkedUnitPrice();
            if (p.compareTo(lo) < 0 || p.compareTo(hi) > 0) {
                w.violation(path + ".linkedUnitPrice", "price-outside-range", "所连接房屋单价须在" + linked.printed()
                        + "之内", "linkedUnitPrice must lie within " + Texts.number(lo) + "–" + Texts.number(hi));
                return false;
            }
            lo = p;
            hi = p;
        }
        BigDecimal f = e.row.shareFactor();
        e.set(lo, hi);
        e.times(f);
        BigDecimal linkedLo = lo;
        BigDecimal linkedHi = hi;
        e.add(() -> "按" + item.clause() + "「" + item.category() + "」,为所连接「" + linked.label() + "」单价"
                + (linkedLo.compareTo(linkedHi) == 0 ? Texts.number(linkedLo) : Texts.number(linkedLo) + "-" + Texts.number(linkedHi))
                + "元/m²的" + Texts.number(s.percent()) + "%");
        return true;
    }

    /** 一(一) 注1: the appraised unit price inside the printed range is the price; outside it needs a reason. */
    private boolean appraisal(ScheduleItem item, ItemInput in, ItemPath path, Eval e, Work w) {
        BigDecimal p = in.appraisedUnitPrice();
        if (p == null) {
            if (in.overrideReason() != null && !in.overrideReason().isBlank()) {
                w.violation(path + ".overrideReason", "reason-without-price", "填写了评估依据但未填写评估单价",
                        "overrideReason is given without appraisedUnitPrice");
                return false;
            }
            return true;
        }
        if (!positive(p, MAX_PRICE, path, ".appraisedUnitPrice", "评估单价", w)) {
            return false;
        }
        if (e.min == null || (e.tier != null && e.tier.perMeasure())) {
            w.violation(path + ".appraisedUnitPrice", "no-unit-price", "「" + item.label() + "」不按单价计,不接受评估单价",
                    "this row is not priced per unit and takes no appraisedUnitPrice");
            return false;
        }
        e.cite("I-23");
        BigDecimal lo = e.min;
        BigDecimal hi = e.max;
        boolean inside = p.compareTo(e.min) >= 0 && p.compareTo(e.max) <= 0;
        if (inside) {
            e.add(() -> "评估单价" + Texts.number(p) + "元在标准之内");
        } else if (!OVERRIDABLE_SECTION.equals(item.section())) {
            w.violation(path + ".appraisedUnitPrice", "override-not-allowed", "评估单价" + Texts.number(p) + "超出标准" + Texts.number(e.min)
                    + "-" + Texts.number(e.max) + ";依评估价执行(一(一)注1)只适用于房屋及附属设施",
                    "appraisedUnitPrice " + Texts.number(p) + " lies outside " + Texts.number(e.min) + "–"
                            + Texts.number(e.max) + "; the appraisal override of 一(一) 注1 covers only 一(一) rows");
            return false;
        } else if (in.overrideReason() == null || in.overrideReason().isBlank()) {
            w.violation(path + ".appraisedUnitPrice", "price-outside-range", "评估单价" + Texts.number(p) + "超出标准"
                    + Texts.number(e.min) + "-" + Texts.number(e.max) + ",须填写评估依据(一(一)注1)",
                    "appraisedUnitPrice " + Texts.number(p) + " lies outside " + Texts.number(e.min) + "–"
                            + Texts.number(e.max) + "; an overrideReason is required (一(一) 注1)");
            return false;
        } else {
            e.overridden = true;
            String reason = in.overrideReason().trim();
            e.add(() -> "评估单价" + Texts.number(p) + "元超出标准" + Texts.number(lo) + "-"
                    + Texts.number(hi) + ",依最终评估价执行(一(一)注1):" + reason);
        }
        e.set(p, p);
        return true;
    }

    private boolean adjust(ScheduleItem item, ItemInput in, ItemPath path, Eval e, Work w) {
        var timber = e.row.timber();
        if (timber != null && e.min != null) {
            e.cite("I-06");
            BigDecimal d = in.measurements().get(Measure.TRUNK_DIAMETER_CM.key());
            if (readings.timberIncrement() == Readings.TimberIncrement.LINEAR_FROM_THRESHOLD) {
                TimberLinear.Price linear = TimberLinear.price(timber, d, e.row.tiers());
                if (linear != null) {
                    e.set(linear.amount(), linear.amount());
                    e.add(linear.why());
                }
                return adjustRest(item, in, path, e, w);
            }
            BigDecimal from = readings.timberIncrement() == Readings.TimberIncrement.BEYOND_TOP_TIER
                    ? (e.resolved.index() == e.row.tiers().size() - 1 ? e.resolved.bounds().lower() : null)
                    : (d.compareTo(timber.above()) > 0 ? timber.above().max(e.resolved.bounds().lower()) : null);
            if (from != null) {
                BigDecimal cm = d.subtract(from).setScale(0, java.math.RoundingMode.FLOOR);
                BigDecimal extra = timber.perCm().multiply(cm);
                e.plus(extra);
                if (cm.signum() > 0) { // under a whole centimetre beyond: nothing added, nothing to say
                    e.add(() -> "胸径超过" + Texts.number(from) + "厘米的部分满" + Texts.number(cm) + "厘米,每厘米加"
                            + Texts.yuan(timber.perCm()) + "元,共加" + Texts.yuan(extra) + "元(解释I-06)");
                }
            }
        }
        return adjustRest(item, in, path, e, w);
    }

    private boolean adjustRest(ScheduleItem item, ItemInput in, ItemPath path, Eval e, Work w) {
        var column = e.row.column();
        if (column != null) {
            e.cite("I-08");
            BigDecimal h = measurement(in, Measure.COLUMN_HEIGHT_M, path, item, w);
            if (h == null) {
                return false;
            }
            if (h.compareTo(column.above()) > 0) {
                BigDecimal over = h.min(column.capAt()).subtract(column.above());
                BigDecimal extra = switch (readings.livestockShedColumnHeight()) {
                    case PER_METRE -> column.perStep().multiply(over);
                    case PER_DECIMETRE -> column.perStep().multiply(
                            over.movePointRight(1).setScale(0, java.math.RoundingMode.FLOOR));
                    case FLAT_ABOVE_2M -> column.perStep();
                };
                e.plus(extra);
                e.add(() -> "柱头高" + Texts.number(h) + "米,超过" + Texts.number(column.above()) + "米部分(计至"
                        + Texts.number(column.capAt()) + "米)每平方米加" + Texts.number(extra) + "元(解释I-08)");
            } else {
                e.add(() -> "柱头高" + Texts.number(h) + "米≤" + Texts.number(column.above()) + "米");
            }
        }
        var proRata = e.row.proRata();
        if (proRata != null) {
            e.cite("I-22");
            BigDecimal h = measurement(in, proRata.measure(), path, item, w);
            if (h == null) {
                return false;
            }
            if (h.compareTo(proRata.fullAt()) < 0) {
                e.times(proRataFraction(h, proRata.fullAt()));
                e.add(() -> "出地" + Texts.number(h) + "米,不达" + Texts.number(proRata.fullAt()) + "米按比例折算");
            } else {
                e.add(() -> "出地" + Texts.number(h) + "米,达" + Texts.number(proRata.fullAt()) + "米按全额");
            }
        }
        var surcharge = e.row.surcharge();
        boolean asked = Boolean.TRUE.equals(in.decorated()) || in.surchargePercent() != null;
        if (asked && surcharge == null) {
            w.violation(path + ".decorated", "no-surcharge-rule", "「" + item.label() + "」没有装潢加价规定",
                    "this row has no decoration surcharge");
            return false;
        }
        if (asked) {
            e.cite("I-17");
            boolean applies = readings.stairSurchargeScope() == Readings.StairSurchargeScope.ALL_STAIR_ROWS
                    || (item.remarks() != null && item.remarks().contains("装潢"));
            BigDecimal pct = in.surchargePercent();
            if (pct != null && (pct.compareTo(surcharge.minPercent()) < 0 || pct.compareTo(surcharge.maxPercent()) > 0)) {
                w.violation(path + ".surchargePercent", "surcharge-outside-range", "装潢加价比例须在"
                        + Texts.number(surcharge.minPercent()) + "%-" + Texts.number(surcharge.maxPercent()) + "%之间",
                        "surchargePercent must lie within " + Texts.number(surcharge.minPercent()) + "–"
                                + Texts.number(surcharge.maxPercent()));
                return false;
            }
            if (!applies) {
                e.add("按解释I-17,装潢加价只适用于砖台阶,本行不加价");
            } else if (pct != null) {
                e.times(BigDecimal.ONE.add(percentFraction(pct)));
                e.add(() -> "有装潢,加价" + Texts.number(pct) + "%");
            } else {
                e.set(e.min.multiply(BigDecimal.ONE.add(percentFraction(surcharge.minPercent()))),
                        e.max.multiply(BigDecimal.ONE.add(percentFraction(surcharge.maxPercent()))));
                e.add(() -> "有装潢,未定比例,按加价" + Texts.number(surcharge.minPercent()) + "%-"
                        + Texts.number(surcharge.maxPercent()) + "%列区间");
            }
        }
        return true;
    }

    // ---- area swaps -----------------------------------------------------------------------------------------

    private void areaSwaps(MainHouse m, Work w) {
        if (m == null || !w.violations.isEmpty()) {
            return; // an invalid area (1E+2147483647 …) is reported, never multiplied
        }
        ScheduleItem main = schedule.item(SWAP_MAIN).orElseThrow();
        ScheduleItem home = schedule.item(SWAP_HOMESTEAD).orElseThrow();
        if (m.measuredAreaM2() != null && m.measuredAreaM2().signum() > 0) {
            BigDecimal ratio = ((Price.Swap) main.price()).ratio();
            BigDecimal area = m.measuredAreaM2();
            w.swaps.add(AreaSwap.explainedBy(main.code(), main.clause(), main.category(), main.spec(), area, ratio,
                    Rounding.area(area.multiply(ratio)),
                    () -> "正房按实测面积" + Texts.number(area) + "m²以1:" + Texts.number(ratio) + "置换"));
        }
        if (m.homesteadCertificateAreaM2() != null && m.footprintM2() != null
                && m.homesteadCertificateAreaM2().signum() > 0 && m.footprintM2().signum() > 0) {
            BigDecimal ratio = ((Price.Swap) home.price()).ratio();
            BigDecimal certificate = m.homesteadCertificateAreaM2();
            BigDecimal footprint = m.footprintM2();
            BigDecimal basis = certificate.subtract(footprint).max(BigDecimal.ZERO);
            boolean verify = footprint.compareTo(certificate) > 0
                    && readings.footprintOverCertificate() == Readings.FootprintOverCertificate.TOWN_VERIFICATION;
            if (verify) {
                w.pending.add(new PendingItem("宅基地", home.code(), home.section(), home.clause(), home.category(),
                        home.spec(), Mode.VERIFICATION, Mode.VERIFICATION.zh(), certificate, home.unit(),
                        "正房占地面积" + Texts.number(footprint) + "m²大于宅基地证面积" + Texts.number(certificate)
                                + "m²,按一(一)注5由凤城镇政府核实后再予置换(解释I-45)"));
            }
            Supplier<String> why = footprint.compareTo(certificate) > 0
                    ? () -> "正房占地面积大于宅基地证面积,宅基地置换面积为0(解释I-19)"
                    + (verify ? ",待凤城镇政府核实(一(一)注5,解释I-45)" : "")
                    : () -> "宅基地证面积" + Texts.number(certificate) + "m²扣除正房占地" + Texts.number(footprint)
                    + "m²,余" + Texts.number(basis) + "m²以1:" + Texts.number(ratio) + "置换(解释I-19)";
            w.swaps.add(AreaSwap.explainedBy(home.code(), home.clause(), home.category(), home.spec(), basis, ratio,
                    Rounding.area(basis.multiply(ratio)), why));
        }
    }

    // ---- subsidies and incentive ----------------------------------------------------------------------------

    /** 三(一) once, 三(二) for 24 months (48 for an approved hardship of a sole dwelling). */
    private void subsidies(Household h, Work w) {
        BigDecimal area = h.demolishedBuildingAreaM2();
        if (area == null || area.signum() <= 0 || area.compareTo(MAX_AREA) > 0) {
            if (area == null) {
                w.notices.add("未填写被拆迁房屋建筑面积,未计算三(一)搬迁补助和三(二)临时安置补助");
            }
            return;
        }
        ScheduleItem moving = schedule.item(MOVING_SUBSIDY).orElseThrow();
        Eval m = subsidyTier(moving, area, "");
        m.cite("I-28");
        subsidyLine(w, m, "三(一)", BigDecimal.ONE, moving.unit(), "", ",一次性支付");

        ScheduleItem settlement = schedule.item(SETTLEMENT).orElseThrow();
        Eval s = subsidyTier(settlement, area, "/月");
        s.cite("I-28");
        int months = settlement.months();
        String extra = "";
        if (h.isSoleDwelling() && h.isHardshipExtensionApproved()) {
            months += settlement.hardshipExtraMonths();
            extra = ",唯一住房临时安置确有困难经批准增加" + settlement.hardshipExtraMonths() + "个月(解释I-20)";
            s.cite("I-20");
        }
        subsidyLine(w, s, "三(二)", BigDecimal.valueOf(months), "月", "", ";一次性支付" + months + "个月" + extra);
    }

    /** A line of 三(一)/三(二) or 一(三): the tier's amount [min, max] times {@code n}. */
    private static void subsidyLine(Work w, Eval e, String ref, BigDecimal n, String unit, String prefix,
                                    String suffix) {
        e.amounts(n);
        w.line(e.row, ref, n, unit, e.min, e.max, e.amountMin, e.amountMax, status(e), e.joined(prefix, suffix),
                e.interpretations());
    }

    /** 一(三): for each 处 of livestock keeping, a moving subsidy and three months of settlement (I-21). */
    private void livestockSubsidies(List<LivestockPremises> premises, Work w) {
        ScheduleItem moving = schedule.item(LIVESTOCK_MOVING).orElseThrow();
        ScheduleItem settlement = schedule.item(LIVESTOCK_SETTLEMENT).orElseThrow();
        for (int i = 0; i < premises.size(); i++) {
            LivestockPremises p = premises.get(i);
            if (p == null || p.areaM2() == null || p.areaM2().signum() <= 0 || p.areaM2().compareTo(MAX_AREA) > 0) {
                continue;
            }
            String ref = p.ref() == null || p.ref().isBlank() ? "处" + (i + 1) : p.ref();
            String name = p.name() == null || p.name().isBlank() ? "" : "「" + p.name() + "」";
            Eval m = subsidyTier(moving, p.areaM2(), "");
            m.cite("I-21");
            subsidyLine(w, m, ref, BigDecimal.ONE, moving.unit(), "养殖场所" + name, "");
            Eval s = subsidyTier(settlement, p.areaM2(), "/月");
            s.cite("I-21");
            subsidyLine(w, s, ref, BigDecimal.valueOf(settlement.months()), "月", "养殖场所" + name,
                    ";一次性补助" + settlement.months() + "个月");
        }
    }

    private static LineStatus status(Eval e) {
        return e.min.compareTo(e.max) == 0 ? LineStatus.EXACT : LineStatus.RANGE;
    }

    /** The amount of an area-tiered subsidy; reports the 30 m² cliff (I-09) where it bites. */
    private Eval subsidyTier(ScheduleItem item, BigDecimal area, String per) {
        Eval e = new Eval(row(item));
        List<ResolvedTier> table = e.row.tiers();
        ResolvedTier r = TierResolver.find(table, area);
        Tier t = r.tier();
        String defect = printedDefect(e.row, area);
        if (defect != null) {
            e.citeAll(e.row.defectCites().get(defect));
        }
        Supplier<String> base = () -> Measure.AREA_M2.say(area) + ",属「" + t.printed() + "」档(" + (defect == null
                ? "" : "印刷分档" + DEFECT_ZH.get(defect) + ",按解释读作") + Measure.AREA_M2.say(r.bounds()) + ")";
        if (!t.perMeasure()) {
            e.set(t.low(), t.high());
            e.add(() -> base.get() + ",计" + range(t.low(), t.high()) + "元" + per);
            return e;
        }
        BigDecimal lo = t.low().multiply(area);
        BigDecimal hi = t.high().multiply(area);
        BigDecimal byArea0 = lo;
        BigDecimal byArea1 = hi;
        e.add(() -> base.get() + ",按" + range(t.low(), t.high()) + "元/m²计" + range(byArea0, byArea1) + "元" + per);
        if (r.index() > 0 && !table.get(r.index() - 1).tier().perMeasure()) {
            Tier flat = table.get(r.index() - 1).tier();
            String flatWords = Measure.AREA_M2.say(flat.printedBounds()); // the tier as printed: 「不足30平方米」
            // A cliff: the area rule pays less than the least the flat amount below it pays (I-09). Inside a flat
            // range (一(三) 300-400 元/处 against 7 元/m² at 57 m²) there is none.
            boolean cliff = lo.compareTo(flat.low()) < 0;
            if (cliff) {
                e.cite("I-09");
            }
            if (readings.subsidyCliff() == Readings.SubsidyCliff.NO_LESS_THAN_FLAT
                    && (lo.compareTo(flat.low()) < 0 || hi.compareTo(flat.high()) < 0)) {
                e.cite("I-09");
                lo = lo.max(flat.low());
                hi = hi.max(flat.high());
                e.add(() -> "低于「" + flatWords + "」一档的定额" + range(flat.low(), flat.high()) + "元" + per
                        + ",按解释I-09补足至定额");
            } else if (cliff) {
                e.add(() -> "注意:低于「" + flatWords + "」一档的定额" + range(flat.low(), flat.high()) + "元" + per
                        + ",按文字执行(解释I-09)");
            }
        }
        e.set(lo, hi);
        return e;
    }

    /**
     * {@code height / fullAt} exactly as {@code height.divide(fullAt, DECIMAL128)} gives it (I-22). The print's
     * full height is 1 米, and dividing by a power of ten is exact at the scale BigDecimal prefers; the general
     * division computes 34 digits and then strips the zeros one BigInteger division at a time.
     */
    static BigDecimal proRataFraction(BigDecimal height, BigDecimal fullAt) {
        if (fullAt.unscaledValue().equals(java.math.BigInteger.ONE) && height.precision() <= 34) {
            return height.scaleByPowerOfTen(fullAt.scale());
        }
        return height.divide(fullAt, java.math.MathContext.DECIMAL128);
    }

    /**
     * {@code percent / 100} exactly as {@code percent.divide(100)} gives it (the same value and scale: the quotient's
     * trailing zeros dropped down to the percent's own scale), without the general division's work.
     */
    static BigDecimal percentFraction(BigDecimal percent) {
        if (percent.signum() == 0) {
            return percent.divide(HUNDRED);
        }
        BigDecimal q = percent.movePointLeft(2).stripTrailingZeros();
        return q.scale() < percent.scale() ? q.setScale(percent.scale()) : q;
    }

    /** An amount or a range of amounts in 元, as a household reads it (「334」「333.90-445.20」). */
    private static String range(BigDecimal lo, BigDecimal hi) {
        return lo.compareTo(hi) == 0 ? Texts.yuan(lo) : Texts.yuan(lo) + "-" + Texts.yuan(hi);
    }

    /** 三(三): decided by {@link IncentiveRule}; its line, notices, pending items and violations join the quote. */
    private Incentive incentive(Dates d, Work w) {
        IncentiveRule.Outcome o = incentiveRule.apply(d);
        w.notices.addAll(o.notices());
        w.pending.addAll(o.pending());
        w.violations.addAll(o.violations());
        IncentiveRule.Line l = o.line();
        if (l != null) {
            ScheduleItem item = schedule.item(INCENTIVE).orElseThrow();
            w.line(row(item), "三(三)", BigDecimal.ONE, item.unit(), l.unitAmount(), l.unitAmount(), l.amount(),
                    l.amount(), LineStatus.EXACT, l.why(), l.interpretations());
        }
        return o.incentive();
    }

    /**
     * The line references seen so far, to find one used twice: an open-addressing table of the strings themselves,
     * since a HashSet's entry per line was a tenth of a quote's allocation. References are the caller's text, and
     * strings chosen to share a hash make probing quadratic, so the table is used only up to {@link #TABLE_LINES}
     * lines (at worst ≈ 33,000 string comparisons); larger households use a HashSet, whose colliding buckets become
     * trees.
     */
    private static final class RefSet {
        static final int TABLE_LINES = 256;
        private final String[] table;
        private final Set<String> large;

        RefSet(int lines) {
            table = lines <= TABLE_LINES ? new String[Integer.highestOneBit(Math.max(8, lines) * 2) * 2] : null;
            large = table == null ? new HashSet<>(lines * 2) : null;
        }

        /** False if {@code ref} was added before. */
        boolean add(String ref) {
            if (large != null) {
                return large.add(ref);
            }
            int mask = table.length - 1;
            int h = ref.hashCode();
            for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
                String seen = table[i];
                if (seen == null) {
                    table[i] = ref;
                    return true;
                }
                if (seen.equals(ref)) {
                    return false;
                }
            }
        }
    }

    /**
     * The lines, swaps, pending items, notices and violations gathered while quoting one household, and the sums of
     * its lines per section.
     */
    private static final class Work {
        final List<QuoteLine> lines = new ArrayList<>();
        final List<AreaSwap> swaps = new ArrayList<>();
        final List<PendingItem> pending = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
        /** Rows paid per household already listed, with the index of their line. */
        final Map<String, Integer> perHouseholdRows = new HashMap<>(4);

        final BigDecimal[] sectionMins;
        final BigDecimal[] sectionMaxs;

        Work(int sections) {
            sectionMins = new BigDecimal[sections];
            sectionMaxs = new BigDecimal[sections];
        }

        void violation(String field, String rule, String zh, String en) {
            violations.add(new Violation(field, rule, zh, en));
        }

        private static IllegalStateException notRounded(BigDecimal amountMin, BigDecimal amountMax) {
            return new IllegalStateException("line amounts must be rounded to the fen: " + amountMin + ", " + amountMax);
        }

        /**
         * Adds a line and its amounts to its section's sums. Amounts are line amounts, rounded to the fen
         * ({@link Rounding#line}); when both are the same object (an exact amount computed once) the sums stay one
         * object too, so the amount is added once.
         */
        void line(Row row, String ref, BigDecimal quantity, String unit, BigDecimal unitMin,
                  BigDecimal unitMax, BigDecimal amountMin, BigDecimal amountMax, LineStatus status, Supplier<String> why,
                  List<String> interpretations) {
            if (amountMin.scale() != Rounding.FEN_SCALE || amountMax.scale() != Rounding.FEN_SCALE) {
                throw notRounded(amountMin, amountMax);
            }
            ScheduleItem item = row.item();
            int s = row.section();
            if (s >= 0) {
                BigDecimal[] mins = sectionMins;
                BigDecimal[] maxs = sectionMaxs;
                if (mins[s] == null) {
                    mins[s] = amountMin;
                    maxs[s] = amountMax;
                } else if (mins[s] == maxs[s] && amountMin == amountMax) {
                    mins[s] = mins[s].add(amountMin);
                    maxs[s] = mins[s];
                } else {
                    mins[s] = mins[s].add(amountMin);
                    maxs[s] = maxs[s].add(amountMax);
                }
            }
            lines.add(new QuoteLine(lines.size() + 1, ref, item.code(), item.section(), item.clause(),
                    item.category(), item.spec(), item.printed(), quantity, unit, unitMin, unitMax, amountMin,
                    amountMax, status, why, null, interpretations));
        }
    }
}
