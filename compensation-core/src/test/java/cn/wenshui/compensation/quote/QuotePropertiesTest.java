package cn.wenshui.compensation.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Adjustment;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import cn.wenshui.compensation.schedule.Unit;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties every quote must have, whatever the inventory: checked on random but VALID households drawn from the real
 * schedule (every money row, with the measurements, growth stage, linked house, appraisal and decoration it takes),
 * with random subsidy areas, livestock premises, main houses and dates.
 *
 * <p>The generators read the schedule only to build valid INPUT (which codes exist, which measure a row needs, where
 * its tier bounds lie, the printed range an appraised price must fall in); no expected amount is read from it — the
 * properties are relations between the numbers of the quote itself (sums, rounding, order, determinism).
 */
@DisplayName("性质:随机有效清单的报价——合计等于各行之和、四舍五入到分、确定、待定事项不计入、分档单调")
class QuotePropertiesTest {

    private static final Schedule S = Quotes.SCHEDULE;
    private static final QuoteEngine ENGINE = Quotes.ENGINE;

    /**
     * Rows the engine computes from the household's facts (三(一)(二) from demolishedBuildingAreaM2 (I-28), 三(三) from the
     * dates, 一(三) 搬迁补助 and 每月临时安置补助 from each livestock premises (I-21)): a real inventory never lists them.
     */
    private static final Set<String> COMPUTED_ROWS = Set.of("3-1.moving-subsidy", "3-2.settlement", "3-3.incentive",
            "1-3.moving-subsidy", "1-3.settlement");

    private static final List<ScheduleItem> MONEY_ROWS = S.items().stream()
            .filter(i -> i.mode() == Mode.MONEY && !COMPUTED_ROWS.contains(i.code())).toList();
    private static final List<ScheduleItem> NOT_COMPENSATED_ROWS = S.items().stream()
            .filter(i -> i.mode() == Mode.NOT_COMPENSATED).toList();
    private static final List<ScheduleItem> PENDING_ROWS = S.items().stream()
            .filter(i -> i.mode().isPending()).toList();

    /**
     * Tier rows whose printed prices rise with the measure, read off the regulation (no cliff): e.g. 二(一) 核桃树
     * 15 / 80 / 240 / 500 / 800 / 980 元/株, 一(一) 菜窖 砖石 90 / 130 / 170 / 200 元/m², 一(二) 涵洞 砖砌 500 / 700 / 1000 /
     * 1300 元/m. The per-m² subsidies (三(二), 一(三)) are left out: they fall just past 30 m² (I-09).
     */
    private static final List<String> RISING_TIER_ROWS = List.of(
            "2-1.fruit.walnut", "2-1.fruit.jujube", "2-1.fruit.apricot-peach", "2-1.fruit.apple-pear-other",
            "2-1.fruit.scattered-non-bearing",
            "2-2.timber.arborvitae", "2-2.timber.pine", "2-2.timber.poplar", "2-2.timber.larch",
            "2-2.timber.willow", "2-2.timber.pagoda-tree", "2-2.timber.other",
            "1-1.cellar.brick-stone", "1-1.cellar.earth", "1-1.heating-boiler", "1-1.hand-dug-well",
            "1-2.culvert.brick", "1-2.culvert.stone", "1-2.pipe-culvert", "1-2.drain.earth", "1-2.drain.brick",
            "1-2.drain.stone", "1-2.drainpipe.cement", "1-2.drainpipe.ceramic-pvc", "1-2.water-main");

    private static final Map<Readings, QuoteEngine> ENGINES = new ConcurrentHashMap<>();

    private static QuoteEngine engine(Readings r) {
        return ENGINES.computeIfAbsent(r, x -> new QuoteEngine(S, x));
    }

    // =========================================================================================================
    // Properties (QuickTheories, 300 examples each; a failure prints its seed: rerun with -DQT_SEED=…)
    // =========================================================================================================

    private static final int TRIES = 300;

    @Test
    @DisplayName("合计:totalMin 等于各行 amountMin 之和,totalMax 等于各行 amountMax 之和(解释I-30 合计为各行之和)")
    void totalsAreTheSumsOfTheLines() {
        Coverage seen = new Coverage();
        qt().withExamples(TRIES).forAll(HOUSEHOLDS).checkAssert(h -> {
            Quote q = Quotes.quote(h);
            assertThat(q.totalMin()).isEqualByComparingTo(sum(q.lines(), QuoteLine::amountMin));
            assertThat(q.totalMax()).isEqualByComparingTo(sum(q.lines(), QuoteLine::amountMax));
            seen.collect(q);
        });
        seen.assertComplete();
    }

    /** The generated households must reach every kind of line, every section and every incentive state. */
    private static final class Coverage {
        final Set<LineStatus> statuses = EnumSet.noneOf(LineStatus.class);
        final Set<String> sections = new HashSet<>();
        final Set<Incentive.Status> incentives = EnumSet.noneOf(Incentive.Status.class);
        boolean pending;

        void collect(Quote q) {
            q.lines().forEach(l -> statuses.add(l.status()));
            q.lines().forEach(l -> sections.add(l.section()));
            incentives.add(q.incentive().status());
            pending |= !q.pending().isEmpty();
        }

        void assertComplete() {
            assertThat(statuses).as("行状态").containsExactlyInAnyOrder(LineStatus.values());
            assertThat(sections).as("条款")
                    .contains("一(一)", "一(二)", "一(三)", "二(一)", "二(二)", "三(一)", "三(二)", "三(三)");
            // REFERRED arises only under I-32's non-default reading, which these default-reading households never use
            assertThat(incentives).as("三(三)奖励").containsExactlyInAnyOrder(Incentive.Status.NOT_STARTED,
                    Incentive.Status.AWAITING_MOVE_OUT, Incentive.Status.DECIDED);
            assertThat(pending).as("待定事项").isTrue();
        }
    }

    @Test
    @DisplayName("小计:各节小计之和等于合计;每节小计等于该节各行之和;无行之节不列小计")
    void subtotalsAddUpToTheTotals() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS).checkAssert(h -> {
            Quote q = Quotes.quote(h);
            assertThat(sum(q.subtotals(), Subtotal::amountMin)).isEqualByComparingTo(q.totalMin());
            assertThat(sum(q.subtotals(), Subtotal::amountMax)).isEqualByComparingTo(q.totalMax());
            for (Subtotal s : q.subtotals()) {
                List<QuoteLine> inSection = q.lines().stream().filter(l -> l.section().equals(s.section())).toList();
                assertThat(inSection).as("lines of %s", s.section()).isNotEmpty();
                assertThat(s.amountMin()).as("min of %s", s.section()).isEqualByComparingTo(sum(inSection,
                        QuoteLine::amountMin));
                assertThat(s.amountMax()).as("max of %s", s.section()).isEqualByComparingTo(sum(inSection,
                        QuoteLine::amountMax));
            }
            assertThat(q.subtotals()).extracting(Subtotal::section).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(q.lines().stream().map(QuoteLine::section).distinct()
                            .toList());
        });
    }

    @Test
    @DisplayName("每行金额不为负,且每行 amountMin ≤ amountMax;小计与合计亦然")
    void amountsAreNonNegativeAndOrdered() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS).checkAssert(h -> {
            Quote q = Quotes.quote(h);
            assertThat(q.lines()).allSatisfy(l -> {
                assertThat(l.amountMin()).as("amountMin of %s", l.code()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                assertThat(l.amountMax()).as("amountMax of %s", l.code()).isGreaterThanOrEqualTo(l.amountMin());
                if (l.unitPriceMin() != null) {
                    assertThat(l.unitPriceMin()).as("unitPriceMin of %s", l.code())
                            .isGreaterThanOrEqualTo(BigDecimal.ZERO);
                    assertThat(l.unitPriceMax()).as("unitPriceMax of %s", l.code())
                            .isGreaterThanOrEqualTo(l.unitPriceMin());
                }
            });
            assertThat(q.subtotals()).allSatisfy(s -> {
                assertThat(s.amountMin()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                assertThat(s.amountMax()).isGreaterThanOrEqualTo(s.amountMin());
            });
            assertThat(q.totalMin()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        });
    }

    @Test
    @DisplayName("合计区间有序:totalMin ≤ totalMax;无区间行时二者相等(summedLinesExact)")
    void totalMinIsAtMostTotalMax() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS).checkAssert(h -> {
            Quote q = Quotes.quote(h);
            assertThat(q.totalMin()).isLessThanOrEqualTo(q.totalMax());
            boolean anyRange = q.lines().stream().anyMatch(QuoteLine::isRange);
            assertThat(q.isSummedLinesExact()).isEqualTo(!anyRange);
        });
    }

    @Test
    @DisplayName("解释I-30 每个金额四舍五入到分:行金额、小计、合计、三(三)奖励的小数位都是2")
    void everyAmountIsInFen() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS).checkAssert(h -> {
            Quote q = Quotes.quote(h);
            assertThat(q.lines()).allSatisfy(l -> {
                assertThat(l.amountMin().scale()).as("scale of amountMin of %s", l.code()).isEqualTo(2);
                assertThat(l.amountMax().scale()).as("scale of amountMax of %s", l.code()).isEqualTo(2);
            });
            assertThat(q.subtotals()).allSatisfy(s -> {
                assertThat(s.amountMin().scale()).isEqualTo(2);
                assertThat(s.amountMax().scale()).isEqualTo(2);
            });
            assertThat(q.totalMin().scale()).isEqualTo(2);
            assertThat(q.totalMax().scale()).isEqualTo(2);
            if (q.incentive() != null && q.incentive().amount() != null) {
                assertThat(q.incentive().amount().scale()).isEqualTo(2);
            }
        });
    }

    @Test
    @DisplayName("确定性:同一清单报价两次(同一引擎、或同样解释的新引擎)得到相等的报价单")
    void quotingIsDeterministic() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS).checkAssert(h -> {
            Quote first = Quotes.quote(h);
            Quote again = Quotes.quote(h);
            Quote fresh = Quotes.quote(new QuoteEngine(S, Readings.defaults()), h);
            assertThat(again).isEqualTo(first);
            assertThat(fresh).isEqualTo(first);
        });
    }

    @Test
    @DisplayName("一(一)注3 待定事项不计入合计:加一行地下室(按评估金额)后,各行、小计、合计不变,待定事项多一项")
    void pendingItemsNeverChangeTheTotal() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS, PENDING_QUANTITIES).checkAssert((h, basementM2) -> {
            Quote before = Quotes.quote(h);
            List<ItemInput> items = new ArrayList<>(h.items());
            items.add(new ItemInput(null, "1-1.basement", basementM2, null, null, null, null, null, null, null, null,
                    null));
            Quote after = Quotes.quote(withItems(h, items));
            assertThat(after.totalMin()).isEqualByComparingTo(before.totalMin());
            assertThat(after.totalMax()).isEqualByComparingTo(before.totalMax());
            assertThat(after.subtotals()).isEqualTo(before.subtotals());
            assertThat(after.lines()).isEqualTo(before.lines());
            assertThat(after.pending()).hasSize(before.pending().size() + 1);
            assertThat(after.pending()).filteredOn(p -> p.code().equals("1-1.basement")).last()
                    .extracting(PendingItem::mode).isEqualTo(Mode.APPRAISAL);
            assertThat(after.pending().stream().filter(p -> p.code().equals("1-1.basement")).count())
                    .isEqualTo(before.pending().stream().filter(p -> p.code().equals("1-1.basement")).count() + 1);
        });
    }

    @Test
    @DisplayName("待定事项不计入合计:加任一待定行(评估、协商、核实、功能恢复、审定)后合计不变")
    void anyPendingRowLeavesTheTotal() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS, PENDING_LINES).checkAssert((h, pending) -> {
            Quote before = Quotes.quote(h);
            List<ItemInput> items = new ArrayList<>(h.items());
            items.add(pending);
            Quote after = Quotes.quote(withItems(h, items));
            assertThat(after.totalMin()).isEqualByComparingTo(before.totalMin());
            assertThat(after.totalMax()).isEqualByComparingTo(before.totalMax());
            assertThat(after.lines()).isEqualTo(before.lines());
            assertThat(after.pending()).hasSize(before.pending().size() + 1);
        });
    }

    @Test
    @DisplayName("解释I-30 单价不舍入、行金额舍入一次:单价不为空且非不予补偿时,金额 = round(单价 × 数量, 2, HALF_UP)")
    void lineAmountIsUnitPriceTimesQuantityRounded() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS).checkAssert(h -> assertUnitTimesQuantity(Quotes.quote(h)));
    }

    @Test
    @DisplayName("任一解释组合(每个开关随机取值)下:合计等于各行之和、小计相加为合计、金额到分、单价×数量、确定性均成立,行说明所提解释均在该行引用之列")
    void invariantsHoldUnderEveryReading() {
        qt().withExamples(TRIES).forAll(HOUSEHOLDS, READINGS).checkAssert((h, r) -> {
            QuoteEngine e = engine(r);
            Quote q = Quotes.quote(e, h);
            assertThat(q.readings()).isEqualTo(r.asMap());
            assertThat(q.totalMin()).isEqualByComparingTo(sum(q.lines(), QuoteLine::amountMin));
            assertThat(q.totalMax()).isEqualByComparingTo(sum(q.lines(), QuoteLine::amountMax));
            assertThat(sum(q.subtotals(), Subtotal::amountMin)).isEqualByComparingTo(q.totalMin());
            assertThat(sum(q.subtotals(), Subtotal::amountMax)).isEqualByComparingTo(q.totalMax());
            assertThat(q.totalMin()).isLessThanOrEqualTo(q.totalMax());
            assertThat(q.lines()).allSatisfy(l -> {
                assertThat(l.amountMin()).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThanOrEqualTo(l.amountMax());
                assertThat(l.amountMin().scale()).isEqualTo(2);
                assertThat(l.amountMax().scale()).isEqualTo(2);
                if (l.unitPriceMin() == null) {
                    // only 钢管机井 beyond 200 m read as MARGINAL or +100 元 per metre beyond (I-07) has no single
                    // unit price
                    assertThat(l.code()).isEqualTo("1-1.well.steel-pipe");
                    assertThat(r.machineWellBeyond200m()).isIn(Readings.MachineWell.MARGINAL,
                            Readings.MachineWell.PLUS_100_PER_EXTRA_METRE);
                    assertThat(l.quantity()).isGreaterThan(new BigDecimal("200"));
                }
            });
            assertUnitTimesQuantity(q);
            // a line names in its explanation only readings it cites, so the quote's cited list is complete
            q.lines().forEach(l -> java.util.regex.Pattern.compile("I-\\d{2}").matcher(l.explanation()).results()
                    .forEach(m -> assertThat(l.interpretations()).as(l.explanation()).contains(m.group())));
            assertThat(Quotes.quote(e, h)).isEqualTo(q);
        });
    }

    @Test
    @DisplayName("二(一) 核桃树(15/80/240/500/800/980 元/株,无断崖):胸径越大,补偿不减少")
    void walnutNeverPaysLessForALargerTree() {
        Gen<BigDecimal> diameters = measure(S.item("2-1.fruit.walnut").orElseThrow());
        qt().withExamples(TRIES).forAll(diameters, diameters).checkAssert((a, b) ->
                assertNotLess("2-1.fruit.walnut", "trunkDiameterCm", a.min(b), a.max(b)));
    }

    /** One tier row and two values of its measure. */
    private record TierCase(String code, BigDecimal a, BigDecimal b) {
    }

    @Test
    @DisplayName("分档行(果树、木材树、菜窖、采暖锅炉、人工井、涵洞、管涵、排水渠、排水管道、输水管道,无断崖):测量值越大,补偿不减少")
    void risingTierRowsNeverPayLessForMore() {
        Gen<TierCase> cases = Generate.pick(RISING_TIER_ROWS).flatMap(code -> {
            Gen<BigDecimal> m = measure(S.item(code).orElseThrow());
            return m.zip(m, (a, b) -> new TierCase(code, a, b));
        });
        qt().withExamples(TRIES).forAll(cases).checkAssert(c -> {
            ScheduleItem item = S.item(c.code()).orElseThrow();
            assertNotLess(item.code(), item.tierMeasure().key(), c.a().min(c.b()), c.a().max(c.b()));
        });
    }

    @Test
    @DisplayName("任一货币补偿行:数量越大,补偿不减少")
    void moreQuantityNeverPaysLess() {
        Gen<ItemInput[]> pairs = MONEY_LINES.flatMap(in -> quantities(S.item(in.code()).orElseThrow())
                .map(q -> new ItemInput[] {in, withQuantity(in, q)}));
        qt().withExamples(TRIES).forAll(pairs).checkAssert(pair -> {
            ItemInput in = pair[0];
            BigDecimal other = pair[1].quantity();
            ItemInput more = withQuantity(in, in.quantity().max(other));
            ItemInput less = withQuantity(in, in.quantity().min(other));
            QuoteLine hi = Quotes.line(more);
            QuoteLine lo = Quotes.line(less);
            assertThat(hi.amountMin()).isGreaterThanOrEqualTo(lo.amountMin());
            assertThat(hi.amountMax()).isGreaterThanOrEqualTo(lo.amountMax());
        });
    }

    // =========================================================================================================
    // Assertion helpers
    // =========================================================================================================

    private static void assertUnitTimesQuantity(Quote q) {
        assertThat(q.lines()).allSatisfy(l -> {
            if (l.status() == LineStatus.NOT_COMPENSATED) {
                assertThat(l.amountMin()).isEqualByComparingTo("0");
                assertThat(l.amountMax()).isEqualByComparingTo("0");
                return;
            }
            if (l.unitPriceMin() != null) {
                assertThat(l.amountMin()).as("amountMin of %s = round(%s × %s)", l.code(), l.unitPriceMin(),
                        l.quantity()).isEqualByComparingTo(fen(l.unitPriceMin().multiply(l.quantity())));
            }
            if (l.unitPriceMax() != null) {
                assertThat(l.amountMax()).as("amountMax of %s = round(%s × %s)", l.code(), l.unitPriceMax(),
                        l.quantity()).isEqualByComparingTo(fen(l.unitPriceMax().multiply(l.quantity())));
            }
        });
    }

    private static void assertNotLess(String code, String measure, BigDecimal smaller, BigDecimal larger) {
        QuoteLine lo = Quotes.line(ItemInput.of(code, "1").withMeasurement(measure, smaller.toPlainString()));
        QuoteLine hi = Quotes.line(ItemInput.of(code, "1").withMeasurement(measure, larger.toPlainString()));
        assertThat(hi.amountMin()).as("%s: %s=%s pays %s, %s=%s pays %s", code, measure, larger, hi.amountMin(),
                measure, smaller, lo.amountMin()).isGreaterThanOrEqualTo(lo.amountMin());
        assertThat(hi.amountMax()).as("%s: %s=%s pays at most %s, %s=%s at most %s", code, measure, larger,
                hi.amountMax(), measure, smaller, lo.amountMax()).isGreaterThanOrEqualTo(lo.amountMax());
    }

    private static BigDecimal fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP);
    }

    private static <T> BigDecimal sum(List<T> xs, Function<T, BigDecimal> f) {
        return xs.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Household withItems(Household h, List<ItemInput> items) {
        return new Household(h.id(), h.headOfHousehold(), h.village(), h.soleDwelling(), h.hardshipExtensionApproved(),
                h.demolishedBuildingAreaM2(), h.mainHouse(), items, h.livestockPremises(), h.dates());
    }

    private static ItemInput withQuantity(ItemInput in, BigDecimal q) {
        return new ItemInput(in.ref(), in.code(), q, in.measurements(), in.growthStage(), in.appraisedUnitPrice(),
                in.overrideReason(), in.linkedCode(), in.linkedUnitPrice(), in.decorated(), in.surchargePercent(),
                in.note());
    }

    // =========================================================================================================
    // Generators of valid input
    // =========================================================================================================

    private static Gen<BigDecimal> decimal(String min, String max, int scale) {
        return decimal(new BigDecimal(min), new BigDecimal(max), scale);
    }

    /** A decimal of exactly {@code scale} places in [min, max]: drawn as its unscaled value, so it shrinks. */
    private static Gen<BigDecimal> decimal(BigDecimal min, BigDecimal max, int scale) {
        long lo = min.setScale(scale, RoundingMode.CEILING).unscaledValue().longValueExact();
        long hi = max.setScale(scale, RoundingMode.FLOOR).unscaledValue().longValueExact();
        return Generate.longRange(lo, hi).map(v -> BigDecimal.valueOf(v, scale));
    }

    /** {@code gen}, or null {@code percent} % of the time. */
    private static <T> Gen<T> orNull(Gen<T> gen, int percent) {
        return weighted(Pair.of(percent, Generate.constant((T) null)), Pair.of(100 - percent, gen));
    }

    @SafeVarargs
    private static <T> Gen<T> weighted(Pair<Integer, Gen<T>>... choices) {
        return Generate.frequency(Arrays.asList(choices));
    }

    /** One value from each generator, in order. */
    private static <T> Gen<List<T>> each(List<Gen<T>> gens) {
        return rs -> gens.stream().map(g -> g.generate(rs)).toList();
    }

    private static final Map<String, Gen<ItemInput>> LINES = new ConcurrentHashMap<>();

    /**
     * A quantity in the row's unit: 0.01–1000 to 2 decimals where the unit measures (m, m², m³); a whole 1–1000
     * where it counts things (株, 个 …); 1 where the row is paid once per household (元/户).
     */
    private static Gen<BigDecimal> quantities(ScheduleItem item) {
        Unit unit = S.unit(item.unit()).orElseThrow();
        if (unit.oncePerHousehold()) {
            return Generate.constant(BigDecimal.ONE);
        }
        return unit.counted() ? decimal("1", "1000", 0) : decimal("0.01", "1000", 2);
    }

    /** The area of a basement (一(一) 注3, m²), or none. */
    private static final Gen<BigDecimal> PENDING_QUANTITIES = orNull(decimal("0.01", "1000", 2), 30);
    private static final Gen<ItemInput> MONEY_LINES = Generate.pick(MONEY_ROWS)
            .flatMap(item -> LINES.computeIfAbsent(item.code(), c -> lineFor(item)));
    private static final Gen<ItemInput> NOT_COMPENSATED_LINES = Generate.pick(NOT_COMPENSATED_ROWS)
            .flatMap(item -> quantities(item).map(q -> line(item.code(), q)));
    private static final Gen<ItemInput> PENDING_LINES = Generate.pick(PENDING_ROWS)
            .flatMap(item -> orNull(quantities(item), 30).map(q -> line(item.code(), q)));
    private static final Gen<Readings> READINGS = readings();
    private static final Gen<Household> HOUSEHOLDS = households();

    private static Gen<Readings> readings() {
        List<Gen<Map.Entry<String, String>>> picks = new ArrayList<>();
        Readings.switches().forEach((key, options) ->
                picks.add(Generate.pick(options).map(o -> Map.entry(key, o))));
        return each(picks).map(chosen -> {
            Map<String, String> m = new LinkedHashMap<>();
            chosen.forEach(e -> m.put(e.getKey(), e.getValue()));
            return Readings.of(m);
        });
    }

    private static Gen<Household> households() {
        Gen<Integer> no = Generate.range(1, 99999);
        Gen<Boolean> sole = Generate.booleans();
        Gen<Boolean> hardship = Generate.booleans();
        Gen<BigDecimal> area = orNull(decimal("1", "500", 2), 20);
        Gen<MainHouse> main = orNull(mainHouses(), 40);
        Gen<List<ItemInput>> items = lists().of(inventoryLines()).ofSizeBetween(0, 12);
        Gen<List<LivestockPremises>> premises = lists().of(decimal("1", "500", 2)
                .map(a -> new LivestockPremises(null, "养殖场所", a))).ofSizeBetween(0, 3);
        Gen<Dates> dates = orNull(dates(), 25);
        return rs -> {
            int n = no.generate(rs);
            boolean s = sole.generate(rs);
            boolean hd = hardship.generate(rs);
            return new Household("BZ-" + n, "户主" + n, "堡子村", s, s && hd, area.generate(rs), main.generate(rs),
                    oncePerHousehold(items.generate(rs)), premises.generate(rs), dates.generate(rs));
        };
    }

    /** Signing and payment in any order; moving out on or after the later of the two (三(三), I-10). */
    private static Gen<Dates> dates() {
        Gen<LocalDate> signed = Generate.range(0, 2000).map(i -> LocalDate.of(2023, 5, 20).plusDays(i));
        Gen<Integer> paidAfterSigning = Generate.range(-30, 30);
        Gen<Integer> movedAfterStart = orNull(weighted(
                Pair.of(3, Generate.range(0, 100)),
                Pair.of(2, Generate.pick(List.of(0, 29, 30, 31, 44, 45, 46)))), 25);
        Gen<Integer> missing = Generate.range(0, 9);
        return signed.zip(paidAfterSigning, movedAfterStart, missing, (s, p, mv, gap) -> {
            LocalDate paid = s.plusDays(p);
            LocalDate start = s.isAfter(paid) ? s : paid;
            LocalDate moved = mv == null ? null : start.plusDays(mv);
            if (gap == 0) {
                return new Dates(null, paid, moved); // not signed yet: the clock has not started
            }
            if (gap == 1) {
                return new Dates(s, null, moved); // not paid yet
            }
            return new Dates(s, paid, moved);
        });
    }

    private static Gen<MainHouse> mainHouses() {
        Gen<BigDecimal> measured = decimal("10", "400", 2);
        Gen<BigDecimal> footprint = decimal("10", "400", 2);
        Gen<BigDecimal> certificate = orNull(decimal("50", "600", 2), 30);
        return measured.zip(footprint, certificate, MainHouse::new);
    }

    private static Gen<ItemInput> inventoryLines() {
        return weighted(
                Pair.of(20, MONEY_LINES),
                Pair.of(1, NOT_COMPENSATED_LINES),
                Pair.of(1, PENDING_LINES));
    }

    /** The lines without a second line of a row paid once per household (元/户). */
    private static List<ItemInput> oncePerHousehold(List<ItemInput> lines) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return lines.stream().filter(in -> !S.unit(S.item(in.code()).orElseThrow().unit()).orElseThrow()
                .oncePerHousehold() || seen.add(in.code())).toList();
    }

    private static ItemInput line(String code, BigDecimal quantity) {
        return new ItemInput(null, code, quantity, null, null, null, null, null, null, null, null, null);
    }

    /** A valid line of this row: quantity, the measurements it needs and the optional facts it takes. */
    private static Gen<ItemInput> lineFor(ScheduleItem item) {
        Gen<Map<String, BigDecimal>> measurements = measurementsFor(item);
        Gen<UnaryOperator<ItemInput>> extras = extrasFor(item);
        return quantities(item).zip(measurements, extras,
                (q, m, x) -> x.apply(new ItemInput(null, item.code(), q, m, null, null, null, null, null, null,
                        null, null)));
    }

    private static Gen<Map<String, BigDecimal>> measurementsFor(ScheduleItem item) {
        List<Gen<Map.Entry<String, BigDecimal>>> parts = new ArrayList<>();
        if (item.tierMeasure() != null) {
            parts.add(measure(item).map(v -> Map.entry(item.tierMeasure().key(), v)));
        }
        if (item.adjustment(Adjustment.ColumnHeight.class) != null) {
            // 一(三) 注2 杂棚 柱头高: around the 2 m threshold and the 3 m cap
            Gen<BigDecimal> h = weighted(
                    Pair.of(3, decimal("0.5", "5", 2)),
                    Pair.of(1, Generate.pick(List.of(bd("1.99"), bd("2"), bd("2.01"), bd("2.99"), bd("3"),
                            bd("3.01")))));
            parts.add(h.map(v -> Map.entry(Measure.COLUMN_HEIGHT_M.key(), v)));
        }
        Adjustment.ProRataHeight proRata = item.adjustment(Adjustment.ProRataHeight.class);
        if (proRata != null) {
            // 未竣工砖房基础 出地高度: below, at and above the 1 m from which the full price applies
            Gen<BigDecimal> h = weighted(
                    Pair.of(3, decimal("0.01", "3", 2)),
                    Pair.of(1, Generate.pick(List.of(bd("0.99"), bd("1"), bd("1.01")))));
            parts.add(h.map(v -> Map.entry(proRata.measure().key(), v)));
        }
        if (parts.isEmpty()) {
            return Generate.constant(Map.of());
        }
        return each(parts).map(entries -> {
            Map<String, BigDecimal> m = new HashMap<>();
            entries.forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
        });
    }

    /** A value of the row's tier measure: within sensible bounds, and often exactly at or beside a tier bound. */
    private static Gen<BigDecimal> measure(ScheduleItem item) {
        Measure m = item.tierMeasure();
        Gen<BigDecimal> free = switch (m) {
            case DEPTH_M -> decimal("0.1", "30", 2);
            case TRUNK_DIAMETER_CM -> decimal("0.1", "60", 2);
            case SPAN_M -> decimal("0.1", "6", 2);
            case SPAN_CM -> decimal("1", "200", 2);
            case WIDTH_M -> decimal("0.05", "2", 2);
            case PIPE_DIAMETER_CM -> decimal("1", "80", 2);
            case PIPE_DIAMETER_M -> decimal("0.001", "0.2", 3);
            case HEATED_AREA_M2, AREA_M2 -> decimal("1", "500", 2);
            case DAYS -> decimal("1", "100", 0);
            default -> decimal("0.1", "100", 2);
        };
        BigDecimal step = m == Measure.PIPE_DIAMETER_M ? new BigDecimal("0.001") : new BigDecimal("0.01");
        List<BigDecimal> edges = new ArrayList<>();
        for (ResolvedTier r : ENGINE.resolvedTiers(item.code())) {
            Stream.of(r.bounds().lower(), r.bounds().upper()).filter(b -> b != null).forEach(b ->
                    Stream.of(b.subtract(step), b, b.add(step)).filter(x -> x.signum() > 0).forEach(edges::add));
        }
        if (edges.isEmpty()) {
            return free;
        }
        return weighted(Pair.of(3, free), Pair.of(2, Generate.pick(edges)));
    }

    /** Growth stage, linked house, appraised unit price and decoration, as the row takes them. */
    private static Gen<UnaryOperator<ItemInput>> extrasFor(ScheduleItem item) {
        List<Gen<UnaryOperator<ItemInput>>> ops = new ArrayList<>();
        Price price = item.sharesPriceOf() != null
                ? S.item(item.sharesPriceOf()).orElseThrow().price()
                : item.price();
        if (price instanceof Price.Staged st) {
            ops.add(Generate.pick(st.stages()).map(stage -> in -> in.withStage(stage.stage())));
        }
        if (price instanceof Price.Share share) {
            ops.add(linkedHouses(share));
        }
        if (price instanceof Price.Range r) {
            ops.add(appraisals(r.min(), r.max(), item));
        } else if (price instanceof Price.Fixed f) {
            ops.add(appraisals(f.amount(), f.amount(), item));
        }
        if (item.adjustment(Adjustment.Surcharge.class) != null) {
            ops.add(decorations());
        }
        if (ops.isEmpty()) {
            return Generate.constant(UnaryOperator.identity());
        }
        return each(ops).map(list -> in -> {
            ItemInput out = in;
            for (UnaryOperator<ItemInput> op : list) {
                out = op.apply(out);
            }
            return out;
        });
    }

    /**
     * 一(一) 注1 (I-23): no appraisal, an appraised unit price inside the printed range, or — on 一(一) rows only —
     * one outside with a reason.
     */
    private static Gen<UnaryOperator<ItemInput>> appraisals(BigDecimal min, BigDecimal max, ScheduleItem item) {
        Gen<UnaryOperator<ItemInput>> none = Generate.constant(UnaryOperator.identity());
        Gen<UnaryOperator<ItemInput>> inside = decimal(min, max, 2)
                .map(p -> in -> in.withAppraisal(p.toPlainString(), null));
        Gen<UnaryOperator<ItemInput>> outside = decimal("0.01", "500", 2)
                .map(d -> in -> in.withAppraisal(max.add(d).toPlainString(), "评估报告:结构与用料高于标准"));
        if (!"一(一)".equals(item.section())) {
            return weighted(Pair.of(4, none), Pair.of(3, inside));
        }
        return weighted(Pair.of(4, none), Pair.of(3, inside), Pair.of(1, outside));
    }

    /** 歇厦、雨搭 (I-18): a per-m² house row of 附属平房、窑洞、简易房、企业厂房, with or without its appraised price. */
    private static Gen<UnaryOperator<ItemInput>> linkedHouses(Price.Share share) {
        List<ScheduleItem> linkable = S.items().stream()
                .filter(i -> i.mode() == Mode.MONEY && "m²".equals(i.unit())
                        && (i.price() instanceof Price.Fixed || i.price() instanceof Price.Range)
                        && share.linkable().stream().anyMatch(c -> Schedule.squash(c).equals(
                        Schedule.squash(i.category()))))
                .toList();
        assertThat(linkable).as("rows 歇厦、雨搭 may link to").isNotEmpty();
        return Generate.pick(linkable).flatMap(house -> {
            BigDecimal lo = house.price() instanceof Price.Fixed f ? f.amount() : ((Price.Range) house.price()).min();
            BigDecimal hi = house.price() instanceof Price.Fixed f ? f.amount() : ((Price.Range) house.price()).max();
            return orNull(decimal(lo, hi, 2), 50)
                    .map(p -> (UnaryOperator<ItemInput>) in -> in.withLink(house.code(),
                            p == null ? null : p.toPlainString()));
        });
    }

    /** 室外台阶或楼梯 (I-17): no decoration, decoration without a decided percentage, or 20–40 %. */
    private static Gen<UnaryOperator<ItemInput>> decorations() {
        Gen<UnaryOperator<ItemInput>> none = Generate.constant(UnaryOperator.identity());
        Gen<UnaryOperator<ItemInput>> open = Generate.constant((UnaryOperator<ItemInput>) in -> in.withDecoration(null));
        Gen<UnaryOperator<ItemInput>> decided = decimal("20", "40", 1)
                .map(p -> in -> in.withDecoration(p.toPlainString()));
        return weighted(Pair.of(2, none), Pair.of(1, open), Pair.of(1, decided));
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
