package cn.wenshui.compensation.quote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import cn.wenshui.compensation.schedule.Tier;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine computes some things a faster way than the obvious one (issue 5); each shortcut must give exactly
 * what the obvious way gives, value and scale, or a quote's figures and texts would change.
 */
@DisplayName("引擎的快捷算法与直接算法结果完全相同(数值与小数位)")
class EngineShortcutsTest {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Test
    @DisplayName("装潢加价比例:percent/100 与 BigDecimal.divide(100) 相同")
    void percentFractionIsTheDivision() {
        int checked = 0;
        for (int scale = -3; scale <= 6; scale++) {
            for (long unscaled = 0; unscaled <= 20_000; unscaled += unscaled < 1_000 ? 1 : 7) {
                for (long sign : new long[] {1, -1}) {
                    BigDecimal pct = BigDecimal.valueOf(sign * unscaled, scale);
                    BigDecimal expected = pct.divide(HUNDRED);
                    BigDecimal actual = QuoteEngine.percentFraction(pct);
                    assertThat(actual).as("%s", pct).isEqualTo(expected); // equals: value and scale
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    @DisplayName("印刷分档无缺陷的表不再逐档检查:对这些表,每个落在档内的值印刷上恰属一档")
    void tablesAppliedAsPrintedHaveNoPrintedDefect() throws Exception {
        Schedule schedule = ScheduleLoader.loadDefault();
        int clean = 0;
        for (Readings readings : List.of(Readings.defaults(), Readings.of(java.util.Map.of(
                "tier-boundary-point", "UPPER_TIER", "tier-gap", "JOIN_LOWER")))) {
            for (ScheduleItem item : schedule.items()) {
                if (!(item.price() instanceof Price.Tiered t)) {
                    continue;
                }
                List<ResolvedTier> resolved = TierResolver.resolve(t.tiers(), readings);
                if (!TierResolver.printedAsApplied(t.tiers(), resolved)) {
                    continue;
                }
                clean++;
                for (BigDecimal v : probes(t.tiers())) {
                    if (TierResolver.find(resolved, v) != null) {
                        assertThat(TierResolver.printedDefect(t.tiers(), v)).as("%s at %s", item.code(), v).isNull();
                    }
                }
            }
        }
        assertThat(clean).as("tables applied as printed").isPositive();
    }

    /** Every bound, the midpoints between neighbouring bounds, and values just beside each bound. */
    private static List<BigDecimal> probes(List<Tier> tiers) {
        TreeSet<BigDecimal> bounds = new TreeSet<>();
        for (Tier t : tiers) {
            if (t.lower() != null) {
                bounds.add(t.lower());
            }
            if (t.upper() != null) {
                bounds.add(t.upper());
            }
        }
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal eps = new BigDecimal("0.0001");
        BigDecimal previous = null;
        for (BigDecimal b : bounds) {
            out.add(b);
            out.add(b.subtract(eps));
            out.add(b.add(eps));
            if (previous != null) {
                out.add(previous.add(b).divide(BigDecimal.valueOf(2)));
            }
            previous = b;
        }
        if (previous != null) {
            out.add(previous.multiply(BigDecimal.TEN).add(BigDecimal.ONE));
        }
        return out;
    }
}
