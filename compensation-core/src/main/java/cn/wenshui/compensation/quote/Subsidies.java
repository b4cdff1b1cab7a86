package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.money.MoneyFormat;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Tier;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The subsidies computed from the household facts, by area, each tier as the schedule prints it (the printed words
 * and figures are the rows' own, in the schedule file):
 * <ul>
 *   <li>三(一), row {@code 3-1.moving-subsidy}: once, on the demolished building area (I-28);</li>
 *   <li>三(二), row {@code 3-2.settlement}: per month for the row's {@code months}, on the same area (I-28), plus the
 *       row's {@code hardshipExtraMonths} for an approved hardship of a sole dwelling (I-20);</li>
 *   <li>一(三), rows {@code 1-3.moving-subsidy} and {@code 1-3.settlement}: per 处 of livestock premises, on its own
 *       area (I-21).</li>
 * </ul>
 * Its exception sits here: just past 30 m² the per-m² rule may pay less than the flat amount below it (I-09).
 */
final class Subsidies {
    private final Readings readings;
    private final PricedRow moving;
    private final PricedRow settlement;
    private final PricedRow livestockMoving;
    private final PricedRow livestockSettlement;

    Subsidies(Readings readings, Map<String, PricedRow> rows) {
        this.readings = readings;
        this.moving = rows.get(QuoteEngine.MOVING_SUBSIDY);
        this.settlement = rows.get(QuoteEngine.SETTLEMENT);
        this.livestockMoving = rows.get(QuoteEngine.LIVESTOCK_MOVING);
        this.livestockSettlement = rows.get(QuoteEngine.LIVESTOCK_SETTLEMENT);
    }

    /** 三(一) once, 三(二) for 24 months (48 for an approved hardship of a sole dwelling). */
    void household(Household h, QuoteWork w) {
        BigDecimal area = h.demolishedBuildingAreaM2();
        if (area == null) {
            w.notices.add("未填写被拆迁房屋建筑面积,未计算" + moving.item().clause() + "搬迁补助和"
                    + settlement.item().clause() + settlement.item().category());
            return;
        }
        if (area.signum() <= 0 || area.compareTo(InventoryChecks.MAX_AREA) > 0) {
            return; // reported by the inventory checks
        }
        LineWork m = tier(moving, area, "");
        m.cite(Cites.I_28_SUBSIDY_AREA);
        line(w, m, "三(一)", BigDecimal.ONE, moving.item().unit(), "", ",一次性支付");

        ScheduleItem item = settlement.item();
        LineWork s = tier(settlement, area, "/月");
        s.cite(Cites.I_28_SUBSIDY_AREA);
        int months = item.months();
        String extra = "";
        if (h.isSoleDwelling() && h.isHardshipExtensionApproved()) {
            months += item.hardshipExtraMonths();
            extra = ",唯一住房临时安置确有困难经批准增加" + item.hardshipExtraMonths() + "个月(解释I-20)";
            s.cite(Cites.I_20_HARDSHIP_EXTENSION);
        }
        line(w, s, "三(二)", BigDecimal.valueOf(months), "月", "", ";一次性支付" + months + "个月" + extra);
    }

    /** 一(三): for each 处 of livestock keeping, a moving subsidy and three months of settlement (I-21). */
    void livestock(List<LivestockPremises> premises, QuoteWork w) {
        for (int i = 0; i < premises.size(); i++) {
            LivestockPremises p = premises.get(i);
            if (p == null || p.areaM2() == null || p.areaM2().signum() <= 0
                    || p.areaM2().compareTo(InventoryChecks.MAX_AREA) > 0) {
                continue; // reported by the inventory checks
            }
            String ref = p.ref() == null || p.ref().isBlank() ? "处" + (i + 1) : p.ref();
            String name = "养殖场所" + (p.name() == null || p.name().isBlank() ? "" : "「" + p.name() + "」");
            LineWork m = tier(livestockMoving, p.areaM2(), "");
            m.cite(Cites.I_21_PER_PREMISES);
            line(w, m, ref, BigDecimal.ONE, livestockMoving.item().unit(), name, "");
            int months = livestockSettlement.item().months();
            LineWork s = tier(livestockSettlement, p.areaM2(), "/月");
            s.cite(Cites.I_21_PER_PREMISES);
            line(w, s, ref, BigDecimal.valueOf(months), "月", name, ";一次性补助" + months + "个月");
        }
    }

    /** A subsidy line: the tier's amount times {@code n} (once, or months), rounded to the fen. */
    private static void line(QuoteWork w, LineWork e, String ref, BigDecimal n, String unit, String prefix,
                             String suffix) {
        LineStatus status = e.price.isExact() ? LineStatus.EXACT : LineStatus.RANGE;
        w.line(e.row, ref, n, unit, e.price, e.price.times(n).toFen(), status, e.joined(prefix, suffix),
                e.interpretations());
    }

    /** The amount of an area-tiered subsidy: a flat amount, or a rate per m² times the area. */
    private LineWork tier(PricedRow row, BigDecimal area, String per) {
        LineWork e = new LineWork(row);
        ResolvedTier r = TierResolver.find(row.tiers(), area);
        Tier t = r.tier();
        Supplier<String> placed = TierPrice.placed(e, Measure.AREA_M2, area, r);
        Money printed = Money.between(t.low(), t.high());
        if (!t.perMeasure()) {
            e.price = printed;
            e.add(() -> placed.get() + ",计" + MoneyFormat.yuan(printed) + "元" + per);
            return e;
        }
        Money byArea = printed.times(area);
        e.add(() -> placed.get() + ",按" + MoneyFormat.yuan(printed) + "元/m²计" + MoneyFormat.yuan(byArea) + "元"
                + per);
        e.price = cliff(row.tiers(), r, byArea, per, e);
        return e;
    }

    /**
     * I-09: just past 30 m² the area rule may pay less than the least the flat amount below it pays (三(二) at 31 m²:
     * 6 元/m² → 186 元/月 against 200 元/月). LITERAL, the default, pays by the words and says so; NO_LESS_THAN_FLAT
     * raises each end to the flat amount.
     */
    private Money cliff(List<ResolvedTier> table, ResolvedTier r, Money byArea, String per, LineWork e) {
        if (r.index() == 0 || table.get(r.index() - 1).tier().perMeasure()) {
            return byArea;
        }
        Tier flat = table.get(r.index() - 1).tier();
        Money flatAmount = Money.between(flat.low(), flat.high());
        String flatWords = Measure.AREA_M2.say(flat.printedBounds()); // the tier as printed: 「不足30平方米」
        // Inside a flat range (一(三) 300-400 元/处 against 7 元/m² at 57 m²) there is no cliff.
        boolean cliff = byArea.min().compareTo(flat.low()) < 0;
        if (cliff) {
            e.cite(Cites.I_09_SUBSIDY_CLIFF);
        }
        if (readings.subsidyCliff() == Readings.SubsidyCliff.NO_LESS_THAN_FLAT
                && (cliff || byArea.max().compareTo(flat.high()) < 0)) {
            e.cite(Cites.I_09_SUBSIDY_CLIFF);
            e.add(() -> "低于「" + flatWords + "」一档的定额" + MoneyFormat.yuan(flatAmount) + "元" + per
                    + ",按解释I-09补足至定额");
            return byArea.atLeast(flatAmount);
        }
        if (cliff) {
            e.add(() -> "注意:低于「" + flatWords + "」一档的定额" + MoneyFormat.yuan(flatAmount) + "元" + per
                    + ",按文字执行(解释I-09)");
        }
        return byArea;
    }
}
