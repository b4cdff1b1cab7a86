package cn.wenshui.compensation.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import cn.wenshui.compensation.schedule.Tier;
import cn.wenshui.compensation.schedule.TierResolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Things the engine works out once per table or checks by hash must give what the obvious way gives: printed tier
 * defects precomputed against the scan, duplicate line references among strings that share a hash code.
 */
@DisplayName("预先算出的分档缺陷与逐档检查相同;编号哈希相同照样查出重复")
class EngineShortcutsTest {
    @Test
    @DisplayName("印刷分档缺陷(分界值重复或缺失、空档、重叠)按表预先算出,与逐档检查的结果相同")
    void printedDefectsWorkedOutOnceAreTheScan() {
        Schedule schedule = ScheduleLoader.loadDefault();
        int tables = 0;
        int withDefects = 0;
        for (ScheduleItem item : schedule.items()) {
            if (!(item.price() instanceof Price.Tiered t)) {
                continue;
            }
            tables++;
            List<TierResolver.DefectCell> cells = TierResolver.printedDefects(t.tiers());
            if (!cells.isEmpty()) {
                withDefects++;
            }
            for (BigDecimal v : probes(t.tiers())) {
                assertThat(TierResolver.defectAt(cells, v)).as("%s at %s", item.code(), v)
                        .isEqualTo(TierResolver.printedDefect(t.tiers(), v));
            }
        }
        // the print has doubly claimed boundaries, a gap (果树 10–11 cm) and overlaps (三(三) 30 and 45 days)
        assertThat(withDefects).as("tables with a printed defect").isPositive().isLessThan(tables);
    }

    @Test
    @DisplayName("印刷分档缺陷:合成的表(重复分界、空档、重叠、无上下界)预先算出与逐档检查相同")
    void printedDefectsOfMadeUpTables() {
        BigDecimal five = new BigDecimal("5");
        BigDecimal ten = new BigDecimal("10");
        BigDecimal eleven = new BigDecimal("11");
        BigDecimal twenty = new BigDecimal("20");
        List<List<Tier>> tables = List.of(
                List.of(tier(null, false, ten, true), tier(ten, true, twenty, true), tier(twenty, true, null, false)),
                List.of(tier(null, false, ten, false), tier(eleven, true, null, false)),
                List.of(tier(five, true, twenty, true), tier(ten, false, null, false)),
                List.of(tier(ten, false, ten, true)),
                List.of());
        for (List<Tier> table : tables) {
            List<TierResolver.DefectCell> cells = TierResolver.printedDefects(table);
            for (BigDecimal v : probes(table)) {
                assertThat(TierResolver.defectAt(cells, v)).as("%s at %s", table, v)
                        .isEqualTo(TierResolver.printedDefect(table, v));
            }
            assertThat(TierResolver.defectAt(cells, BigDecimal.ZERO)).isEqualTo(TierResolver.printedDefect(table,
                    BigDecimal.ZERO));
        }
    }

    private static Tier tier(BigDecimal lower, boolean lowerIncluded, BigDecimal upper, boolean upperIncluded) {
        return new Tier("t", lower, lowerIncluded, upper, upperIncluded, BigDecimal.ONE, null, null, false, false);
    }

    @ParameterizedTest(name = "{0}行")
    @ValueSource(ints = {64, 300})
    @DisplayName("清单行编号重复:编号故意取相同哈希值时照样查出")
    void duplicateRefsAmongCollidingHashes(int lines) throws Exception {
        QuoteEngine engine = new QuoteEngine(ScheduleLoader.loadDefault(), cn.wenshui.compensation.readings.Readings.defaults());
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < lines; i++) { // "Aa" and "BB" share a hash code, so all these nine-pair refs do
            refs.add(Integer.toBinaryString(512 | i).substring(1).replace("0", "Aa").replace("1", "BB"));
        }
        assertThat(refs.stream().map(String::hashCode).distinct()).hasSize(1);
        List<ItemInput> items = new ArrayList<>();
        for (String ref : refs) {
            items.add(ItemInput.of("1-1.annex.brick-wood", "1").withRef(ref));
        }
        assertThat(engine.quote(household(items)).lines()).hasSize(lines);

        items.add(ItemInput.of("1-1.annex.brick-wood", "1").withRef(refs.get(17)));
        assertThatThrownBy(() -> engine.quote(household(items)))
                .isInstanceOfSatisfying(InvalidInventoryException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("items[" + lines + "].ref", "duplicate-ref")));
    }

    private static Household household(List<ItemInput> items) {
        return new Household("H-1", "张三", "堡子村", false, false, null, null, items, List.of(), null);
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
