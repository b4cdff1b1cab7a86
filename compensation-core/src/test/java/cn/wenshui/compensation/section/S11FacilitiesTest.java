package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static cn.wenshui.compensation.testing.Quotes.assertUnitPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.testing.Quotes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 一(一) 房屋、附属设施: the rows whose price depends on a measurement, a remark or a reading — 未竣工砖房基础 (pro rata
 * below 1 m), 室外台阶或楼梯 (decoration surcharge), 月台或院内铺砌 (unpriced merged rows), 菜窖, 家用采暖锅炉,
 * 砖土人工井 and 机井 (tiers by depth or area), 内装潢 (unit 「/m」) and 水塔 (a wide range as printed).
 * Their plain prices are also in the tables of {@link S11StructuresTest}. Amounts are written from the regulation.
 */
@DisplayName("一(一) 建筑物拆迁补偿标准 — 房屋、附属设施:基础折算、台阶加价、铺砌、菜窖、锅炉、井、内装潢与水塔")
class S11FacilitiesTest {

    // ---- 基础 未竣工砖房基础 ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 未竣工砖房基础 10 m² 出地 {0} 米:{1} 得 {2}–{3} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 出地高度 | 算式                                | 最低额 | 最高额
            0.3        | 10×120–150×0.3/1                    | 360    | 450
            0.5        | 10×120–150×0.5/1,折半              | 600    | 750
            0.99       | 10×120–150×0.99/1                   | 1188   | 1485
            1          | 出地1m,按该标准执行 10×120–150     | 1200   | 1500
            1.01       | 1m以上,按该标准执行                | 1200   | 1500
            1.5        | 1m以上,按该标准执行                | 1200   | 1500
            """)
    @DisplayName("一(一) 基础 未竣工砖房基础 120-150元/m²:出地1m及以上按该标准执行,不达1米按比例折算(解释I-22)")
    void unfinishedFoundationProRata(String heightM, String arithmetic, String min, String max) {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.foundation.unfinished-brick", "10")
                .withMeasurement("heightM", heightM));
        assertThat(l.spec()).isEqualTo("未竣工砖房基础");
        assertAmount(l, min, max);
        assertThat(l.status()).isEqualTo(LineStatus.RANGE);
        assertThat(l.interpretations()).contains("I-22");
    }

    @Test
    @DisplayName("一(一) 未竣工砖房基础 10 m² 出地0.5米,评估单价140元(注1):10×140×0.5=700元")
    void unfinishedFoundationAppraisedAndProRata() {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.foundation.unfinished-brick", "10")
                .withMeasurement("heightM", "0.5").withAppraisal("140", null));
        assertAmount(l, "700");
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
    }

    @Test
    @DisplayName("一(一) 未竣工砖房基础 须填写出地高度 heightM,否则违反 measurement-required")
    void unfinishedFoundationNeedsHeight() {
        assertThat(Quotes.violations(ItemInput.of("1-1.foundation.unfinished-brick", "10")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].measurements.heightM", "measurement-required"));
    }

    @Test
    @DisplayName("一(一) 按解释I-22 折算只适用于未竣工砖房基础:石基础10 m²出地0.5米仍得2000元,砖混基础圈梁仍得1800–2300元")
    void otherFoundationsAreNotProRated() {
        assertAmount(Quotes.line(ItemInput.of("1-1.foundation.stone", "10").withMeasurement("heightM", "0.5")),
                "2000");
        assertAmount(Quotes.line(ItemInput.of("1-1.foundation.ring-beam", "10").withMeasurement("heightM", "0.5")),
                "1800", "2300");
    }

    // ---- 室外台阶或楼梯 有装潢的视情况增加 20%-40%费用 -------------------------------------------------------

    @ParameterizedTest(name = "一(一) 室外台阶或楼梯 {1} 10 {2} 有装潢、未定比例:{3} 得 {4}–{5} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 编码                  | 规格       | 单位 | 算式                       | 最低额 | 最高额
            1-1.stairs.brick-steps  | 砖台阶     | m²   | 10×50×1.2 – 10×60×1.4      | 600    | 840
            1-1.stairs.stone-steps  | 石台阶     | m²   | 10×60×1.2 – 10×70×1.4      | 720    | 980
            1-1.stairs.steel        | 钢架楼梯   | m    | 10×300×1.2 – 10×400×1.4    | 3600   | 5600
            1-1.stairs.concrete     | 混凝土楼梯 | m    | 10×300×1.2 – 10×350×1.4    | 3600   | 4900
            """)
    @DisplayName("一(一) 室外台阶或楼梯 有装潢未定比例:按加价20%–40%列区间;按解释I-17(默认 ALL_STAIR_ROWS)四行都加价")
    void decoratedStairsWithoutPercent(String code, String spec, String unit, String arithmetic, String min,
                                       String max) {
        QuoteLine l = Quotes.line(ItemInput.of(code, "10").withDecoration(null));
        assertThat(l.category()).isEqualTo("室外台阶或楼梯");
        assertThat(l.spec()).isEqualTo(spec);
        assertThat(l.unit()).isEqualTo(unit);
        assertAmount(l, min, max);
        assertThat(l.status()).isEqualTo(LineStatus.RANGE);
        assertThat(l.interpretations()).contains("I-17");
    }

    @ParameterizedTest(name = "一(一) 砖台阶 10 m² 有装潢加价 {0}%:{1} 得 {2}–{3} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 加价% | 算式                      | 最低额 | 最高额
            20      | 10×50×1.2 – 10×60×1.2     | 600    | 720
            30      | 10×50×1.3 – 10×60×1.3     | 650    | 780
            40      | 10×50×1.4 – 10×60×1.4     | 700    | 840
            """)
    @DisplayName("一(一) 室外台阶或楼梯 砖台阶 有装潢并定加价比例(20%–40%之内,含两端):单价区间整体加价")
    void decoratedBrickStepsWithPercent(String percent, String arithmetic, String min, String max) {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.stairs.brick-steps", "10").withDecoration(percent));
        assertAmount(l, min, max);
    }

    @Test
    @DisplayName("一(一) 砖台阶 10 m² 评估单价55元(注1)、装潢加价30%:10×55×1.3=715元,确定金额")
    void decoratedBrickStepsAppraised() {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.stairs.brick-steps", "10").withAppraisal("55", null)
                .withDecoration("30"));
        assertAmount(l, "715");
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
    }

    @ParameterizedTest(name = "一(一) 砖台阶 有装潢加价 {0}%:超出20%-40%,不受理")
    @CsvSource({"19.99", "40.01", "45", "10"})
    @DisplayName("一(一) 室外台阶或楼梯 装潢加价比例须在20%–40%之间,否则违反 surcharge-outside-range")
    void surchargeOutsideRange(String percent) {
        assertThat(Quotes.violations(ItemInput.of("1-1.stairs.brick-steps", "10").withDecoration(percent)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].surchargePercent", "surcharge-outside-range"));
    }

    @ParameterizedTest(name = "一(一) 按解释I-17 另一读法 BRICK_STEPS_ONLY:{1} 10 {2} 有装潢 → {3}–{4} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 编码                  | 规格       | 单位 | 最低额 | 最高额 | 说明
            1-1.stairs.brick-steps  | 砖台阶     | m²   | 600    | 840    | 备注写在砖台阶一行,仍加价20%–40%
            1-1.stairs.stone-steps  | 石台阶     | m²   | 600    | 700    | 不加价:10×60–70
            1-1.stairs.steel        | 钢架楼梯   | m    | 3000   | 4000   | 不加价:10×300–400
            1-1.stairs.concrete     | 混凝土楼梯 | m    | 3000   | 3500   | 不加价:10×300–350
            """)
    @DisplayName("一(一) 室外台阶或楼梯 按解释I-17另一读法(stair-surcharge-scope=BRICK_STEPS_ONLY):装潢加价只适用于砖台阶")
    void surchargeBrickStepsOnly(String code, String spec, String unit, String min, String max, String why) {
        QuoteEngine engine = Quotes.engine("stair-surcharge-scope", "BRICK_STEPS_ONLY");
        QuoteLine l = Quotes.line(engine, ItemInput.of(code, "10").withDecoration(null));
        assertThat(l.spec()).isEqualTo(spec);
        assertAmount(l, min, max);
    }

    @Test
    @DisplayName("一(一) 装潢加价只见于室外台阶或楼梯备注:砖围墙填写有装潢违反 no-surcharge-rule")
    void noSurchargeOutsideStairs() {
        assertThat(Quotes.violations(ItemInput.of("1-1.wall.brick", "10").withDecoration("30")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].decorated", "no-surcharge-rule"));
    }

    // ---- 月台或院内铺砌 --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 月台或院内铺砌 {1}(印刷无价格)10 m²:共用30-50元/m²,得300–500元")
    @CsvSource(delimiter = '|', textBlock = """
            1-1.paving.concrete | 混凝土或混凝土砖砌
            1-1.paving.rubble   | 毛石砌
            1-1.paving.tile     | 瓷砖砌
            """)
    @DisplayName("一(一) 月台或院内铺砌 未印价格的三行按解释I-14(默认 SHARE_MERGED_PRICE)与机制砖砌合并单元格,共用30-50元/m²")
    void unpricedPavingSharesThePrice(String code, String spec) {
        QuoteLine l = Quotes.line(code, "10");
        assertThat(l.category()).isEqualTo("月台或院内铺砌");
        assertThat(l.spec()).isEqualTo(spec);
        assertThat(l.unit()).isEqualTo("m²");
        assertUnitPrice(l, "30", "50");
        assertAmount(l, "300", "500");
        assertThat(l.status()).isEqualTo(LineStatus.RANGE);
        assertThat(l.interpretations()).contains("I-14");
        // 注1 applies to the shared range as to any other
        assertAmount(Quotes.line(ItemInput.of(code, "10").withAppraisal("45", null)), "450");
        assertAmount(Quotes.line(ItemInput.of(code, "10").withAppraisal("30", null)), "300");
        assertAmount(Quotes.line(ItemInput.of(code, "10").withAppraisal("50", null)), "500");
        assertThat(Quotes.violations(ItemInput.of(code, "10").withAppraisal("50.01", null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].appraisedUnitPrice", "price-outside-range"));
        QuoteLine over = Quotes.line(ItemInput.of(code, "10").withAppraisal("55", "瓷砖铺砌评估报告"));
        assertAmount(over, "550");
        assertThat(over.status()).isEqualTo(LineStatus.OVERRIDDEN);
    }

    @ParameterizedTest(name = "一(一) 按解释I-14 另一读法 APPRAISAL:{1} 10 m² 转评估,不计金额")
    @CsvSource(delimiter = '|', textBlock = """
            1-1.paving.concrete | 混凝土或混凝土砖砌
            1-1.paving.rubble   | 毛石砌
            1-1.paving.tile     | 瓷砖砌
            """)
    @DisplayName("一(一) 月台或院内铺砌 按解释I-14另一读法(unpriced-merged-rows=APPRAISAL):未印价格的行转评估;机制砖砌仍为300–500元")
    void unpricedPavingUnderAppraisalReading(String code, String spec) {
        QuoteEngine engine = Quotes.engine("unpriced-merged-rows", "APPRAISAL");
        Quote q = Quotes.quote(engine, Quotes.household(ItemInput.of(code, "10"),
                ItemInput.of("1-1.paving.machine-brick", "10")));
        assertThat(q.pending()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.spec()).isEqualTo(spec);
            assertThat(p.mode()).isEqualTo(Mode.APPRAISAL);
            assertThat(p.quantity()).isEqualByComparingTo("10");
        });
        assertThat(q.lines()).singleElement().satisfies(l -> {
            assertThat(l.spec()).isEqualTo("机制砖砌");
            assertAmount(l, "300", "500");
        });
        assertThat(q.totalMin()).isEqualByComparingTo("300");
        assertThat(q.totalMax()).isEqualByComparingTo("500");
    }

    // ---- 菜窖 ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 菜窖 10 m² 深 {0} 米({1}):砖石 {2} 元/m² 得 {3} 元,土质 {4} 元/m² 得 {5} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 深度 | 档                                  | 砖石 | 砖石额 | 土质 | 土质额
            0.5    | 深1.2m以下                          | 90   | 900    | 30   | 300
            1.19   | 深1.2m以下                          | 90   | 900    | 30   | 300
            1.2    | 两档都写入,按解释I-01归较低一档    | 90   | 900    | 30   | 300
            1.21   | ≤1.2米-1.5米                        | 130  | 1300   | 35   | 350
            1.49   | ≤1.2米-1.5米                        | 130  | 1300   | 35   | 350
            1.5    | 两档都写入,按解释I-01归较低一档    | 130  | 1300   | 35   | 350
            1.51   | ≤1.5米-2米                          | 170  | 1700   | 40   | 400
            1.99   | ≤1.5米-2米                          | 170  | 1700   | 40   | 400
            2      | 两档都写入,按解释I-01归较低一档    | 170  | 1700   | 40   | 400
            2.01   | ≥2米                                | 200  | 2000   | 45   | 450
            3      | ≥2米                                | 200  | 2000   | 45   | 450
            """)
    @DisplayName("一(一) 菜窖 按窖底面积(解释I-25)、按深度分档,砖石与土质两栏;分界值1.2、1.5、2米按解释I-01(默认 LOWER_TIER)归较低一档")
    void cellar(String depthM, String tier, String brickPrice, String brickAmount, String earthPrice,
                String earthAmount) {
        QuoteLine brick = Quotes.line(ItemInput.of("1-1.cellar.brick-stone", "10").withMeasurement("depthM", depthM));
        assertThat(brick.category()).isEqualTo("菜窖");
        assertThat(brick.spec()).isEqualTo("砖石");
        assertThat(brick.unit()).isEqualTo("m²");
        assertUnitPrice(brick, brickPrice, brickPrice);
        assertAmount(brick, brickAmount);
        assertThat(brick.status()).isEqualTo(LineStatus.EXACT);
        QuoteLine earth = Quotes.line(ItemInput.of("1-1.cellar.earth", "10").withMeasurement("depthM", depthM));
        assertThat(earth.spec()).isEqualTo("土质");
        assertUnitPrice(earth, earthPrice, earthPrice);
        assertAmount(earth, earthAmount);
    }

    @ParameterizedTest(name = "一(一) 菜窖 10 m² 深 {0} 米,按解释I-01另一读法 UPPER_TIER:砖石 {1} 元,土质 {2} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 深度 | 砖石额      | 土质额
            1.19   | 900         | 300
            1.2    | 1300        | 350
            1.5    | 1700        | 400
            2      | 2000        | 450
            """)
    @DisplayName("一(一) 菜窖 按解释I-01另一读法(tier-boundary-point=UPPER_TIER):1.2、1.5、2米归较高一档")
    void cellarUpperTierReading(String depthM, String brickAmount, String earthAmount) {
        QuoteEngine engine = Quotes.engine("tier-boundary-point", "UPPER_TIER");
        assertAmount(Quotes.line(engine, ItemInput.of("1-1.cellar.brick-stone", "10")
                .withMeasurement("depthM", depthM)), brickAmount);
        assertAmount(Quotes.line(engine, ItemInput.of("1-1.cellar.earth", "10")
                .withMeasurement("depthM", depthM)), earthAmount);
    }

    @Test
    @DisplayName("一(一) 菜窖 须填写深度 depthM,否则违反 measurement-required")
    void cellarNeedsDepth() {
        assertThat(Quotes.violations(ItemInput.of("1-1.cellar.earth", "10")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].measurements.depthM", "measurement-required"));
    }

    // ---- 家用采暖锅炉 ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 家用采暖锅炉 采暖面积 {0} m²({1}):{2} 元/台")
    @CsvSource(delimiter = '|', textBlock = """
            # 采暖面积 | 档                                   | 金额
            50         | 100m²以下                            | 2000
            99.99      | 100m²以下                            | 2000
            100        | 两档都写入,按解释I-01归较低一档     | 2000
            100.01     | ≥100m²-<200m²                        | 2650
            199.99     | ≥100m²-<200m²                        | 2650
            200        | ≥200m²-≤300m²                        | 3300
            200.01     | ≥200m²-≤300m²                        | 3300
            299.99     | ≥200m²-≤300m²                        | 3300
            300        | ≥200m²-≤300m²                        | 3300
            300.01     | >300m²                               | 5000
            500        | >300m²                               | 5000
            """)
    @DisplayName("一(一) 家用采暖锅炉 按采暖面积分档(含搬迁费和补助费),未印「元」按元/台读(解释I-13);100m²按解释I-01(默认 LOWER_TIER)归较低一档")
    void heatingBoiler(String heatedAreaM2, String tier, String amount) {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.heating-boiler", "1").withMeasurement("heatedAreaM2", heatedAreaM2));
        assertThat(l.category()).isEqualTo("家用采暖锅炉");
        assertThat(l.unit()).isEqualTo("台");
        assertAmount(l, amount);
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
    }

    @ParameterizedTest(name = "一(一) 家用采暖锅炉 采暖面积 {0} m²,按解释I-01另一读法 UPPER_TIER:{1} 元/台")
    @CsvSource(delimiter = '|', textBlock = """
            99.99 | 2000
            100   | 2650
            200   | 3300
            300   | 3300
            """)
    @DisplayName("一(一) 家用采暖锅炉 按解释I-01另一读法(UPPER_TIER):只有两档都写入的100m²改归较高一档,200、300m²不变")
    void heatingBoilerUpperTierReading(String heatedAreaM2, String amount) {
        QuoteEngine engine = Quotes.engine("tier-boundary-point", "UPPER_TIER");
        assertAmount(Quotes.line(engine, ItemInput.of("1-1.heating-boiler", "1")
                .withMeasurement("heatedAreaM2", heatedAreaM2)), amount);
    }

    @Test
    @DisplayName("一(一) 家用采暖锅炉 两台、采暖面积150 m²:2×2650=5300元;未填采暖面积违反 measurement-required")
    void heatingBoilerQuantityAndMissingArea() {
        assertAmount(Quotes.line(ItemInput.of("1-1.heating-boiler", "2").withMeasurement("heatedAreaM2", "150")),
                "5300");
        assertThat(Quotes.violations(ItemInput.of("1-1.heating-boiler", "1")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].measurements.heatedAreaM2", "measurement-required"));
    }

    // ---- 砖土人工井 ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 砖土人工井 深 {0} 米({1}):{2} 元/口")
    @CsvSource(delimiter = '|', textBlock = """
            # 深度 | 档              | 金额
            3      | 5米以内         | 3000
            4.99   | 5米以内         | 3000
            5      | 5米以内         | 3000
            5.01   | <5米-≤10米      | 4000
            9.99   | <5米-≤10米      | 4000
            10     | <5米-≤10米      | 4000
            10.01  | <10米-≤20米     | 5000
            19.99  | <10米-≤20米     | 5000
            20     | <10米-≤20米     | 5000
            20.01  | >20米           | 7000
            35     | >20米           | 7000
            """)
    @DisplayName("一(一) 砖土人工井(含配套设施) 按深度分档:5米以内3000元/口,<5–≤10米4000元,<10–≤20米5000元,>20米7000元")
    void handDugWell(String depthM, String tier, String amount) {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.hand-dug-well", "1").withMeasurement("depthM", depthM));
        assertThat(l.category()).isEqualTo("砖土人工井(含配套设施)");
        assertThat(l.unit()).isEqualTo("口");
        assertAmount(l, amount);
    }

    @Test
    @DisplayName("一(一) 砖土人工井 两口、各深8米:2×4000=8000元")
    void twoHandDugWells() {
        assertAmount(Quotes.line(ItemInput.of("1-1.hand-dug-well", "2").withMeasurement("depthM", "8")), "8000");
    }

    // ---- 机井 -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 机井 {1} 深 {2} 米:按解释I-07(默认 WHOLE_DEPTH){3} 得 {4} 元;另一读法 MARGINAL {5} 得 {6} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 编码               | 规格       | 深度   | 整口算式        | 整口额 | 超出部分算式            | 超出部分额
            1-1.well.cement-pipe | 水泥管机井 | 100    | 100×600         | 60000  | 100×600                 | 60000
            1-1.well.cement-pipe | 水泥管机井 | 250    | 250×600         | 150000 | 250×600                 | 150000
            1-1.well.steel-pipe  | 钢管机井   | 100    | 100×1100        | 110000 | 100×1100                | 110000
            1-1.well.steel-pipe  | 钢管机井   | 199.99 | 199.99×1100     | 219989 | 199.99×1100             | 219989
            1-1.well.steel-pipe  | 钢管机井   | 200    | 200×1100        | 220000 | 200×1100                | 220000
            1-1.well.steel-pipe  | 钢管机井   | 200.01 | 200.01×1200     | 240012 | 200×1100+0.01×1200      | 220012
            1-1.well.steel-pipe  | 钢管机井   | 250    | 250×1200        | 300000 | 200×1100+50×1200        | 280000
            """)
    @DisplayName("一(一) 机井 水泥管600元/m.深;钢管≤200米1100元/m.深,大于200米「在200米以下基础上按每米增加100元计」:两种读法(解释I-07)")
    void machineWell(String code, String spec, String depthM, String wholeArithmetic, String wholeAmount,
                     String marginalArithmetic, String marginalAmount) {
        QuoteLine whole = Quotes.line(code, depthM);
        assertThat(whole.category()).isEqualTo("机井");
        assertThat(whole.spec()).startsWith(spec);
        assertThat(whole.unit()).isEqualTo("m");
        assertAmount(whole, wholeAmount);
        assertThat(whole.status()).isEqualTo(LineStatus.EXACT);
        QuoteLine marginal = Quotes.line(Quotes.engine("machine-well-beyond-200m", "MARGINAL"),
                ItemInput.of(code, depthM));
        assertAmount(marginal, marginalAmount);
    }

    @Test
    @DisplayName("一(一) 机井 钢管250米:默认读法整口单价1200元/m(1100+100),另一读法 MARGINAL 无单一单价;两者都注明解释I-07")
    void machineWellUnitPrices() {
        QuoteLine whole = Quotes.line("1-1.well.steel-pipe", "250");
        assertUnitPrice(whole, "1200", "1200");
        assertThat(whole.interpretations()).contains("I-07");
        QuoteLine marginal = Quotes.line(Quotes.engine("machine-well-beyond-200m", "MARGINAL"),
                ItemInput.of("1-1.well.steel-pipe", "250"));
        assertThat(marginal.unitPriceMin()).isNull();
        assertThat(marginal.unitPriceMax()).isNull();
        assertThat(marginal.interpretations()).contains("I-07");
    }

    // ---- 内装潢 (印作「/m」) -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) {1} {2} {3} 10 单位:默认读作 m² 得 {4}–{5} 元;AS_PRINTED 读法单位为 m,金额相同")
    @CsvSource(delimiter = '|', textBlock = """
            # 编码                    | 种类                       | 规格     | 印刷           | 最低额 | 最高额
            1-1.decoration.simple     | 内装潢                     | 简单装潢 | 100-200 元 /m  | 1000   | 2000
            1-1.decoration.mid-range  | 内装潢                     | 中档装潢 | 300-400 元 /m  | 3000   | 4000
            1-1.decoration.high-end   | 内装潢                     | 高档装潢 | 450-600 元 /m  | 4500   | 6000
            1-1.tank.stone            | 蓄水池、粪池(包含所有设备) | 石质     | 50-100 元 /m   | 500    | 1000
            """)
    @DisplayName("一(一) 内装潢、石质蓄水池 印作「/m」:按解释I-12(默认 AREA)按平方米计,另一读法 per-metre-units=AS_PRINTED 单位显示为 m")
    void perMetreUnits(String code, String category, String spec, String printed, String min, String max) {
        QuoteLine area = Quotes.line(code, "10");
        assertThat(area.category()).isEqualTo(category);
        assertThat(area.spec()).isEqualTo(spec);
        assertThat(area.printed()).isEqualTo(printed);
        assertThat(area.unit()).isEqualTo("m²");
        assertAmount(area, min, max);
        QuoteLine asPrinted = Quotes.line(Quotes.engine("per-metre-units", "AS_PRINTED"), ItemInput.of(code, "10"));
        assertThat(asPrinted.unit()).isEqualTo("m");
        assertAmount(asPrinted, min, max);
    }

    @Test
    @DisplayName("一(一) 解释I-12 只涉及印作「/m」而应为「/m²」的行:砖质蓄水池两种读法都为 m²,乒乓球台、黑板栏两种读法都为 m")
    void perMetreUnitsLeaveOtherRowsAlone() {
        QuoteEngine asPrinted = Quotes.engine("per-metre-units", "AS_PRINTED");
        assertThat(Quotes.line("1-1.tank.brick", "10").unit()).isEqualTo("m²");
        assertThat(Quotes.line(asPrinted, ItemInput.of("1-1.tank.brick", "10")).unit()).isEqualTo("m²");
        assertThat(Quotes.line("1-1.ping-pong-blackboard", "10").unit()).isEqualTo("m");
        assertThat(Quotes.line(asPrinted, ItemInput.of("1-1.ping-pong-blackboard", "10")).unit()).isEqualTo("m");
    }

    // ---- 水塔 ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 水塔 混凝土 {0} m³,评估单价 {1} 元:得 {2} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 体积 | 评估单价 | 金额
            1      | 100      | 100
            1      | 500      | 500
            1      | 999.99   | 999.99
            1      | 1200     | 1200
            20     | 850      | 17000
            """)
    @DisplayName("一(一) 水塔 混凝土 100-1200元/m³ 按印刷区间执行(解释I-15,不推测为1000-1200):区间内的评估单价都按评估价")
    void waterTowerAsPrinted(String volume, String unitPrice, String amount) {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.water-tower.concrete", volume).withAppraisal(unitPrice, null));
        assertThat(l.category()).isEqualTo("水塔");
        assertThat(l.unit()).isEqualTo("m³");
        assertAmount(l, amount);
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
    }

    @Test
    @DisplayName("一(一) 水塔 混凝土 1 m³ 未评估:100–1200元")
    void waterTowerRange() {
        QuoteLine l = Quotes.line("1-1.water-tower.concrete", "1");
        assertAmount(l, "100", "1200");
        assertThat(l.status()).isEqualTo(LineStatus.RANGE);
    }
}
