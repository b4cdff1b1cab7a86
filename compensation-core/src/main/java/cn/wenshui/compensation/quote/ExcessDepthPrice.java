package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Texts;
import java.math.BigDecimal;

/**
 * A rate per metre of depth with more beyond a threshold, 一(一) 机井: 「钢管机井≤200 米 1100 元/m.深」, 「大于 200 米
 * 在 200 米以下基础上，按每米增加 100 元计」. The quantity is the depth. Beyond 200 m the print is read per I-07:
 * the whole depth at the higher rate (WHOLE_DEPTH, the default), the higher rate for the metres beyond only
 * (MARGINAL), or 100 元 more for each metre beyond (PLUS_100_PER_EXTRA_METRE).
 */
final class ExcessDepthPrice {
    private final Readings readings;

    ExcessDepthPrice(Readings readings) {
        this.readings = readings;
    }

    void price(Price.Excess x, BigDecimal depth, LineWork e) {
        e.cite(Cites.I_07_MACHINE_WELL);
        if (depth.compareTo(x.threshold()) <= 0) {
            e.price = Money.of(x.rate());
            e.add(() -> "深" + Texts.number(depth) + "米≤" + Texts.number(x.threshold()) + "米,按"
                    + Texts.number(x.rate()) + "元/米");
            return;
        }
        switch (readings.machineWellBeyond200m()) {
            case WHOLE_DEPTH -> wholeDepth(x, depth, e);
            case PLUS_100_PER_EXTRA_METRE -> plusPerExtraMetre(x, depth, e);
            case MARGINAL -> marginal(x, depth, e);
        }
    }

    /** I-07 WHOLE_DEPTH: every metre at the rate plus the increment. */
    private static void wholeDepth(Price.Excess x, BigDecimal depth, LineWork e) {
        BigDecimal higher = x.rate().add(x.excessIncrement());
        e.price = Money.of(higher);
        e.add(() -> "深" + Texts.number(depth) + "米>" + Texts.number(x.threshold()) + "米,整口按"
                + Texts.number(x.rate()) + "+" + Texts.number(x.excessIncrement()) + "="
                + Texts.number(higher) + "元/米(解释I-07)");
    }

    /** I-07 PLUS_100_PER_EXTRA_METRE: the first 200 m at the rate, each metre beyond at the increment alone. */
    private static void plusPerExtraMetre(Price.Excess x, BigDecimal depth, LineWork e) {
        BigDecimal excess = depth.subtract(x.threshold());
        e.exactAmount = x.rate().multiply(x.threshold()).add(x.excessIncrement().multiply(excess));
        e.price = null;
        e.add(() -> Texts.number(x.threshold()) + "米按" + Texts.number(x.rate()) + "元/米,超出的"
                + Texts.number(excess) + "米每米增加" + Texts.number(x.excessIncrement()) + "元(解释I-07)");
    }

    /** I-07 MARGINAL: the first 200 m at the rate, each metre beyond at the rate plus the increment. */
    private static void marginal(Price.Excess x, BigDecimal depth, LineWork e) {
        BigDecimal higher = x.rate().add(x.excessIncrement());
        BigDecimal excess = depth.subtract(x.threshold());
        e.exactAmount = x.rate().multiply(x.threshold()).add(higher.multiply(excess));
        e.price = null;
        e.add(() -> "前" + Texts.number(x.threshold()) + "米按" + Texts.number(x.rate()) + "元/米,超出的"
                + Texts.number(excess) + "米按" + Texts.number(higher) + "元/米(解释I-07)");
    }
}
