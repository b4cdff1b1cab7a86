package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.schedule.Adjustment;
import cn.wenshui.compensation.schedule.Texts;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import cn.wenshui.compensation.schedule.TierResolver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;

/**
 * I-06 LINEAR_FROM_THRESHOLD: above the printed threshold (杨树、国槐 10 公分, 柳树 20 公分) the price is the
 * tier price at the threshold plus 10 元 for each full cm beyond it, in place of the tiers above.
 */
final class TimberLinear {
    private TimberLinear() {
    }

    /** The price per 株 and why; null at or below the threshold (the printed tier applies). */
    record Price(BigDecimal amount, Supplier<String> why) {
    }

    static Price price(Adjustment.TimberIncrement t, BigDecimal diameterCm, List<ResolvedTier> tiers) {
        if (diameterCm.compareTo(t.above()) <= 0) {
            return null;
        }
        ResolvedTier at = TierResolver.find(tiers, t.above());
        BigDecimal base = at.tier().amount();
        BigDecimal cm = diameterCm.subtract(t.above()).setScale(0, RoundingMode.FLOOR);
        BigDecimal extra = t.perCm().multiply(cm);
        BigDecimal amount = base.add(extra);
        return new Price(amount, () -> "自" + Texts.number(t.above()) + "公分起按「" + at.tier().printed() + "」"
                + Texts.number(base) + "元,每满1cm加" + Texts.number(t.perCm()) + "元,满" + Texts.number(cm)
                + "cm加" + Texts.number(extra) + "元,计" + Texts.number(amount) + "元(解释I-06)");
    }
}
