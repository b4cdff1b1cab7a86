package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static cn.wenshui.compensation.testing.Quotes.assertUnitPrice;
import static cn.wenshui.compensation.testing.Quotes.engine;
import static cn.wenshui.compensation.testing.Quotes.household;
import static cn.wenshui.compensation.testing.Quotes.line;
import static cn.wenshui.compensation.testing.Quotes.quote;
import static cn.wenshui.compensation.testing.Quotes.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 一(三) 禽类房舍补偿标准: the shed rows, the two livestock subsidies paid per declared premises (处, I-21) and the
 * 杂棚 of 注2 with its damaged column-height rule (I-08). Expected amounts are copied from the regulation text with
 * the arithmetic written out; nothing is read from the schedule file.
 */
@DisplayName("一(三) 禽类房舍补偿标准")
class S13LivestockTest {

    private static final String MOVING = "1-3.moving-subsidy";
    private static final String SETTLEMENT = "1-3.settlement";

    private static final QuoteEngine DEFAULT = Quotes.ENGINE;
    private static final QuoteEngine NO_LESS_THAN_FLAT = engine("subsidy-cliff", "NO_LESS_THAN_FLAT");
    private static final QuoteEngine PER_DECIMETRE = engine("livestock-shed-column-height", "PER_DECIMETRE");

    /** A household that declares one 处 of livestock keeping of this area and nothing else. */
    private static Quote premises(QuoteEngine engine, String areaM2) {
        return quote(engine, household(null, null, List.of(),
                List.of(new LivestockPremises("处1", "养殖场所", new BigDecimal(areaM2))), null));
    }

    private static QuoteLine subsidyLine(Quote q, String code) {
        return q.lines().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " in " + q.lines()));
    }

    // ---- the shed rows ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(三) {1} {2}: {3} {4} × {5}-{6} 元 = {7}–{8} 元")
    @DisplayName("一(三) 禽类房舍各行:数量 × 印刷单价,区间行列最低与最高额")
    @CsvSource(delimiter = '|', textBlock = """
            # code                        | 种类               | 规格   | 数量 | 单位 | 单价低 | 单价高 | 金额低 | 金额高
            1-3.fenced-pen.cattle-sheep   | 简易围栏圈养、牛羊 | ''     | 2    | 处   | 800    | 800    | 1600   | 1600
            1-3.chicken-coop.earth        | 鸡窝               | 土质   | 2    | 处   | 30     | 30     | 60     | 60
            1-3.chicken-coop.brick-stone  | 鸡窝               | 砖石砌 | 2    | 处   | 50     | 100    | 100    | 200
            1-3.chicken-farm              | 规模鸡场           | ''     | 100  | m²   | 200    | 400    | 20000  | 40000
            1-3.pig-sheep-pen.earth       | (简易)猪、羊圈     | 土质   | 2    | 处   | 80     | 80     | 160    | 160
            1-3.pig-sheep-pen.brick-stone | (简易)猪、羊圈     | 砖石砌 | 2    | 处   | 150    | 300    | 300    | 600
            1-3.pig-sheep-farm            | 规模猪、羊圈       | ''     | 100  | m²   | 150    | 300    | 15000  | 30000
            1-3.cattle-shed.earth         | (简易)牛舍         | 土质   | 2    | 处   | 40     | 40     | 80     | 80
            1-3.cattle-shed.brick-stone   | (简易)牛舍         | 砖石砌 | 2    | 处   | 60     | 100    | 120    | 200
            1-3.cattle-farm               | 规模牛舍           | ''     | 100  | m²   | 150    | 300    | 15000  | 30000
            """)
    void shedRows(String code, String category, String spec, String quantity, String unit, String unitMin,
                  String unitMax, String amountMin, String amountMax) {
        QuoteLine l = line(code, quantity);
        assertThat(l.section()).isEqualTo("一(三)");
        assertThat(l.category()).isEqualTo(category);
        assertThat(l.spec()).isEqualTo(spec);
        assertThat(l.unit()).isEqualTo(unit);
        assertUnitPrice(l, unitMin, unitMax);
        assertAmount(l, amountMin, amountMax);
        assertThat(l.status()).isEqualTo(unitMin.equals(unitMax) ? LineStatus.EXACT : LineStatus.RANGE);
    }

    @Test
    @DisplayName("一(三) 规模鸡场 200-400 元/m²:12.5 m² 得 2500–5000 元")
    void chickenFarmFractionalArea() {
        assertAmount(line("1-3.chicken-farm", "12.5"), "2500", "5000");
    }

    @Test
    @DisplayName("一(三) 鸡窝、圈舍等清单行本身不产生搬迁补助与临时安置补助:按解释I-21补助按申报的养殖场所计发")
    void shedRowsAloneGiveNoSubsidy() {
        Quote q = quote(household(ItemInput.of("1-3.chicken-coop.earth", "3"), ItemInput.of("1-3.cattle-farm", "50")));
        assertThat(q.lines()).extracting(QuoteLine::code)
                .containsExactly("1-3.chicken-coop.earth", "1-3.cattle-farm");
        // 3 × 30 = 90; 50 × 150 = 7500, 50 × 300 = 15000
        assertThat(q.totalMin()).isEqualByComparingTo("7590");
        assertThat(q.totalMax()).isEqualByComparingTo("15090");
    }

    // ---- 搬迁补助 ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(三) 搬迁补助「≤30m² 300-400 元/处, >30m² 每平方米 7 元」,按解释I-21每处养殖场所计发")
    class MovingSubsidy {

        @ParameterizedTest(name = "一(三) 搬迁补助 养殖场所 {0} m²: {3} → {1}–{2} 元")
        @DisplayName("一(三) 搬迁补助 按文字(解释I-09默认LITERAL):30 m² 及以下 300-400 元/处,超过 30 m² 按 7 元/m²")
        @CsvSource(delimiter = '|', textBlock = """
                # 面积m² | 低     | 高     | 算式
                1        | 300    | 400    | ≤30m² 定额
                29.99    | 300    | 400    | ≤30m² 定额
                30       | 300    | 400    | ≤30m² 写入,定额
                30.01    | 210.07 | 210.07 | 30.01 × 7
                40       | 280    | 280    | 40 × 7
                57.15    | 400.05 | 400.05 | 57.15 × 7
                100      | 700    | 700    | 100 × 7
                """)
        void literal(String area, String min, String max, String arithmetic) {
            QuoteLine l = subsidyLine(premises(DEFAULT, area), MOVING);
            assertThat(l.section()).isEqualTo("一(三)");
            assertThat(l.category()).isEqualTo("搬迁补助");
            assertAmount(l, min, max);
            assertThat(l.interpretations()).contains("I-21");
        }

        @Test
        @DisplayName("一(三) 搬迁补助 30 m² 得 300–400 元、30.01 m² 只得 30.01×7 = 210.07 元:断崖须在报价行注明解释I-09")
        void cliffIsCited() {
            QuoteLine at30 = subsidyLine(premises(DEFAULT, "30"), MOVING);
            QuoteLine above = subsidyLine(premises(DEFAULT, "30.01"), MOVING);
            assertAmount(at30, "300", "400");
            assertThat(at30.status()).isEqualTo(LineStatus.RANGE);
            assertAmount(above, "210.07");
            assertThat(above.status()).isEqualTo(LineStatus.EXACT);
            assertThat(above.interpretations()).contains("I-09");
            assertThat(above.explanation()).contains("I-09");
            QuoteLine forty = subsidyLine(premises(DEFAULT, "40"), MOVING);
            assertAmount(forty, "280");
            assertThat(forty.interpretations()).contains("I-09");
        }

        @Test
        @DisplayName("一(三) 搬迁补助 100 m² 得 100×7 = 700 元,已高于 300-400 元定额,不涉及解释I-09")
        void noCliffWellAbove() {
            assertThat(subsidyLine(premises(DEFAULT, "100"), MOVING).interpretations())
                    .doesNotContain("I-09");
        }

        @ParameterizedTest(name = "一(三) 搬迁补助 养殖场所 {0} m², 按解释I-09另一读法NO_LESS_THAN_FLAT: {3} → {1}–{2} 元")
        @DisplayName("一(三) 搬迁补助 按解释I-09另一读法NO_LESS_THAN_FLAT:超过 30 m² 的不低于 300-400 元定额")
        @CsvSource(delimiter = '|', textBlock = """
                # 面积m² | 低  | 高  | 算式
                30       | 300 | 400 | 定额
                30.01    | 300 | 400 | 30.01 × 7 = 210.07,补足至 300-400
                40       | 300 | 400 | 40 × 7 = 280,补足至 300-400
                50       | 350 | 400 | 50 × 7 = 350,高于 300,低于 400
                60       | 420 | 420 | 60 × 7 = 420,高于定额
                """)
        void noLessThanFlat(String area, String min, String max, String arithmetic) {
            assertAmount(subsidyLine(premises(NO_LESS_THAN_FLAT, area), MOVING), min, max);
        }
    }

    // ---- 每月临时安置补助 --------------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(三) 每月临时安置补助「<30m² 300 元/处, >30m² 4 元/m²」,一次性补助 3 个月")
    class Settlement {

        @ParameterizedTest(name = "一(三) 每月临时安置补助 养殖场所 {0} m²: {3} = {2} 元")
        @DisplayName("一(三) 每月临时安置补助 × 3 个月:30 m² 恰在「<30」「>30」之外,按解释I-01归较低一档 300 元/处")
        @CsvSource(delimiter = '|', textBlock = """
                # 面积m² | 每月   | 3 个月 | 算式
                10       | 300    | 900    | 300 × 3
                29       | 300    | 900    | 300 × 3
                29.99    | 300    | 900    | 300 × 3
                30       | 300    | 900    | I-01 较低一档, 300 × 3
                30.01    | 120.04 | 360.12 | 4 × 30.01 × 3
                31       | 124    | 372    | 4 × 31 × 3
                75       | 300    | 900    | 4 × 75 × 3
                76       | 304    | 912    | 4 × 76 × 3
                100      | 400    | 1200   | 4 × 100 × 3
                """)
        void literal(String area, String monthly, String amount, String arithmetic) {
            QuoteLine l = subsidyLine(premises(DEFAULT, area), SETTLEMENT);
            assertThat(l.category()).isEqualTo("每月临时安置补助");
            assertThat(l.quantity()).isEqualByComparingTo("3");
            assertThat(l.unit()).isEqualTo("月");
            assertUnitPrice(l, monthly, monthly);
            assertAmount(l, amount);
            assertThat(l.interpretations()).contains("I-21");
        }

        @Test
        @DisplayName("一(三) 每月临时安置补助 恰 30 m²:两档都未写入,按解释I-01归「<30m²」档,报价行注明I-01")
        void thirtyCitesI01() {
            QuoteLine l = subsidyLine(premises(DEFAULT, "30"), SETTLEMENT);
            assertAmount(l, "900");
            assertThat(l.interpretations()).contains("I-01");
        }

        @Test
        @DisplayName("一(三) 每月临时安置补助 31 m²:4×31×3 = 372 元,少于 30 m² 的 300×3 = 900 元,报价行注明解释I-09")
        void cliffIsCited() {
            QuoteLine l = subsidyLine(premises(DEFAULT, "31"), SETTLEMENT);
            assertAmount(l, "372");
            assertThat(l.interpretations()).contains("I-09");
        }

        @Test
        @DisplayName("一(三) 每月临时安置补助 按解释I-01另一读法UPPER_TIER:恰 30 m² 归「>30m²」档,4×30×3 = 360 元")
        void upperTierReading() {
            QuoteEngine upper = engine("tier-boundary-point", "UPPER_TIER");
            assertAmount(subsidyLine(premises(upper, "30"), SETTLEMENT), "360");
            assertAmount(subsidyLine(premises(upper, "29.99"), SETTLEMENT), "900");
        }

        @ParameterizedTest(name = "一(三) 每月临时安置补助 {0} m², 按解释I-09另一读法NO_LESS_THAN_FLAT: {2} = {1} 元")
        @DisplayName("一(三) 每月临时安置补助 按解释I-09另一读法NO_LESS_THAN_FLAT:每月不低于 300 元定额")
        @CsvSource(delimiter = '|', textBlock = """
                # 面积m² | 3 个月 | 算式
                29       | 900    | 300 × 3
                30       | 900    | 300 × 3
                30.01    | 900    | 4 × 30.01 = 120.04 < 300,补足, 300 × 3
                31       | 900    | 4 × 31 = 124 < 300,补足, 300 × 3
                75       | 900    | 4 × 75 × 3
                76       | 912    | 4 × 76 × 3
                """)
        void noLessThanFlat(String area, String amount, String arithmetic) {
            assertAmount(subsidyLine(premises(NO_LESS_THAN_FLAT, area), SETTLEMENT), amount);
        }
    }

    // ---- per premises (I-21) ---------------------------------------------------------------------------------

    @Test
    @DisplayName("一(三) 按解释I-21每处养殖场所各计一次:20 m² 与 40 m² 两处,搬迁补助 300–400 + 280,临时安置 900 + 4×40×3=480,小计 1960–2060 元")
    void perPremises() {
        Quote q = quote(household(null, null, List.of(), List.of(
                new LivestockPremises("牛棚", "东院牛棚", new BigDecimal("20")),
                new LivestockPremises("羊圈", "西院羊圈", new BigDecimal("40"))), null));
        assertThat(q.lines()).extracting(QuoteLine::ref, QuoteLine::code).containsExactlyInAnyOrder(
                tuple("牛棚", MOVING), tuple("牛棚", SETTLEMENT), tuple("羊圈", MOVING), tuple("羊圈", SETTLEMENT));
        assertThat(q.lines()).filteredOn(l -> l.ref().equals("牛棚") && l.code().equals(MOVING))
                .singleElement().satisfies(l -> assertAmount(l, "300", "400"));
        assertThat(q.lines()).filteredOn(l -> l.ref().equals("羊圈") && l.code().equals(MOVING))
                .singleElement().satisfies(l -> assertAmount(l, "280"));
        assertThat(q.lines()).filteredOn(l -> l.ref().equals("牛棚") && l.code().equals(SETTLEMENT))
                .singleElement().satisfies(l -> assertAmount(l, "900"));
        assertThat(q.lines()).filteredOn(l -> l.ref().equals("羊圈") && l.code().equals(SETTLEMENT))
                .singleElement().satisfies(l -> assertAmount(l, "480"));
        assertThat(q.subtotals()).singleElement().satisfies(s -> {
            assertThat(s.section()).isEqualTo("一(三)");
            assertThat(s.title()).isEqualTo("禽类房舍");
            // 300 + 280 + 900 + 480 = 1960; 400 + 280 + 900 + 480 = 2060
            assertThat(s.amountMin()).isEqualByComparingTo("1960");
            assertThat(s.amountMax()).isEqualByComparingTo("2060");
        });
    }

    @Test
    @DisplayName("一(三) 养殖场所未填写面积:报「required」,不报价")
    void premisesAreaRequired() {
        List<Violation> v = violations(household(null, null, List.of(),
                List.of(new LivestockPremises("处1", "鸡舍", null)), null));
        assertThat(v).extracting(Violation::field, Violation::rule)
                .contains(tuple("livestockPremises[0].areaM2", "required"));
    }

    @Test
    @DisplayName("一(三) 养殖场所面积为 0:报「must-be-positive」")
    void premisesAreaPositive() {
        List<Violation> v = violations(household(null, null, List.of(),
                List.of(new LivestockPremises("处1", "鸡舍", BigDecimal.ZERO)), null));
        assertThat(v).extracting(Violation::field, Violation::rule)
                .contains(tuple("livestockPremises[0].areaM2", "must-be-positive"));
    }

    // ---- 注2 杂棚 ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(三) 注2 杂棚(指大牲畜有顶棚):柱头高≤2米按 40 元/m²,>2米每…平方米增加 1 元,以 3 米为限")
    class LivestockShed {

        private ItemInput shed(String columnHeightM) {
            return ItemInput.of("1-3.livestock-shed", "10").withMeasurement("columnHeightM", columnHeightM);
        }

        @ParameterizedTest(name = "一(三) 注2 杂棚 柱头高 {0} m, 按解释I-08 PER_METRE: {3} = {1} 元/m², × 10 m² = {2} 元")
        @DisplayName("一(三) 注2 杂棚 按解释I-08默认PER_METRE:超过2米的部分每米每平方米加1元(按比例),计至3米")
        @CsvSource(delimiter = '|', textBlock = """
                # 柱头高m | 单价  | 10 m² | 算式
                1.5       | 40    | 400   | ≤2米, 40
                1.99      | 40    | 400   | ≤2米, 40
                2         | 40    | 400   | ≤2米, 40
                2.01      | 40.01 | 400.1 | 40 + 0.01 × 1
                2.5       | 40.5  | 405   | 40 + 0.5 × 1
                2.99      | 40.99 | 409.9 | 40 + 0.99 × 1
                3         | 41    | 410   | 40 + 1 × 1
                3.01      | 41    | 410   | 以3米为限
                4         | 41    | 410   | 以3米为限
                """)
        void perMetre(String columnHeightM, String unitPrice, String amount, String arithmetic) {
            QuoteLine l = line(shed(columnHeightM));
            assertThat(l.category()).isEqualTo("杂棚");
            assertThat(l.spec()).isEqualTo("指大牲畜有顶棚");
            assertThat(l.clause()).isEqualTo("一(三) 注2");
            assertThat(l.unit()).isEqualTo("m²");
            assertUnitPrice(l, unitPrice, unitPrice);
            assertAmount(l, amount);
            assertThat(l.interpretations()).contains("I-08");
        }

        @ParameterizedTest(name = "一(三) 注2 杂棚 柱头高 {0} m, 按解释I-08另一读法PER_DECIMETRE: {3} = {1} 元/m², × 10 m² = {2} 元")
        @DisplayName("一(三) 注2 杂棚 按解释I-08另一读法PER_DECIMETRE:超过2米的部分每满0.1米每平方米加1元,计至3米")
        @CsvSource(delimiter = '|', textBlock = """
                # 柱头高m | 单价 | 10 m² | 算式
                2         | 40   | 400   | ≤2米, 40
                2.01      | 40   | 400   | 不满0.1米不加
                2.1       | 41   | 410   | 40 + 1
                2.5       | 45   | 450   | 40 + 5
                2.99      | 49   | 490   | 40 + 9(满9个0.1米)
                3         | 50   | 500   | 40 + 10
                4         | 50   | 500   | 以3米为限, 40 + 10
                """)
        void perDecimetre(String columnHeightM, String unitPrice, String amount, String arithmetic) {
            QuoteLine l = line(PER_DECIMETRE, shed(columnHeightM));
            assertUnitPrice(l, unitPrice, unitPrice);
            assertAmount(l, amount);
        }

        @Test
        @DisplayName("一(三) 注2 杂棚 未填写柱头高:报「measurement-required」,不报价")
        void columnHeightRequired() {
            assertThat(violations(ItemInput.of("1-3.livestock-shed", "10")))
                    .extracting(Violation::field, Violation::rule)
                    .contains(tuple("items[0].measurements.columnHeightM", "measurement-required"));
        }

        @Test
        @DisplayName("一(三) 注2 杂棚 与 一(二) 杂棚 30-40 元/m² 不同(解释I-27):同为 10 m²,大牲畜有顶棚 2 m 得 400 元,其余杂棚得 300–400 元")
        void differsFromOutsideShed() {
            assertAmount(line(shed("2")), "400");
            assertAmount(line("1-2.shed", "10"), "300", "400");
        }
    }
}
