package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ambiguities issue 12 item 5 names, each pinned with numbers from the printed text under every option of its
 * switch (docs/interpretations.md I-05 … I-08 third options, I-36 … I-45).
 */
@DisplayName("解释补充:I-05~I-08 第三种读法、I-36~I-45")
class NewReadingsTest {

    static ItemInput item(String code, String quantity) {
        return ItemInput.of(code, quantity);
    }

    static QuoteLine line(QuoteEngine e, ItemInput in) {
        return Quotes.line(e, in);
    }

    @Nested
    @DisplayName("一(一) 房屋、附属设施")
    class Facilities {
        static final String WELL = "1-1.well.steel-pipe";
        static final String PIPE = "1-1.outdoor-pipe.plastic";

        @ParameterizedTest(name = "钢管机井 {0} 米:WHOLE_DEPTH {1},MARGINAL {2},PLUS_100_PER_EXTRA_METRE {3} 元")
        @DisplayName("解释I-07 钢管机井大于200米的三种读法(1100元/m.深;在200米以下基础上按每米增加100元计)")
        @CsvSource(delimiter = '|', textBlock = """
                200 | 220000 | 220000 | 220000
                201 | 241200 | 221200 | 220100
                250 | 300000 | 280000 | 225000
                """)
        void deepWell(String depth, String whole, String marginal, String plus100) {
            assertAmount(line(Quotes.ENGINE, item(WELL, depth)), whole);
            assertAmount(line(Quotes.engine("machine-well-beyond-200m", "MARGINAL"), item(WELL, depth)), marginal);
            QuoteLine l = line(Quotes.engine("machine-well-beyond-200m", "PLUS_100_PER_EXTRA_METRE"),
                    item(WELL, depth));
            assertAmount(l, plus100);
            assertThat(l.interpretations()).contains("I-07");
        }

        @Test
        @DisplayName("解释I-36 砖木结构(含混合结构)700元/m²与砖混结构700-800元/m²:按评估人员所选行,50m²分别为35000与35000-40000元")
        void mixedStructure() {
            assertAmount(Quotes.line("1-1.annex.brick-wood", "50"), "35000");
            assertAmount(Quotes.line("1-1.annex.brick-concrete", "50"), "35000", "40000");
        }

        @Test
        @DisplayName("解释I-41 塑料管<4cm 8-12元/米:管径4cm及以上默认转评估,PRINTED_PRICE 仍按8-12元/米;未填管径按本行<4cm计")
        void plasticPipe() {
            ItemInput wide = item(PIPE, "10").withMeasurement("pipeDiameterCm", "5");
            PendingItem p = Quotes.pending(wide);
            assertThat(p.mode()).isEqualTo(Mode.APPRAISAL);
            assertThat(p.reason()).contains("I-41");
            QuoteLine printed = line(Quotes.engine("plastic-pipe-4cm", "PRINTED_PRICE"), wide);
            assertAmount(printed, "80", "120");
            assertThat(printed.explanation()).contains("I-41");
            QuoteLine narrow = Quotes.line(item(PIPE, "10").withMeasurement("pipeDiameterCm", "3.9"));
            assertAmount(narrow, "80", "120");
            QuoteLine unmeasured = Quotes.line(PIPE, "10");
            assertAmount(unmeasured, "80", "120");
            assertThat(unmeasured.interpretations()).contains("I-41");
        }

        static Household withHouse(String measured, String footprint, String certificate) {
            return Quotes.household(null, new MainHouse(dec(measured), dec(footprint), dec(certificate)), List.of(),
                    List.of(), null);
        }

        static BigDecimal dec(String s) {
            return s == null ? null : new BigDecimal(s);
        }

        @Test
        @DisplayName("解释I-45 正房占地面积大于宅基地证面积:置换暂计0,列为凤城镇政府核实事项(一(一)注5);SWAP_ZERO 只计0")
        void footprintOverCertificate() {
            Quote q = Quotes.quote(withHouse("120", "150", "100"));
            AreaSwap home = q.areaSwaps().stream().filter(s -> s.code().equals("1-1.swap.homestead")).findFirst()
                    .orElseThrow();
            assertThat(home.swapAreaM2()).isEqualByComparingTo("0");
            assertThat(home.explanation()).contains("凤城镇").contains("I-45");
            assertThat(q.pending()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("1-1.swap.homestead");
                assertThat(p.mode()).isEqualTo(Mode.VERIFICATION);
                assertThat(p.reason()).contains("150").contains("100").contains("注5");
            });
            Quote zero = Quotes.quote(Quotes.engine("footprint-over-certificate", "SWAP_ZERO"),
                    withHouse("120", "150", "100"));
            assertThat(zero.pending()).isEmpty();
            // certificate 200, footprint 80: (200 − 80) × 0.4 = 48, never flagged
            Quote normal = Quotes.quote(withHouse("120", "80", "200"));
            assertThat(normal.pending()).isEmpty();
            assertThat(normal.areaSwaps()).anySatisfy(s -> assertThat(s.swapAreaM2()).isEqualByComparingTo("48"));
        }

        @Test
        @DisplayName("解释I-44 有宅基地证而无正房占地:不按1:0.4置换,提示列「4.idle-homestead」报县城市建设指挥部审定")
        void idleHomestead() {
            List<Violation> v = Quotes.violations(withHouse(null, null, "200"));
            assertThat(v).anySatisfy(x -> {
                assertThat(x.field()).isEqualTo("mainHouse.footprintM2");
                assertThat(x.messageZh()).contains("空闲宅基地").contains("4.idle-homestead").contains("I-44");
            });
            PendingItem p = Quotes.pending(ItemInput.of("4.idle-homestead", "1"));
            assertThat(p.mode()).isEqualTo(Mode.COMMITTEE);
        }
    }

    @Nested
    @DisplayName("一(二) 院外建筑类")
    class Outside {

        @ParameterizedTest(name = "{0} {1}:默认货币补偿 {2} 元,FUNCTION_RESTORATION 转功能恢复")
        @DisplayName("解释I-37 一(二)序言「一般应采用功能恢复」与表中价格:默认按价格,另一读法列为功能恢复待商定")
        @CsvSource(delimiter = '|', textBlock = """
                1-2.greenhouse.brick-wall | 10 | 1350
                1-2.greenhouse.earth-wall | 10 | 900
                1-2.polytunnel.steel-frame | 10 | 450
                """)
        void restoration(String code, String m2, String amount) {
            QuoteLine l = Quotes.line(code, m2);
            assertAmount(l, amount);
            assertThat(l.interpretations()).contains("I-37");
            Quote q = Quotes.quote(Quotes.engine("outside-facilities", "FUNCTION_RESTORATION"),
                    Quotes.household(item(code, m2)));
            assertThat(q.lines()).isEmpty();
            assertThat(q.pending()).singleElement().satisfies(p -> {
                assertThat(p.mode()).isEqualTo(Mode.FUNCTION_RESTORATION);
                assertThat(p.reason()).contains("功能恢复").contains("I-37");
            });
            assertThat(q.totalMax()).isEqualByComparingTo("0");
        }

        @Test
        @DisplayName("解释I-37 喷灌管道20-30元/m、喷灌喷头150-300元/个、输水管道>0.05m 15元/m 同样可切换")
        void sprinklersAndMains() {
            assertAmount(Quotes.line("1-2.sprinkler.pipe", "10"), "200", "300");
            assertAmount(Quotes.line("1-2.sprinkler.head", "2"), "300", "600");
            ItemInput main = item("1-2.water-main", "10").withMeasurement("pipeDiameterM", "0.06");
            assertAmount(Quotes.line(main), "150");
            QuoteEngine restore = Quotes.engine("outside-facilities", "FUNCTION_RESTORATION");
            for (ItemInput in : List.of(item("1-2.sprinkler.pipe", "10"), item("1-2.sprinkler.head", "2"), main)) {
                assertThat(Quotes.quote(restore, Quotes.household(in)).pending())
                        .extracting(PendingItem::mode).containsExactly(Mode.FUNCTION_RESTORATION);
            }
        }
    }

    @Nested
    @DisplayName("一(三) 禽类房舍")
    class Livestock {
        static final String SHED = "1-3.livestock-shed";

        @ParameterizedTest(name = "柱头高 {0} 米:PER_METRE {1},PER_DECIMETRE {2},FLAT_ABOVE_2M {3} 元/m²")
        @DisplayName("解释I-08 杂棚柱头高>2米「每…平方米增加1元,以3米为限」的三种读法(10m²)")
        @CsvSource(delimiter = '|', textBlock = """
                2   | 400 | 400 | 400
                2.5 | 405 | 450 | 410
                3   | 410 | 500 | 410
                3.5 | 410 | 500 | 410
                """)
        void columnHeight(String h, String perMetre, String perDecimetre, String flat) {
            ItemInput in = item(SHED, "10").withMeasurement("columnHeightM", h);
            assertAmount(line(Quotes.ENGINE, in), perMetre);
            assertAmount(line(Quotes.engine("livestock-shed-column-height", "PER_DECIMETRE"), in), perDecimetre);
            QuoteLine l = line(Quotes.engine("livestock-shed-column-height", "FLAT_ABOVE_2M"), in);
            assertAmount(l, flat);
            assertThat(l.interpretations()).contains("I-08");
        }

        @Test
        @DisplayName("解释I-38 简易与规模未印界限:鸡窝土质1处30元,规模鸡场10m² 2000-4000元,按所选行计")
        void simpleOrScale() {
            assertAmount(Quotes.line("1-3.chicken-coop.earth", "1"), "30");
            assertAmount(Quotes.line("1-3.chicken-farm", "10"), "2000", "4000");
        }

        static Household premisesWith(ItemInput... items) {
            return Quotes.household(null, null, List.of(items),
                    List.of(new LivestockPremises("P1", "羊圈", new BigDecimal("20"))), null);
        }

        @Test
        @DisplayName("解释I-42 一(三)注1「包含水、暖、电等一切设施」:同户另列室内采暖、三项动力线路时报价单提示可能重复,不扣减")
        void allInclusiveFlagged() {
            Quote q = Quotes.quote(premisesWith(item("1-3.chicken-coop.earth", "1"),
                    item("1-1.utility.indoor-heating", "20"), item("1-1.three-phase-power", "1")));
            assertThat(q.notices()).anySatisfy(n -> assertThat(n).contains("一(三)注1").contains("室内采暖")
                    .contains("三项动力线路").contains("I-42"));
            // nothing deducted: 30 + 20 × 50 + 5000 = 6030, plus 一(三) 20 m²: 300-400 and 300 × 3 = 900
            assertThat(q.totalMin()).isEqualByComparingTo("7230");
            assertThat(q.totalMax()).isEqualByComparingTo("7330");
            Quote noPremisesRow = Quotes.quote(premisesWith(item("1-1.utility.indoor-heating", "20")));
            assertThat(noPremisesRow.notices()).noneSatisfy(n -> assertThat(n).contains("I-42"));
        }
    }

    @Nested
    @DisplayName("二(一) 果树类")
    class FruitTrees {
        static final String SCATTERED = "2-1.fruit.scattered-non-bearing";

        @ParameterizedTest(name = "零星未挂果树 胸径 {0}cm:CARRY_FORWARD {1},MERGED_WITH_BELOW {2} 元")
        @DisplayName("解释I-05 零星未挂果树空白格:取上一格(默认)或与下一格合并")
        @CsvSource(delimiter = '|', textBlock = """
                3  | 10 | 30
                8  | 10 | 30
                12 | 30 | 30
                30 | 50 | 50
                """)
        void blankCells(String d, String carry, String below) {
            ItemInput in = item(SCATTERED, "1").withMeasurement("trunkDiameterCm", d);
            assertAmount(Quotes.line(in), carry);
            assertAmount(line(Quotes.engine("blank-cell", "MERGED_WITH_BELOW"), in), below);
        }

        @Test
        @DisplayName("解释I-39 12cm未挂果核桃:零星栽植按零星未挂果树30元,成片或已挂果按核桃树500元,按所选行计")
        void nonBearingWalnut() {
            assertAmount(Quotes.line(item(SCATTERED, "1").withMeasurement("trunkDiameterCm", "12")), "30");
            assertAmount(Quotes.line(item("2-1.fruit.walnut", "1").withMeasurement("trunkDiameterCm", "12")), "500");
        }

        @Test
        @DisplayName("解释I-40 嫁接杏树按生长阶段(盛果期200元/株),未嫁接杏树按胸径(12cm 150元/株),两表不叠加")
        void graftedApricot() {
            assertAmount(Quotes.line(item("2-1.grafted-apricot", "1").withStage("盛果期")), "200");
            assertAmount(Quotes.line(item("2-1.fruit.apricot-peach", "1").withMeasurement("trunkDiameterCm", "12")),
                    "150");
        }
    }

    @Nested
    @DisplayName("二(二) 木材树类")
    class Timber {

        @ParameterizedTest(name = "{0} 胸径 {1}cm:BEYOND_TOP_TIER {2},WITHIN_TIERS {3},LINEAR_FROM_THRESHOLD {4} 元")
        @DisplayName("解释I-06 「杨树、国槐10公分以上…柳树20公分以上每增加1公分加10元」的三种读法")
        @CsvSource(delimiter = '|', textBlock = """
                2-2.timber.poplar       | 5  | 25  | 25  | 25
                2-2.timber.poplar       | 10 | 92  | 92  | 92
                2-2.timber.poplar       | 12 | 92  | 112 | 112
                2-2.timber.poplar       | 20 | 192 | 242 | 192
                2-2.timber.poplar       | 30 | 290 | 290 | 292
                2-2.timber.willow       | 22 | 220 | 240 | 240
                2-2.timber.willow       | 30 | 350 | 350 | 320
                2-2.timber.pagoda-tree  | 30 | 700 | 700 | 650
                """)
        void increments(String code, String d, String top, String within, String linear) {
            ItemInput in = item(code, "1").withMeasurement("trunkDiameterCm", d);
            assertAmount(Quotes.line(in), top);
            assertAmount(line(Quotes.engine("timber-increment", "WITHIN_TIERS"), in), within);
            assertAmount(line(Quotes.engine("timber-increment", "LINEAR_FROM_THRESHOLD"), in), linear);
        }

        @Test
        @DisplayName("解释I-43 榆树按「其他(成材树)」(12cm 40元/株);国槐7cm及以下按印刷174元/株")
        void elmAndSmallLocust() {
            assertAmount(Quotes.line(item("2-2.timber.other", "1").withMeasurement("trunkDiameterCm", "12")), "40");
            assertAmount(Quotes.line(item("2-2.timber.pagoda-tree", "1").withMeasurement("trunkDiameterCm", "7")),
                    "174");
            assertAmount(Quotes.line(item("2-2.timber.pagoda-tree", "1").withMeasurement("trunkDiameterCm", "3")),
                    "174");
        }
    }
}
