package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import cn.wenshui.compensation.schedule.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inventory as the engine accepts it, checked before anything is priced: the household's facts (ids, areas,
 * premises, dates within range), and each line's code, measurements and quantity — whole counts for rows counted in
 * 株, 个, 口 …, once per household for rows paid 元/户. Every breach becomes a violation naming the field and the
 * rule (zh and en); nothing invalid is computed with.
 */
final class InventoryChecks {
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    static final BigDecimal MAX_AREA = new BigDecimal("100000");
    static final BigDecimal MAX_PRICE = new BigDecimal("100000000");
    /** Measurements are taken to the millimetre or finer; more decimals are a typing or encoding error. */
    static final int MAX_DECIMALS = 4;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Set<String> MEASURE_KEYS = Arrays.stream(Measure.values()).map(Measure::key)
            .collect(Collectors.toUnmodifiableSet());
    private final Schedule schedule;

    InventoryChecks(Schedule schedule) {
        this.schedule = schedule;
    }

    // ---- the household's facts ------------------------------------------------------------------------------

    /** The rule of 三(二)'s hardship extension, its months and the row's name read from row 3-2.settlement (I-20). */
    private String hardshipRule(String rest) {
        ScheduleItem settlement = schedule.item(QuoteEngine.SETTLEMENT).orElseThrow();
        return settlement.clause() + ":延长" + hardshipMonths() + "个月" + settlement.category() + rest;
    }

    private int hardshipMonths() {
        return schedule.item(QuoteEngine.SETTLEMENT).orElseThrow().hardshipExtraMonths();
    }

    void household(Household h, QuoteWork w) {
        if (h.id() == null || h.id().isBlank()) {
            w.violation("id", "required", "缺少住户编号", "the household id is missing");
        } else if (h.id().length() > 64) {
            w.violation("id", "too-long", "住户编号不得超过64个字符", "the household id must be at most 64 characters");
        }
        text(h.headOfHousehold(), "headOfHousehold", w);
        text(h.village(), "village", w);
        if (h.isHardshipExtensionApproved() && !h.isSoleDwelling()) {
            w.violation("hardshipExtensionApproved", "hardship-requires-sole-dwelling",
                    hardshipRule("仅适用于唯一住房的拆迁户"), "三(二): the " + hardshipMonths()
                            + "-month extension applies only to a household's sole dwelling");
        }
        if (h.demolishedBuildingAreaM2() != null) {
            positive(h.demolishedBuildingAreaM2(), MAX_AREA, "demolishedBuildingAreaM2", "被拆迁房屋建筑面积", w);
        }
        if (h.mainHouse() != null) {
            mainHouse(h.mainHouse(), w);
        }
        for (int i = 0; i < h.livestockPremises().size(); i++) {
            premises(h.livestockPremises().get(i), "livestockPremises[" + i + "]", w);
        }
        Dates d = h.dates();
        if (d != null) {
            date(d.agreementSigned(), "dates.agreementSigned", w);
            date(d.compensationPaid(), "dates.compensationPaid", w);
            date(d.movedOut(), "dates.movedOut", w);
        }
    }

    /** 一(一) 房屋面积置换: the main house's areas; the homestead swap needs the footprint (I-44 for none). */
    private static void mainHouse(MainHouse m, QuoteWork w) {
        if (m.measuredAreaM2() == null && m.homesteadCertificateAreaM2() == null) {
            w.violation("mainHouse.measuredAreaM2", "required", "正房须填写实测面积或宅基地证面积",
                    "the main house needs its measured area or the homestead certificate area");
        }
        if (m.measuredAreaM2() != null) {
            positive(m.measuredAreaM2(), MAX_AREA, "mainHouse.measuredAreaM2", "正房实测面积", w);
        }
        if (m.homesteadCertificateAreaM2() != null) {
            positive(m.homesteadCertificateAreaM2(), MAX_AREA, "mainHouse.homesteadCertificateAreaM2", "宅基地证面积", w);
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

    /** 一(三): each livestock premises needs its area. */
    private static void premises(LivestockPremises p, String path, QuoteWork w) {
        if (p == null) {
            w.violation(path, "required", "养殖场所为空", "the premises entry is empty");
        } else if (p.areaM2() == null) {
            w.violation(path + ".areaM2", "required", "一(三):须填写养殖场所面积", "一(三): the premises area is required");
        } else {
            positive(p.areaM2(), MAX_AREA, path + ".areaM2", "养殖场所面积", w);
        }
    }

    private static void text(String s, String field, QuoteWork w) {
        if (s != null && s.length() > 200) {
            w.violation(field, "too-long", "不得超过200个字符", "must be at most 200 characters");
        }
    }

    private static void date(LocalDate d, String field, QuoteWork w) {
        if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
            w.violation(field, "date-out-of-range", "日期须在2000-01-01至2100-12-31之间",
                    "the date must lie between 2000-01-01 and 2100-12-31");
        }
    }

    /** A figure greater than 0, at most {@code max}, with at most {@link #MAX_DECIMALS} decimals. */
    static boolean positive(BigDecimal x, BigDecimal max, String field, String zh, QuoteWork w) {
        return positive(x, max, field, "", zh, w);
    }

    /** As above, for the field {@code path + suffix} (named only when a violation is reported). */
    static boolean positive(BigDecimal x, BigDecimal max, String path, String suffix, String zh, QuoteWork w) {
        if (x.signum() > 0 && x.compareTo(max) <= 0 && x.scale() <= MAX_DECIMALS) {
            return true;
        }
        String field = path + suffix;
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

    // ---- an inventory line ----------------------------------------------------------------------------------

    /** The row a line's code names, or null (reported) when there is none or it is not listed as an item. */
    PricedRow row(ItemInput in, String path, Map<String, PricedRow> rows, QuoteWork w) {
        if (in.code() == null || in.code().isBlank()) {
            w.violation(path + ".code", "required", "缺少项目编码", "the schedule code is missing");
            return null;
        }
        PricedRow row = rows.get(in.code());
        if (row == null) {
            w.violation(path + ".code", "unknown-code", "补偿标准中没有编码「" + in.code() + "」",
                    "no schedule row has code '" + in.code() + "'");
            return null;
        }
        for (String key : in.measurements().keySet()) {
            if (!isMeasure(key)) {
                w.violation(path + ".measurements." + key, "unknown-measurement", "未知的测量项「" + key + "」",
                        "unknown measurement '" + key + "'");
            }
        }
        return listable(row, path, w) ? row : null;
    }

    private static boolean isMeasure(String key) {
        return MEASURE_KEYS.contains(key);
    }

    /** Subsidies, the incentive and area swaps come from the household facts, never from a line. */
    private static boolean listable(PricedRow row, String path, QuoteWork w) {
        ScheduleItem item = row.item();
        if (item.mode() == Mode.AREA_SWAP) {
            w.violation(path + ".code", "area-swap-not-an-item", "房屋面积置换由正房信息(mainHouse)计算,不作为清单行",
                    "area swaps are computed from mainHouse, not listed as items");
            return false;
        }
        // rows the schedule marks computedFrom: listing them as items would pay them twice
        if (row.computed()) {
            w.violation(path + ".code", "computed-row-not-an-item", "「" + item.label() + "」由住户信息自动计算("
                            + item.clause() + "),不作为清单行",
                    "this subsidy or incentive is computed from the household facts, not listed");
            return false;
        }
        return true;
    }

    /** The line's quantity: present, positive, in range, and a whole count where the unit counts things. */
    boolean quantity(PricedRow row, BigDecimal quantity, String path, QuoteWork w) {
        if (quantity == null) {
            w.violation(path + ".quantity", "required", "缺少数量", "the quantity is missing");
            return false;
        }
        return positive(quantity, MAX_QUANTITY, path, ".quantity", "数量", w) && wholeCount(row, quantity, path, w);
    }

    /**
     * A quantity in a unit that counts things (株, 个, 口, 户 … : the schedule's units say which) is a whole number;
     * one in a unit paid once per household (元/户) is 1.
     */
    boolean wholeCount(PricedRow row, BigDecimal quantity, String path, QuoteWork w) {
        Unit unit = schedule.unit(row.unit()).orElseThrow();
        boolean fraction = unit.counted() && quantity.stripTrailingZeros().scale() > 0;
        boolean more = unit.oncePerHousehold() && quantity.compareTo(BigDecimal.ONE) > 0;
        if (!fraction && !more) {
            return true;
        }
        String q = Texts.number(quantity.stripTrailingZeros());
        if (fraction) {
            w.violation(path + ".quantity", "whole-count-required", "「" + row.item().label() + "」按「" + unit.name()
                            + "」计数,数量须为整数,不能是" + q,
                    "this row is counted in " + unit.unit() + " (whole things): the quantity must be a whole number, not "
                            + q);
            return false;
        }
        w.violation(path + ".quantity", "once-per-household", "「" + row.item().label() + "」按「元/" + unit.name()
                        + "」补偿,每户只补偿一次,数量须为1,不能是" + q,
                "this row is paid per household (元/" + unit.unit() + "), once: the quantity must be 1, not " + q);
        return false;
    }

    /** A row paid per household (元/户) may stand on one line of the inventory only. */
    boolean oncePerHousehold(PricedRow row, int index, String path, QuoteWork w) {
        Unit unit = schedule.unit(row.unit()).orElseThrow();
        if (!unit.oncePerHousehold()) {
            return true;
        }
        Integer first = w.perHouseholdRows.putIfAbsent(row.item().code(), index);
        if (first == null) {
            return true;
        }
        w.violation(path + ".code", "once-per-household", "「" + row.item().label() + "」按「元/" + unit.name()
                        + "」补偿,每户只补偿一次,已在第" + (first + 1) + "行列出",
                "this row is paid per household (元/" + unit.unit() + "), once: it is already listed at items["
                        + first + "]");
        return false;
    }

    /** The measurement a rule needs, checked against the measure's range; null (reported) when missing or bad. */
    static BigDecimal measurement(ItemInput in, Measure m, String path, ScheduleItem item, QuoteWork w) {
        BigDecimal value = in.measurements().get(m.key());
        if (value == null) {
            w.violation(path + ".measurements." + m.key(), "measurement-required", "「" + item.label() + "」须填写"
                    + m.zh() + "(" + m.unit() + ")", "this row needs measurement " + m.key() + " (" + m.unit() + ")");
            return null;
        }
        return positive(value, m.max(), path + ".measurements." + m.key(), m.zh(), w) ? value : null;
    }
}
