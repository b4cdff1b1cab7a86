package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import cn.wenshui.compensation.schedule.Tier;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A tier table over one measure: 一(一) 「菜窖 深 1.2m 以下 90 … ≥2 米 200」, 「家用采暖锅炉 100m² 以下 2000 …」,
 * 「砖土人工井 5 米以内 3000 元/口 …」, 一(二) 涵洞, 管涵, 排水渠, 输水管道, 二 果树 and 木材树 by 胸径. The tier
 * bounds are read as the readings resolve the print's repeated, missing and overlapping bounds (I-01, I-02); a tier
 * priced per measure is multiplied by the value. Its exception sits here: a blank printed cell (I-05).
 */
final class TierPrice {
    private static final Map<String, String> DEFECT_ZH = Map.of("point", "分界值重复或缺失", "gap", "有空档",
            "overlap", "有重叠");
    private final Readings readings;

    TierPrice(Readings readings) {
        this.readings = readings;
    }

    boolean price(ScheduleItem item, Price.Tiered t, ItemInput in, String path, LineWork e, QuoteWork w) {
        Measure m = t.measure();
        BigDecimal value = InventoryChecks.measurement(in, m, path, item, w);
        if (value == null) {
            return false;
        }
        ResolvedTier r = TierResolver.find(e.row.tiers(), value);
        if (r == null) {
            w.violation(path + ".measurements." + m.key(), "no-tier", "「" + item.label() + "」没有适用于"
                    + m.zh() + Texts.number(value) + m.unit() + "的档次",
                    "no tier of this row covers " + m.key() + " = " + Texts.number(value));
            return false;
        }
        e.resolved = r;
        Supplier<String> at = placed(e, m, value, r);
        Tier tier = r.tier();
        if (tier.blank()) {
            blankCell(item, r, at, e);
            return true;
        }
        e.tier = tier;
        e.price = tier.perMeasure() ? Money.between(tier.low(), tier.high()).times(value)
                : Money.between(tier.low(), tier.high());
        e.add(() -> "按" + item.clause() + "「" + item.label() + "」" + at.get() + " " + priceText(tier, item));
        return true;
    }

    /**
     * Where {@code value} falls in the row's table, as the explanation says it: 「深1.3米,属「≤1.2 米 -1.5 米」档
     * (1.2米<深≤1.5米)」. Where the print is defective at that value the line cites the readings that settle it.
     */
    static Supplier<String> placed(LineWork e, Measure m, BigDecimal value, ResolvedTier r) {
        String defect = TierResolver.defectAt(e.row.printedDefects(), value);
        if (defect != null) {
            e.citeAll(e.row.defectCites().get(defect));
        }
        return () -> m.say(value) + ",属「" + r.tier().printed() + "」档(" + (defect == null ? ""
                : "印刷分档" + DEFECT_ZH.get(defect) + ",按解释读作") + m.say(r.bounds()) + ")";
    }

    /**
     * I-05, 二(一) 果树 「零星未挂果树」: three cells of the column are printed blank. By default the nearest printed
     * cell above applies (CARRY_FORWARD); MERGED_WITH_BELOW takes the one below; APPRAISAL sends the line there.
     */
    private void blankCell(ScheduleItem item, ResolvedTier r, Supplier<String> at, LineWork e) {
        e.cite(Cites.I_05_BLANK_CELL);
        if (readings.blankCell() == Readings.BlankCell.APPRAISAL) {
            e.pending = at.get() + ",该格印刷空白,按解释I-05转评估";
            return;
        }
        List<ResolvedTier> table = e.row.tiers();
        Tier filled = readings.blankCell() == Readings.BlankCell.MERGED_WITH_BELOW
                ? mergedWithBelow(table, r.index()) : carryForward(table, r.index());
        e.tier = filled;
        e.price = Money.between(filled.low(), filled.high());
        e.add(() -> at.get() + ",该格空白,取「" + filled.printed() + "」档" + priceText(filled, item) + "(解释I-05)");
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

    /** I-05 CARRY_FORWARD: the nearest printed cell above, or below where none is above. */
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
}
