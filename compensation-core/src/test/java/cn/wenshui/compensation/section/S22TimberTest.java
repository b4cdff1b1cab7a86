package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.testing.Quotes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 二、青苗补偿标准 (二) 木材树类(含榆、杨、柳、松、柏树 等用材林)全线采用. The printed table, 元/株:
 *
 * <pre>
 * 规格(地径)          侧柏  普通松树  杨树  落叶松  柳树  国槐  其他 (成材树)
 * 7cm≥胸径             20     40      25     60     50    174     8
 * 7cm< 胸径≤15cm      100    120      92    150    120    450    40
 * 15cm< 胸径 <25cm    200    220     192    240    220    550   100
 * 25cm< 胸径          300    300     240    350    300    650   130
 * 备 注  杨树、国槐 10 公分以上每年增加 1 公分加 10 元,柳树 20 公分以上每增加 1 公分加 10 元
 * </pre>
 *
 * 25 cm is printed in neither "15cm< 胸径 <25cm" nor "25cm< 胸径" (I-01, default: the lower tier). The increments of
 * the remark (I-06, default BEYOND_TOP_TIER) apply only in the top tier "25cm< 胸径", +10 元 for each whole cm above
 * 25 cm, since the rows up to 25 cm already price the growth from 10 cm (杨树、国槐) and 20 cm (柳树). Every expected
 * amount below is copied from the table above, with the increment written out.
 */
@DisplayName("二(二) 木材树类:按胸径分档,元/株;杨树、国槐、柳树按备注加价")
class S22TimberTest {

    static final String DIAMETER = "trunkDiameterCm";
    static final String REMARK = "杨树、国槐 10 公分以上每年增加 1 公分加 10 元,柳树 20 公分以上每增加 1 公分加 10 元";

    /** The printed column heads, left to right, and the row each is stored as. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("侧柏", "2-2.timber.arborvitae");
        COLUMNS.put("普通松树", "2-2.timber.pine");
        COLUMNS.put("杨树", "2-2.timber.poplar");
        COLUMNS.put("落叶松", "2-2.timber.larch");
        COLUMNS.put("柳树", "2-2.timber.willow");
        COLUMNS.put("国槐", "2-2.timber.pagoda-tree");
        COLUMNS.put("其他 (成材树)", "2-2.timber.other");
    }

    static ItemInput tree(String column, String quantity, String diameterCm) {
        return ItemInput.of(COLUMNS.get(column), quantity).withMeasurement(DIAMETER, diameterCm);
    }

    static QuoteLine oneTree(QuoteEngine engine, String column, String diameterCm) {
        return Quotes.line(engine, tree(column, "1", diameterCm));
    }

    static void cell(SoftAssertions s, QuoteEngine engine, String column, String cm, String yuan) {
        QuoteLine l = oneTree(engine, column, cm);
        s.assertThat(l.amountMin()).as("%s 胸径%scm", column, cm).isEqualByComparingTo(yuan);
        s.assertThat(l.amountMax()).as("%s 胸径%scm", column, cm).isEqualByComparingTo(yuan);
        s.assertThat(l.status()).as("%s 胸径%scm", column, cm).isEqualTo(LineStatus.EXACT);
    }

    /** One row of seven columns, in printed order. */
    static void row(QuoteEngine engine, String cm, String... yuan) {
        String[] heads = COLUMNS.keySet().toArray(new String[0]);
        assertThat(yuan).hasSameSizeAs(heads);
        SoftAssertions.assertSoftly(s -> {
            for (int i = 0; i < heads.length; i++) {
                cell(s, engine, heads[i], cm, yuan[i]);
            }
        });
    }

    // ---- the printed words ------------------------------------------------------------------------------------

    @Test
    @DisplayName("二(二) 表头:七个树种栏均属「木材树类」,栏名与印刷一致,按株计;杨树、柳树、国槐带印刷备注")
    void columnsAreThePrintedHeads() {
        COLUMNS.forEach((head, code) -> {
            ScheduleItem item = Quotes.SCHEDULE.item(code).orElseThrow();
            assertThat(item.section()).as(code).isEqualTo("二(二)");
            assertThat(item.category()).as(code).isEqualTo("木材树类");
            assertThat(item.spec()).as(code).isEqualTo(head);
            assertThat(item.unit()).as(code).isEqualTo("株");
            assertThat(item.mode()).as(code).isEqualTo(Mode.MONEY);
        });
        for (String head : List.of("杨树", "柳树", "国槐")) {
            assertThat(Quotes.SCHEDULE.item(COLUMNS.get(head)).orElseThrow().remarks()).as(head).isEqualTo(REMARK);
        }
    }

    // ---- the printed table ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "二(二) 「{0}」 胸径{1}cm:侧柏{2} 普通松树{3} 杨树{4} 落叶松{5} 柳树{6} 国槐{7} 其他{8} 元/株")
    @DisplayName("二(二) 木材树类印刷表:每档取档内一个胸径,七栏单价与印刷一致(25.5cm 超过25cm未满1cm,不加价)")
    @CsvSource(delimiter = '|', textBlock = """
            # 规格(胸径)      | 测得胸径cm | 侧柏 | 普通松树 | 杨树 | 落叶松 | 柳树 | 国槐 | 其他 (成材树)
            7cm≥胸径          | 5          |  20  |    40    |  25  |   60   |  50  | 174  |   8
            7cm< 胸径≤15cm    | 11         | 100  |   120    |  92  |  150   | 120  | 450  |  40
            15cm< 胸径 <25cm  | 20         | 200  |   220    | 192  |  240   | 220  | 550  | 100
            25cm< 胸径        | 25.5       | 300  |   300    | 240  |  350   | 300  | 650  | 130
            """)
    void printedTable(String printedRow, String cm, String arborvitae, String pine, String poplar, String larch,
                      String willow, String pagoda, String other) {
        row(Quotes.ENGINE, cm, arborvitae, pine, poplar, larch, willow, pagoda, other);
        for (String head : COLUMNS.keySet()) {
            assertThat(oneTree(Quotes.ENGINE, head, cm).explanation()).as(head).contains(printedRow);
        }
    }

    // ---- every edge under the default readings ---------------------------------------------------------------

    @ParameterizedTest(name = "二(二) 胸径{0}cm:侧柏{1} 普通松树{2} 杨树{3} 落叶松{4} 柳树{5} 国槐{6} 其他{7} 元/株")
    @DisplayName("二(二) 印刷的分界 7cm、15cm:等于分界属下一档,超过0.01cm即入上一档;24.99cm 仍在「15cm< 胸径 <25cm」")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 侧柏 | 普通松树 | 杨树 | 落叶松 | 柳树 | 国槐 | 其他 (成材树)
            0.01     |  20  |    40    |  25  |   60   |  50  | 174  |   8
            6.99     |  20  |    40    |  25  |   60   |  50  | 174  |   8
            7        |  20  |    40    |  25  |   60   |  50  | 174  |   8
            7.01     | 100  |   120    |  92  |  150   | 120  | 450  |  40
            14.99    | 100  |   120    |  92  |  150   | 120  | 450  |  40
            15       | 100  |   120    |  92  |  150   | 120  | 450  |  40
            15.01    | 200  |   220    | 192  |  240   | 220  | 550  | 100
            24.99    | 200  |   220    | 192  |  240   | 220  | 550  | 100
            """)
    void printedEdges(String cm, String arborvitae, String pine, String poplar, String larch, String willow,
                      String pagoda, String other) {
        row(Quotes.ENGINE, cm, arborvitae, pine, poplar, larch, willow, pagoda, other);
    }

    @ParameterizedTest(name = "二(二) 胸径{0}cm:侧柏{1} 普通松树{2} 杨树{3} 落叶松{4} 柳树{5} 国槐{6} 其他{7} 元/株")
    @DisplayName("二(二) 按解释I-01:25cm 既不在「15cm< 胸径 <25cm」也不在「25cm< 胸径」,归较低一档;25.01cm 入最高档(未满1cm不加价)")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 侧柏 | 普通松树 | 杨树 | 落叶松 | 柳树 | 国槐 | 其他 (成材树)
            25       | 200  |   220    | 192  |  240   | 220  | 550  | 100
            25.01    | 300  |   300    | 240  |  350   | 300  | 650  | 130
            """)
    void boundary25JoinsTheLowerTier(String cm, String arborvitae, String pine, String poplar, String larch,
                                     String willow, String pagoda, String other) {
        row(Quotes.ENGINE, cm, arborvitae, pine, poplar, larch, willow, pagoda, other);
    }

    @Test
    @DisplayName("二(二) 按解释I-01:侧柏 胸径25cm 得200元(不是300元),并注明解释I-01")
    void boundaryLineCitesI01() {
        QuoteLine l = oneTree(Quotes.ENGINE, "侧柏", "25");
        assertAmount(l, "200");
        assertThat(l.interpretations()).contains("I-01");
        assertThat(l.explanation()).contains("15cm< 胸径 <25cm");
    }

    @ParameterizedTest(name = "二(二) 分界归上一档 胸径{0}cm:侧柏{1} 普通松树{2} 杨树{3} 落叶松{4} 柳树{5} 国槐{6} 其他{7} 元/株")
    @DisplayName("二(二) 另一读法 tier-boundary-point=UPPER_TIER(解释I-01):25cm 归「25cm< 胸径」;7cm、15cm 印刷无歧义不受影响")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 侧柏 | 普通松树 | 杨树 | 落叶松 | 柳树 | 国槐 | 其他 (成材树)
            7        |  20  |    40    |  25  |   60   |  50  | 174  |   8
            15       | 100  |   120    |  92  |  150   | 120  | 450  |  40
            24.99    | 200  |   220    | 192  |  240   | 220  | 550  | 100
            25       | 300  |   300    | 240  |  350   | 300  | 650  | 130
            25.01    | 300  |   300    | 240  |  350   | 300  | 650  | 130
            """)
    void boundary25JoinsTheUpperTier(String cm, String arborvitae, String pine, String poplar, String larch,
                                     String willow, String pagoda, String other) {
        row(Quotes.engine("tier-boundary-point", "UPPER_TIER"), cm, arborvitae, pine, poplar, larch, willow, pagoda,
                other);
    }

    // ---- the remark's increments (I-06) -------------------------------------------------------------------------

    @ParameterizedTest(name = "二(二) {0} 胸径{1}cm:{2}")
    @DisplayName("二(二) 备注加价 按解释I-06:只在最高档「25cm< 胸径」,超过25cm每满1cm加10元;表内各档不加价;其余树种不加价")
    @CsvSource(delimiter = '|', textBlock = """
            # 树种           | 胸径cm | 计算                         | 元/株
            杨树             | 30     | 240 + 5×10                   | 290
            杨树             | 30.9   | 240 + 5×10(不满6cm)          | 290
            杨树             | 31     | 240 + 6×10                   | 300
            杨树             | 25.99  | 240 + 0(不满1cm)             | 240
            杨树             | 26     | 240 + 1×10                   | 250
            国槐             | 27     | 650 + 2×10                   | 670
            国槐             | 40     | 650 + 15×10                  | 800
            柳树             | 26     | 300 + 1×10                   | 310
            柳树             | 35.5   | 300 + 10×10                  | 400
            杨树             | 12     | 92,表内档不加价               | 92
            杨树             | 20     | 192,表内档不加价              | 192
            杨树             | 25     | 192,25cm 属下一档(I-01),不加价 | 192
            国槐             | 12     | 450,表内档不加价              | 450
            国槐             | 24.99  | 550,表内档不加价              | 550
            柳树             | 23     | 220,表内档不加价              | 220
            侧柏             | 30     | 300,侧柏无加价                | 300
            普通松树         | 30     | 300,普通松树无加价            | 300
            落叶松           | 30     | 350,落叶松无加价              | 350
            其他 (成材树)    | 30     | 130,其他成材树无加价          | 130
            """)
    void incrementsBeyondTheTopTier(String column, String cm, String arithmetic, String yuan) {
        assertAmount(oneTree(Quotes.ENGINE, column, cm), yuan);
    }

    @Test
    @DisplayName("二(二) 按解释I-06:杨树 胸径30cm 得240+5×10=290元,说明中写明加价并注明解释I-06")
    void incrementLineCitesI06() {
        QuoteLine l = oneTree(Quotes.ENGINE, "杨树", "30");
        assertAmount(l, "290");
        assertThat(l.unitPriceMin()).isEqualByComparingTo("290");
        assertThat(l.interpretations()).contains("I-06");
        assertThat(l.explanation()).contains("25cm< 胸径").contains("50");
    }

    @ParameterizedTest(name = "二(二) 档内加价 {0} 胸径{1}cm:{2}")
    @DisplayName("二(二) 另一读法 timber-increment=WITHIN_TIERS(解释I-06):各档内超过 max(起算胸径, 档下限) 每满1cm加10元")
    @CsvSource(delimiter = '|', textBlock = """
            # 树种   | 胸径cm | 计算                               | 元/株
            杨树     | 7      | 25,未超过10cm                      | 25
            杨树     | 10     | 92,未超过10cm                      | 92
            杨树     | 10.99  | 92 + 0(超过10cm不满1cm)            | 92
            杨树     | 11     | 92 + 1×10                          | 102
            杨树     | 12     | 92 + 2×10                          | 112
            杨树     | 15     | 92 + 5×10                          | 142
            杨树     | 15.01  | 192 + 0(自档下限15cm起算)          | 192
            杨树     | 20     | 192 + 5×10                         | 242
            杨树     | 30     | 240 + 5×10                         | 290
            国槐     | 12     | 450 + 2×10                         | 470
            国槐     | 20     | 550 + 5×10                         | 600
            国槐     | 27     | 650 + 2×10                         | 670
            柳树     | 12     | 120,未超过20cm                     | 120
            柳树     | 18     | 220,未超过20cm                     | 220
            柳树     | 20     | 220,未超过20cm                     | 220
            柳树     | 23     | 220 + 3×10                         | 250
            柳树     | 26     | 300 + 1×10                         | 310
            侧柏     | 12     | 100,侧柏无加价                     | 100
            侧柏     | 30     | 300,侧柏无加价                     | 300
            """)
    void incrementsWithinTiers(String column, String cm, String arithmetic, String yuan) {
        assertAmount(oneTree(Quotes.engine("timber-increment", "WITHIN_TIERS"), column, cm), yuan);
    }

    // ---- quantity ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "二(二) {0} 胸径{1}cm × {2}株 = {3}元")
    @DisplayName("二(二) 按株计:单价(含加价)乘株数")
    @CsvSource(delimiter = '|', textBlock = """
            # 树种           | 胸径cm | 株数 | 金额
            侧柏             | 20     | 10   | 2000
            杨树             | 30     | 4    | 1160
            国槐             | 5      | 3    | 522
            柳树             | 26     | 6    | 1860
            其他 (成材树)    | 7.5    | 25   | 1000
            """)
    void quantityMultiplies(String column, String cm, String trees, String yuan) {
        QuoteLine l = Quotes.line(tree(column, trees, cm));
        assertAmount(l, yuan);
        assertThat(l.quantity()).isEqualByComparingTo(trees);
        assertThat(l.unit()).isEqualTo("株");
        assertThat(l.section()).isEqualTo("二(二)");
        assertThat(l.category()).isEqualTo("木材树类");
        assertThat(l.spec()).isEqualTo(column);
    }

    // ---- the diameter measurement -----------------------------------------------------------------------------

    @Test
    @DisplayName("二(二) 木材树须填写胸径 trunkDiameterCm:缺少时报 measurement-required")
    void diameterIsRequired() {
        for (String code : COLUMNS.values()) {
            List<Violation> v = Quotes.violations(ItemInput.of(code, "1"));
            assertThat(v).as(code).extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("items[0].measurements.trunkDiameterCm", "measurement-required"));
        }
    }

    @ParameterizedTest(name = "二(二) 胸径{0}cm → must-be-positive")
    @DisplayName("二(二) 胸径为0或负数:报 must-be-positive(杨树带加价规则亦同)")
    @ValueSource(strings = {"0", "-0.01", "-30"})
    void diameterMustBePositive(String cm) {
        for (String head : List.of("侧柏", "杨树")) {
            assertThat(Quotes.violations(tree(head, "1", cm))).as(head).extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("items[0].measurements.trunkDiameterCm", "must-be-positive"));
        }
    }

    // ---- a household --------------------------------------------------------------------------------------------

    @Test
    @DisplayName("二(二) 一户木材树合计:杨树30cm×2=580,国槐25cm×1=550,柳树5cm×4=200,共1330元")
    void householdSubtotal() {
        Quote q = Quotes.quote(Quotes.household(
                tree("杨树", "2", "30"),
                tree("国槐", "1", "25"),
                tree("柳树", "4", "5")));
        assertThat(q.lines()).extracting(l -> l.amountMin().toPlainString())
                .containsExactly("580.00", "550.00", "200.00");
        assertThat(q.subtotals()).extracting(Subtotal::section).containsExactly("二(二)");
        Subtotal s = q.subtotals().get(0);
        assertThat(s.title()).isEqualTo("木材树类");
        assertThat(s.amountMin()).isEqualByComparingTo("1330");
        assertThat(s.amountMax()).isEqualByComparingTo("1330");
        assertThat(q.totalMin()).isEqualByComparingTo("1330");
    }
}
