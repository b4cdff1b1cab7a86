package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static cn.wenshui.compensation.testing.Quotes.assertUnitPrice;
import static cn.wenshui.compensation.testing.Quotes.engine;
import static cn.wenshui.compensation.testing.Quotes.household;
import static cn.wenshui.compensation.testing.Quotes.line;
import static cn.wenshui.compensation.testing.Quotes.pending;
import static cn.wenshui.compensation.testing.Quotes.quote;
import static cn.wenshui.compensation.testing.Quotes.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.schedule.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 一(二) 院外建筑类全线采用: every priced cell as printed, every tier edge, the rows decided outside the table
 * (功能恢复, 协商) and the rows not compensated (注). Expected amounts are copied from the regulation text with the
 * arithmetic written out; nothing is read from the schedule file.
 */
@DisplayName("一(二) 院外建筑类:货币补偿与功能恢复相结合")
class S12OutsideStructuresTest {

    private static final QuoteEngine UPPER_TIER = engine("tier-boundary-point", "UPPER_TIER");

    private static ItemInput item(String code, String quantity, String measure, String value) {
        return ItemInput.of(code, quantity).withMeasurement(measure, value);
    }

    // ---- rows with one price or one printed range ------------------------------------------------------------

    @Nested
    @DisplayName("一(二) 定价与区间行")
    class PricedRows {

        @ParameterizedTest(name = "一(二) {1} {2} {4}: {3} {5} × {6}-{7} 元 = {8}–{9} 元")
        @DisplayName("一(二) 定价行:数量 × 印刷单价,区间行列最低与最高额")
        @CsvSource(delimiter = '|', textBlock = """
                # code                     | 种类       | 规格            | 数量 | 印刷单价         | 单位 | 单价低 | 单价高 | 金额低 | 金额高
                1-2.slope.earth            | 护坡       | 土制            | 10   | 80-110 元 /m ²   | m²   | 80     | 110    | 800    | 1100
                1-2.dam.earth              | 坝         | 土制            | 10   | 13 元 /m ²       | m²   | 13     | 13     | 130    | 130
                1-2.dam.dry-stone          | 坝         | 干砌或泥砌石坝  | 10   | 120 元 /m ²      | m²   | 120    | 120    | 1200   | 1200
                1-2.dam.mortar-stone       | 坝         | 水泥砂浆砌石坝  | 10   | 150 元 /m ²      | m²   | 150    | 150    | 1500   | 1500
                1-2.shed                   | 杂棚       | ''              | 10   | 30-40 元 /m ²    | m²   | 30     | 40     | 300    | 400
                1-2.greenhouse.brick-wall  | 温室       | 钢架 + 砖墙结构 | 10   | 135 元 /m ²      | m²   | 135    | 135    | 1350   | 1350
                1-2.greenhouse.earth-wall  | 温室       | 钢架 + 土墙结构 | 10   | 90 元 /m ²       | m²   | 90     | 90     | 900    | 900
                1-2.polytunnel.steel-frame | 大棚       | 钢架结构        | 10   | 45 元 /m ²       | m²   | 45     | 45     | 450    | 450
                1-2.lime-kiln              | 石灰窑     | ''              | 10   | 500 元 /m ²      | m²   | 500    | 500    | 5000   | 5000
                1-2.factory-chimney        | 厂矿烟囱   | ''              | 10   | 288 元 /m        | m    | 288    | 288    | 2880   | 2880
                1-2.ore-furnace            | 烧矿炉     | ''              | 10   | 600 元 /m ²      | m²   | 600    | 600    | 6000   | 6000
                1-2.biogas                 | 沼气       | ''              | 2    | 3000-3500 元 /套 | 套   | 3000   | 3500   | 6000   | 7000
                1-2.billboard              | 广告牌     | ''              | 10   | 30-50 元 /m      | m²   | 30     | 50     | 300    | 500
                1-2.stainless-railing      | 不锈钢栏杆 | ''              | 10   | 100-180 元 /m    | m    | 100    | 180    | 1000   | 1800
                1-2.sprinkler.pipe         | 喷灌管道   | ''              | 10   | 20-30 元 /m      | m    | 20     | 30     | 200    | 300
                1-2.sprinkler.head         | 喷灌喷头   | ''              | 3    | 150-300 元 /个   | 个   | 150    | 300    | 450    | 900
                """)
        void pricedRow(String code, String category, String spec, String quantity, String printed, String unit,
                       String unitMin, String unitMax, String amountMin, String amountMax) {
            QuoteLine l = line(code, quantity);
            assertThat(l.section()).isEqualTo("一(二)");
            assertThat(l.category()).isEqualTo(category);
            assertThat(l.spec()).isEqualTo(spec);
            assertThat(l.printed()).isEqualTo(printed);
            assertThat(l.unit()).isEqualTo(unit);
            assertUnitPrice(l, unitMin, unitMax);
            assertAmount(l, amountMin, amountMax);
            assertThat(l.status()).isEqualTo(unitMin.equals(unitMax) ? LineStatus.EXACT : LineStatus.RANGE);
        }

        @Test
        @DisplayName("一(二) 厂矿烟囱 288 元/m:1.2345 m 得 355.536 元,按解释I-30每行四舍五入到分为 355.54 元")
        void chimneyRoundsToTheFen() {
            assertAmount(line("1-2.factory-chimney", "1.2345"), "355.54");
        }

        @Test
        @DisplayName("一(二) 杂棚 30-40 元/m²:0.333 m² 得 9.99–13.32 元(0.333×30、0.333×40)")
        void shedSmallArea() {
            assertAmount(line("1-2.shed", "0.333"), "9.99", "13.32");
        }

        @Test
        @DisplayName("一(二) 坝 按解释I-16院外坝按面积计:干砌或泥砌石坝 120 元/m²、水泥砂浆砌石坝 150 元/m²,2.5 m² 得 300 / 375 元")
        void damsArePerSquareMetre() {
            QuoteLine dry = line("1-2.dam.dry-stone", "2.5");
            QuoteLine mortar = line("1-2.dam.mortar-stone", "2.5");
            assertThat(dry.unit()).isEqualTo("m²");
            assertThat(mortar.unit()).isEqualTo("m²");
            assertAmount(dry, "300");
            assertAmount(mortar, "375");
        }

        @Test
        @DisplayName("一(二) 广告牌 印作「30-50 元 /m」:按解释I-12默认按 m² 计,12 m² 得 360–600 元")
        void billboardPerSquareMetreByDefault() {
            QuoteLine l = line("1-2.billboard", "12");
            assertThat(l.unit()).isEqualTo("m²");
            assertAmount(l, "360", "600");
            assertThat(l.interpretations()).contains("I-12");
        }

        @Test
        @DisplayName("一(二) 广告牌 按解释I-12另一读法AS_PRINTED:单位照印作 m,12 m 仍得 360–600 元")
        void billboardAsPrinted() {
            QuoteLine l = line(engine("per-metre-units", "AS_PRINTED"), ItemInput.of("1-2.billboard", "12"));
            assertThat(l.unit()).isEqualTo("m");
            assertAmount(l, "360", "600");
        }
    }

    // ---- 护坡: one price, four rows ------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(二) 护坡 土制 80-110 元/m²(指正面墙体面积)与三行未印价格的行")
    class Slope {

        @Test
        @DisplayName("一(二) 护坡 土制 80-110 元/m²:备注「指正面墙体面积」,10 m² 得 800–1100 元")
        void earth() {
            QuoteLine l = line("1-2.slope.earth", "10");
            assertThat(l.category()).isEqualTo("护坡");
            assertThat(l.spec()).isEqualTo("土制");
            assertAmount(l, "800", "1100");
            assertThat(l.status()).isEqualTo(LineStatus.RANGE);
        }

        @ParameterizedTest(name = "一(二) 护坡 {1}: 按解释I-14共用 80-110 元/m², 10 m² 得 800–1100 元")
        @DisplayName("一(二) 护坡 干砌、混合砂浆石质、混合砂浆石砌水泥罩面 未印价格:按解释I-14视为合并单元格,共用土制的 80-110 元/m²")
        @CsvSource(delimiter = '|', textBlock = """
                1-2.slope.dry-laid              | 干砌
                1-2.slope.mortar-stone          | 混合砂浆石质
                1-2.slope.mortar-stone-rendered | 混合砂浆石砌水泥罩面
                """)
        void unpricedRowsShareTheMergedPrice(String code, String spec) {
            QuoteLine l = line(code, "10");
            assertThat(l.category()).isEqualTo("护坡");
            assertThat(l.spec()).isEqualTo(spec);
            assertUnitPrice(l, "80", "110");
            assertAmount(l, "800", "1100");
            assertThat(l.interpretations()).contains("I-14");
        }

        @ParameterizedTest(name = "一(二) 护坡 {1}: 按解释I-14另一读法APPRAISAL转评估,不计金额")
        @DisplayName("一(二) 护坡 三行未印价格:按解释I-14另一读法APPRAISAL,列入待评估事项,不计金额")
        @CsvSource(delimiter = '|', textBlock = """
                1-2.slope.dry-laid              | 干砌
                1-2.slope.mortar-stone          | 混合砂浆石质
                1-2.slope.mortar-stone-rendered | 混合砂浆石砌水泥罩面
                """)
        void unpricedRowsToAppraisal(String code, String spec) {
            Quote q = quote(engine("unpriced-merged-rows", "APPRAISAL"), household(ItemInput.of(code, "10")));
            assertThat(q.lines()).isEmpty();
            assertThat(q.pending()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(code);
                assertThat(p.spec()).isEqualTo(spec);
                assertThat(p.mode()).isEqualTo(Mode.APPRAISAL);
            });
            assertThat(q.totalMin()).isEqualByComparingTo("0");
            assertThat(q.totalMax()).isEqualByComparingTo("0");
        }

        @Test
        @DisplayName("一(二) 护坡 土制 有印刷价格:按解释I-14另一读法APPRAISAL仍按 80-110 元/m² 计,10 m² 得 800–1100 元")
        void pricedRowUnaffectedByAppraisalReading() {
            QuoteLine l = line(engine("unpriced-merged-rows", "APPRAISAL"), ItemInput.of("1-2.slope.earth", "10"));
            assertAmount(l, "800", "1100");
        }
    }

    // ---- 涵洞 --------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(二) 涵洞:按解释I-24以跨径分档,按涵洞长度每米计价")
    class Culvert {

        @ParameterizedTest(name = "一(二) 涵洞 跨径 {0} m、长 10 m: 砖砌 {1} 元/m 得 {2} 元, 石砌 {3} 元/m 得 {4} 元")
        @DisplayName("一(二) 涵洞 砖砌 500/700/1000/1300、石砌 800/1000/1300/1600 元/m:各档边界的下、上与恰在其上")
        @CsvSource(delimiter = '|', textBlock = """
                # 跨径m | 砖砌单价 | 砖砌 10m | 石砌单价 | 石砌 10m
                0.5     | 500      | 5000     | 800      | 8000
                0.99    | 500      | 5000     | 800      | 8000
                1       | 500      | 5000     | 800      | 8000
                1.01    | 700      | 7000     | 1000     | 10000
                1.5     | 700      | 7000     | 1000     | 10000
                1.99    | 700      | 7000     | 1000     | 10000
                2       | 1000     | 10000    | 1300     | 13000
                2.01    | 1000     | 10000    | 1300     | 13000
                2.99    | 1000     | 10000    | 1300     | 13000
                3       | 1000     | 10000    | 1300     | 13000
                3.01    | 1300     | 13000    | 1600     | 16000
                8       | 1300     | 13000    | 1600     | 16000
                """)
        void bySpan(String spanM, String brickUnit, String brickAmount, String stoneUnit, String stoneAmount) {
            QuoteLine brick = line(item("1-2.culvert.brick", "10", "spanM", spanM));
            QuoteLine stone = line(item("1-2.culvert.stone", "10", "spanM", spanM));
            assertThat(brick.unit()).isEqualTo("m");
            assertThat(stone.unit()).isEqualTo("m");
            assertUnitPrice(brick, brickUnit, brickUnit);
            assertAmount(brick, brickAmount);
            assertUnitPrice(stone, stoneUnit, stoneUnit);
            assertAmount(stone, stoneAmount);
            assertThat(brick.status()).isEqualTo(LineStatus.EXACT);
        }

        @Test
        @DisplayName("一(二) 涵洞 跨径恰为1米:「1米以下」与「≤1米-<2米」都写入,按解释I-01归较低一档,砖砌 500、石砌 800 元/m,长 3 m 得 1500 / 2400 元")
        void oneMetreIsLowerTierByDefault() {
            assertAmount(line(item("1-2.culvert.brick", "3", "spanM", "1")), "1500");
            assertAmount(line(item("1-2.culvert.stone", "3", "spanM", "1")), "2400");
        }

        @Test
        @DisplayName("一(二) 涵洞 跨径恰为1米:由解释I-01决定档次,报价行注明I-01")
        void oneMetreCitesI01() {
            assertThat(line(item("1-2.culvert.brick", "3", "spanM", "1")).interpretations()).contains("I-01");
            assertThat(line(item("1-2.culvert.stone", "3", "spanM", "1")).interpretations()).contains("I-01");
        }

        @ParameterizedTest(name = "一(二) 涵洞 跨径 {0} m、长 10 m, 按解释I-01另一读法UPPER_TIER: 砖砌 {1} 元, 石砌 {2} 元")
        @DisplayName("一(二) 涵洞 按解释I-01另一读法UPPER_TIER:跨径1米归较高一档(砖砌700、石砌1000 元/m);2米、3米只有一档写入,不变")
        @CsvSource(delimiter = '|', textBlock = """
                0.99 | 5000  | 8000
                1    | 7000  | 10000
                1.01 | 7000  | 10000
                2    | 10000 | 13000
                3    | 10000 | 13000
                3.01 | 13000 | 16000
                """)
        void upperTierReading(String spanM, String brickAmount, String stoneAmount) {
            assertAmount(line(UPPER_TIER, item("1-2.culvert.brick", "10", "spanM", spanM)), brickAmount);
            assertAmount(line(UPPER_TIER, item("1-2.culvert.stone", "10", "spanM", spanM)), stoneAmount);
        }

        @Test
        @DisplayName("一(二) 涵洞 石砌「≤<1 米 - <2 米」:跨径 1.5 m、长 2.5 m 得 1000×2.5 = 2500 元")
        void stoneDamagedTierText() {
            QuoteLine l = line(item("1-2.culvert.stone", "2.5", "spanM", "1.5"));
            assertThat(l.spec()).isEqualTo("石砌");
            assertAmount(l, "2500");
        }

        @Test
        @DisplayName("一(二) 涵洞 未填写跨径:报「measurement-required」,不报价")
        void spanRequired() {
            assertThat(violations(ItemInput.of("1-2.culvert.brick", "10"))).extracting(Violation::field, Violation::rule)
                    .contains(tuple("items[0].measurements.spanM", "measurement-required"));
        }

        @Test
        @DisplayName("一(二) 涵洞 备注「如遇等级公路涵洞、桥梁等…恢复功能为主」:列入待定事项,按功能恢复,不计金额")
        void gradedRoadIsFunctionRestoration() {
            PendingItem p = pending(ItemInput.of("1-2.culvert.graded-road", "1"));
            assertThat(p.mode()).isEqualTo(Mode.FUNCTION_RESTORATION);
            assertThat(p.category()).isEqualTo("涵洞");
        }
    }

    // ---- 混凝土管涵 -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(二) 混凝土管涵 跨径 {0} cm、长 10 m: {1} 元/m 得 {2} 元")
    @DisplayName("一(二) 混凝土管涵 跨径 ≤30cm 100、>30cm-<50cm 120、≥50cm-<100cm 140、≥100cm 200 元/m:30、50、100 cm 边界")
    @CsvSource(delimiter = '|', textBlock = """
            # 跨径cm | 单价 | 长 10 m
            10       | 100  | 1000
            29.99    | 100  | 1000
            30       | 100  | 1000
            30.01    | 120  | 1200
            49.99    | 120  | 1200
            50       | 140  | 1400
            50.01    | 140  | 1400
            99.99    | 140  | 1400
            100      | 200  | 2000
            100.01   | 200  | 2000
            300      | 200  | 2000
            """)
    void pipeCulvert(String spanCm, String unit, String amount) {
        QuoteLine l = line(item("1-2.pipe-culvert", "10", "spanCm", spanCm));
        assertThat(l.category()).isEqualTo("混凝土管涵");
        assertThat(l.unit()).isEqualTo("m");
        assertUnitPrice(l, unit, unit);
        assertAmount(l, amount);
    }

    // ---- 排水渠 -----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(二) 排水渠 土质/砖砌/石砌 × 0.5 米以内 / ≤0.5m-≤0.8m / 0.8m 以上(按解释I-13元/米)")
    class Drain {

        @ParameterizedTest(name = "一(二) 排水渠 宽 {0} m、长 10 m: 土质 {1} 元/m 得 {2}、砖砌 {3} 元/m 得 {4}、石砌 {5} 元/m 得 {6} 元")
        @DisplayName("一(二) 排水渠 三种材料×三档宽度:0.5 与 0.8 两处边界都被两档写入,按解释I-01归较低一档")
        @CsvSource(delimiter = '|', textBlock = """
                # 宽m | 土质 | 10 m | 砖砌 | 10 m | 石砌 | 10 m
                0.3   | 10   | 100  | 50   | 500  | 70   | 700
                0.49  | 10   | 100  | 50   | 500  | 70   | 700
                0.5   | 10   | 100  | 50   | 500  | 70   | 700
                0.51  | 13   | 130  | 80   | 800  | 90   | 900
                0.79  | 13   | 130  | 80   | 800  | 90   | 900
                0.8   | 13   | 130  | 80   | 800  | 90   | 900
                0.81  | 15   | 150  | 100  | 1000 | 110  | 1100
                2     | 15   | 150  | 100  | 1000 | 110  | 1100
                """)
        void byWidth(String widthM, String earth, String earthAmount, String brick, String brickAmount, String stone,
                     String stoneAmount) {
            check("1-2.drain.earth", "土质", widthM, earth, earthAmount);
            check("1-2.drain.brick", "砖砌", widthM, brick, brickAmount);
            check("1-2.drain.stone", "石砌", widthM, stone, stoneAmount);
        }

        private void check(String code, String spec, String widthM, String unitPrice, String amount) {
            QuoteLine l = line(item(code, "10", "widthM", widthM));
            assertThat(l.category()).isEqualTo("排水渠");
            assertThat(l.spec()).isEqualTo(spec);
            assertThat(l.unit()).isEqualTo("m");
            assertUnitPrice(l, unitPrice, unitPrice);
            assertAmount(l, amount);
        }

        @Test
        @DisplayName("一(二) 排水渠 长 7 m:土质宽0.5m 7×10=70、砖砌宽0.8m 7×80=560、石砌宽1m 7×110=770 元")
        void amountsWritten() {
            assertAmount(line(item("1-2.drain.earth", "7", "widthM", "0.5")), "70");
            assertAmount(line(item("1-2.drain.brick", "7", "widthM", "0.8")), "560");
            assertAmount(line(item("1-2.drain.stone", "7", "widthM", "1")), "770");
        }

        @Test
        @DisplayName("一(二) 排水渠 宽恰为0.5 m、0.8 m:由解释I-01决定档次,报价行注明I-01")
        void boundariesCiteI01() {
            assertThat(line(item("1-2.drain.brick", "10", "widthM", "0.5")).interpretations()).contains("I-01");
            assertThat(line(item("1-2.drain.brick", "10", "widthM", "0.8")).interpretations()).contains("I-01");
        }

        @ParameterizedTest(name = "一(二) 排水渠 宽 {0} m, 按解释I-01另一读法UPPER_TIER: 土质 {1}、砖砌 {2}、石砌 {3} 元/m")
        @DisplayName("一(二) 排水渠 按解释I-01另一读法UPPER_TIER:0.5 m 归「≤0.5m-≤0.8m」,0.8 m 归「0.8m 以上」")
        @CsvSource(delimiter = '|', textBlock = """
                0.49 | 10 | 50  | 70
                0.5  | 13 | 80  | 90
                0.79 | 13 | 80  | 90
                0.8  | 15 | 100 | 110
                """)
        void upperTierReading(String widthM, String earth, String brick, String stone) {
            assertUnitPrice(line(UPPER_TIER, item("1-2.drain.earth", "10", "widthM", widthM)), earth, earth);
            assertUnitPrice(line(UPPER_TIER, item("1-2.drain.brick", "10", "widthM", widthM)), brick, brick);
            assertUnitPrice(line(UPPER_TIER, item("1-2.drain.stone", "10", "widthM", widthM)), stone, stone);
        }
    }

    // ---- 排水管道 ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(二) 排水管道 水泥管 <30cm 40、>30cm 80;瓷管(含 PVC) ≤30cm 50、>30cm 150 元/m")
    class Drainpipe {

        @ParameterizedTest(name = "一(二) 排水管道 管径 {0} cm、长 10 m: 水泥管 {1} 元/m 得 {2} 元, 瓷管 {3} 元/m 得 {4} 元")
        @DisplayName("一(二) 排水管道 30 cm 边界:水泥管恰30cm两档都未写入,按解释I-01归较低一档 40 元/m")
        @CsvSource(delimiter = '|', textBlock = """
                # 管径cm | 水泥管 | 10 m | 瓷管 | 10 m
                10       | 40     | 400  | 50   | 500
                29.99    | 40     | 400  | 50   | 500
                30       | 40     | 400  | 50   | 500
                30.01    | 80     | 800  | 150  | 1500
                60       | 80     | 800  | 150  | 1500
                """)
        void byDiameter(String cm, String cementUnit, String cementAmount, String ceramicUnit, String ceramicAmount) {
            QuoteLine cement = line(item("1-2.drainpipe.cement", "10", "pipeDiameterCm", cm));
            QuoteLine ceramic = line(item("1-2.drainpipe.ceramic-pvc", "10", "pipeDiameterCm", cm));
            assertThat(cement.category()).isEqualTo("排水管道");
            assertThat(cement.spec()).isEqualTo("水泥管");
            assertThat(ceramic.spec()).isEqualTo("瓷管(含 PVC)");
            assertUnitPrice(cement, cementUnit, cementUnit);
            assertAmount(cement, cementAmount);
            assertUnitPrice(ceramic, ceramicUnit, ceramicUnit);
            assertAmount(ceramic, ceramicAmount);
        }

        @Test
        @DisplayName("一(二) 排水管道 水泥管 管径恰30cm:「<30cm」「>30cm」都未写入,按解释I-01归较低一档,报价行注明I-01")
        void cementThirtyCitesI01() {
            QuoteLine l = line(item("1-2.drainpipe.cement", "10", "pipeDiameterCm", "30"));
            assertAmount(l, "400");
            assertThat(l.interpretations()).contains("I-01");
        }

        @Test
        @DisplayName("一(二) 排水管道 按解释I-01另一读法UPPER_TIER:水泥管恰30cm归「>30cm」80 元/m,10 m 得 800 元;瓷管「≤30cm」已写明,仍 50 元/m")
        void upperTierReading() {
            assertAmount(line(UPPER_TIER, item("1-2.drainpipe.cement", "10", "pipeDiameterCm", "30")), "800");
            assertAmount(line(UPPER_TIER, item("1-2.drainpipe.cement", "10", "pipeDiameterCm", "29.99")), "400");
            assertAmount(line(UPPER_TIER, item("1-2.drainpipe.ceramic-pvc", "10", "pipeDiameterCm", "30")), "500");
        }

        @Test
        @DisplayName("一(二) 排水管道 未填写管径:报「measurement-required」")
        void diameterRequired() {
            assertThat(violations(ItemInput.of("1-2.drainpipe.cement", "10"))).extracting(Violation::rule)
                    .contains("measurement-required");
        }
    }

    // ---- 输水管道 ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(二) 输水管道 管径 {0} m、长 10 m: {1} 元/m 得 {2} 元")
    @DisplayName("一(二) 输水管道 <0.02m 9、≥0.02m-≤0.05m 13、>0.05m 15 元/m:0.02 与 0.05 边界")
    @CsvSource(delimiter = '|', textBlock = """
            # 管径m | 单价 | 长 10 m
            0.01    | 9    | 90
            0.019   | 9    | 90
            0.02    | 13   | 130
            0.021   | 13   | 130
            0.049   | 13   | 130
            0.05    | 13   | 130
            0.051   | 15   | 150
            0.2     | 15   | 150
            """)
    void waterMain(String diameterM, String unit, String amount) {
        QuoteLine l = line(item("1-2.water-main", "10", "pipeDiameterM", diameterM));
        assertThat(l.category()).isEqualTo("输水管道");
        assertThat(l.unit()).isEqualTo("m");
        assertUnitPrice(l, unit, unit);
        assertAmount(l, amount);
    }

    // ---- rows decided elsewhere, rows not compensated --------------------------------------------------------

    @ParameterizedTest(name = "一(二) {1}: {2}")
    @DisplayName("一(二) 公共基础设施、农业设施(功能恢复)与村庙(先与村委协商):列入待定事项,不计金额")
    @CsvSource(delimiter = '|', textBlock = """
            1-2.public-infrastructure | 公共基础设施 | FUNCTION_RESTORATION
            1-2.agricultural-facility | 农业设施     | FUNCTION_RESTORATION
            1-2.culvert.graded-road   | 涵洞         | FUNCTION_RESTORATION
            1-2.village-temple        | 村庙         | NEGOTIATION
            """)
    void pendingRows(String code, String category, Mode mode) {
        Quote q = quote(household(ItemInput.of(code, "1")));
        assertThat(q.lines()).isEmpty();
        assertThat(q.pending()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.section()).isEqualTo("一(二)");
            assertThat(p.category()).isEqualTo(category);
            assertThat(p.mode()).isEqualTo(mode);
        });
        assertThat(q.totalMin()).isEqualByComparingTo("0");
        assertThat(q.totalMax()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("一(二) 村庙「首先与村委协商不成的,由中介机构介入,按评估价执行」:不接受单价")
    void templeTakesNoUnitPrice() {
        assertThat(violations(ItemInput.of("1-2.village-temple", "1").withAppraisal("5000", null)))
                .extracting(Violation::rule).contains("no-price-for-pending-item");
    }

    @ParameterizedTest(name = "一(二) 注: {1} 不予补偿, 列 0 元")
    @DisplayName("一(二) 注「废弃枯井、废渠、无主坟墓、不予补偿」:列出,金额 0,状态 NOT_COMPENSATED")
    @CsvSource(delimiter = '|', textBlock = """
            1-2.abandoned-well  | 废弃枯井
            1-2.abandoned-canal | 废渠
            1-2.unowned-grave   | 无主坟墓
            """)
    void notCompensated(String code, String category) {
        QuoteLine l = line(code, "2");
        assertThat(l.category()).isEqualTo(category);
        assertThat(l.printed()).isEqualTo("不予补偿");
        assertThat(l.clause()).isEqualTo("一(二) 注");
        assertThat(l.status()).isEqualTo(LineStatus.NOT_COMPENSATED);
        assertAmount(l, "0");
    }

    @Test
    @DisplayName("一(二) 小计:护坡 10 m²(800–1100)+ 土坝 10 m²(130)+ 废弃枯井(0)= 930–1230 元,村庙不计入")
    void subtotal() {
        Quote q = quote(household(ItemInput.of("1-2.slope.earth", "10"), ItemInput.of("1-2.dam.earth", "10"),
                ItemInput.of("1-2.abandoned-well", "1"), ItemInput.of("1-2.village-temple", "1")));
        assertThat(q.lines()).hasSize(3);
        assertThat(q.pending()).hasSize(1);
        assertThat(q.subtotals()).singleElement().satisfies(s -> {
            assertThat(s.section()).isEqualTo("一(二)");
            assertThat(s.title()).isEqualTo("院外建筑类");
            assertThat(s.amountMin()).isEqualByComparingTo("930");
            assertThat(s.amountMax()).isEqualByComparingTo("1230");
        });
        assertThat(q.totalMin()).isEqualByComparingTo("930");
        assertThat(q.totalMax()).isEqualByComparingTo("1230");
    }
}
