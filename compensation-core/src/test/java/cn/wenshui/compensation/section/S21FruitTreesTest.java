package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static cn.wenshui.compensation.testing.Quotes.assertUnitPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.PendingItem;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 二、青苗补偿标准 (一) 果树类(包括苹果、梨、杏、桃、枣、核桃等经济林)全线采用. The printed table, 元/株:
 *
 * <pre>
 * 规格(地径)          核桃树  枣树  杏树、桃树  苹果树、梨树及其他  零星未挂果树
 * 胸径≤2cm             15     10      5          8                 10
 * 2cm< 胸径≤5cm        80     30     30         30                (空白)
 * 5cm< 胸径≤10cm      240    120     80        100                (空白)
 * 11cm< 胸径≤15cm     500    320    150        200                 30
 * 16cm< 胸径≤25cm     800    600    300        400                 50
 * ≥25cm               980    850    400        500                (空白)
 *
 * 苗圃类意见不一致时,由中介机构介入,按评估价执行。
 *
 * 种 类      未挂果  初果期  中果期  盛果期   (元 / 架、株)
 * 葡萄         30      80     240     400
 * 嫁接杏树      3      55     100     200
 * </pre>
 *
 * The printed tiers leave 10–11 cm and 15–16 cm uncovered (I-02, default: the gap joins the upper tier) and claim
 * 25 cm twice (I-01, default: the lower tier). Three 零星未挂果树 cells are blank (I-05, default: carry the price above
 * forward). Every expected amount below is copied from the table above.
 */
@DisplayName("二(一) 果树类:按胸径分档,元/株;葡萄、嫁接杏树按生长阶段;苗圃类按评估价")
class S21FruitTreesTest {

    static final String DIAMETER = "trunkDiameterCm";

    /** The printed column heads, left to right, and the row each is stored as. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("核桃树", "2-1.fruit.walnut");
        COLUMNS.put("枣树", "2-1.fruit.jujube");
        COLUMNS.put("杏树、桃树", "2-1.fruit.apricot-peach");
        COLUMNS.put("苹果树、梨树及其他", "2-1.fruit.apple-pear-other");
        COLUMNS.put("零星未挂果树", "2-1.fruit.scattered-non-bearing");
    }

    static final String GRAPE = "2-1.grape";
    static final String GRAFTED_APRICOT = "2-1.grafted-apricot";
    static final String NURSERY = "2-1.nursery";

    static ItemInput tree(String column, String quantity, String diameterCm) {
        return ItemInput.of(COLUMNS.get(column), quantity).withMeasurement(DIAMETER, diameterCm);
    }

    static QuoteLine oneTree(QuoteEngine engine, String column, String diameterCm) {
        return Quotes.line(engine, tree(column, "1", diameterCm));
    }

    static Quote quote(QuoteEngine engine, ItemInput in) {
        return Quotes.quote(engine, Quotes.household(in));
    }

    /** Checks one printed cell: one tree of the column at the diameter is priced {@code yuan} (null: blank cell). */
    static void cell(SoftAssertions s, QuoteEngine engine, String column, String cm, String yuan) {
        QuoteLine l = oneTree(engine, column, cm);
        s.assertThat(l.amountMin()).as("%s 胸径%scm", column, cm).isEqualByComparingTo(yuan);
        s.assertThat(l.amountMax()).as("%s 胸径%scm", column, cm).isEqualByComparingTo(yuan);
        s.assertThat(l.unitPriceMin()).as("%s 胸径%scm 单价", column, cm).isEqualByComparingTo(yuan);
        s.assertThat(l.status()).as("%s 胸径%scm", column, cm).isEqualTo(LineStatus.EXACT);
    }

    static void row(QuoteEngine engine, String cm, String walnut, String jujube, String apricotPeach,
                    String applePearOther, String scattered) {
        SoftAssertions.assertSoftly(s -> {
            cell(s, engine, "核桃树", cm, walnut);
            cell(s, engine, "枣树", cm, jujube);
            cell(s, engine, "杏树、桃树", cm, apricotPeach);
            cell(s, engine, "苹果树、梨树及其他", cm, applePearOther);
            cell(s, engine, "零星未挂果树", cm, scattered);
        });
    }

    // ---- the printed words ------------------------------------------------------------------------------------

    @Test
    @DisplayName("二(一) 表头:五个树种栏均属「果树类」,栏名与印刷一致,按株计")
    void columnsAreThePrintedHeads() {
        COLUMNS.forEach((head, code) -> {
            ScheduleItem item = Quotes.SCHEDULE.item(code).orElseThrow();
            assertThat(item.section()).as(code).isEqualTo("二(一)");
            assertThat(item.category()).as(code).isEqualTo("果树类");
            assertThat(item.spec()).as(code).isEqualTo(head);
            assertThat(item.unit()).as(code).isEqualTo("株");
            assertThat(item.mode()).as(code).isEqualTo(Mode.MONEY);
        });
    }

    // ---- the printed table, one diameter inside each printed row ----------------------------------------------

    @ParameterizedTest(name = "二(一) 「{0}」 胸径{1}cm:核桃树{2} 枣树{3} 杏树、桃树{4} 苹果树、梨树及其他{5} 零星未挂果树{6} 元/株")
    @DisplayName("二(一) 果树类印刷表:每档取档内一个胸径,五栏单价与印刷一致(空白格:按评估转待定)")
    @CsvSource(delimiter = '|', nullValues = "空白", textBlock = """
            # 规格(胸径)      | 测得胸径cm | 核桃树 | 枣树 | 杏树、桃树 | 苹果树、梨树及其他 | 零星未挂果树
            胸径≤2cm          | 1          |   15   |  10  |     5      |         8          |     10
            2cm< 胸径≤5cm     | 3.5        |   80   |  30  |    30      |        30          |    空白
            5cm< 胸径≤10cm    | 7.5        |  240   | 120  |    80      |       100          |    空白
            11cm< 胸径≤15cm   | 13         |  500   | 320  |   150      |       200          |     30
            16cm< 胸径≤25cm   | 20         |  800   | 600  |   300      |       400          |     50
            ≥25cm             | 30         |  980   | 850  |   400      |       500          |    空白
            """)
    void printedTable(String printedRow, String cm, String walnut, String jujube, String apricotPeach,
                      String applePearOther, String scattered) {
        String[] cells = {walnut, jujube, apricotPeach, applePearOther, scattered};
        String[] heads = COLUMNS.keySet().toArray(new String[0]);
        QuoteEngine appraiseBlanks = Quotes.engine("blank-cell", "APPRAISAL");
        SoftAssertions.assertSoftly(s -> {
            for (int i = 0; i < heads.length; i++) {
                if (cells[i] != null) {
                    cell(s, Quotes.ENGINE, heads[i], cm, cells[i]);
                    s.assertThat(oneTree(Quotes.ENGINE, heads[i], cm).explanation()).as("%s 档名", heads[i])
                            .contains(printedRow);
                } else {
                    // A printed blank has no price of its own: read strictly, it can only go to appraisal.
                    Quote q = quote(appraiseBlanks, tree(heads[i], "1", cm));
                    s.assertThat(q.lines()).as("%s 胸径%scm 空白格", heads[i], cm).isEmpty();
                    s.assertThat(q.pending()).as("%s 胸径%scm 空白格", heads[i], cm).hasSize(1);
                }
            }
        });
    }

    // ---- every edge under the default readings ---------------------------------------------------------------

    @ParameterizedTest(name = "二(一) 胸径{0}cm:核桃树{1} 枣树{2} 杏树、桃树{3} 苹果树、梨树及其他{4} 零星未挂果树{5} 元/株")
    @DisplayName("二(一) 印刷的分界 2cm、5cm、10cm:等于分界属下一档(a<胸径≤b),超过0.01cm即入上一档")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 核桃树 | 枣树 | 杏树、桃树 | 苹果树、梨树及其他 | 零星未挂果树(空白格取上档,I-05)
            0.01     |   15   |  10  |     5      |         8          |   10
            1.99     |   15   |  10  |     5      |         8          |   10
            2        |   15   |  10  |     5      |         8          |   10
            2.01     |   80   |  30  |    30      |        30          |   10
            4.99     |   80   |  30  |    30      |        30          |   10
            5        |   80   |  30  |    30      |        30          |   10
            5.01     |  240   | 120  |    80      |       100          |   10
            9.99     |  240   | 120  |    80      |       100          |   10
            10       |  240   | 120  |    80      |       100          |   10
            """)
    void printedEdges(String cm, String walnut, String jujube, String apricotPeach, String applePearOther,
                      String scattered) {
        row(Quotes.ENGINE, cm, walnut, jujube, apricotPeach, applePearOther, scattered);
    }

    @ParameterizedTest(name = "二(一) 胸径{0}cm:核桃树{1} 枣树{2} 杏树、桃树{3} 苹果树、梨树及其他{4} 零星未挂果树{5} 元/株")
    @DisplayName("二(一) 按解释I-02:印刷空档10–11cm、15–16cm归入上一档(读作10cm<胸径≤15cm、15cm<胸径≤25cm)")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 核桃树 | 枣树 | 杏树、桃树 | 苹果树、梨树及其他 | 零星未挂果树
            10.01    |  500   | 320  |   150      |       200          |   30
            10.5     |  500   | 320  |   150      |       200          |   30
            10.99    |  500   | 320  |   150      |       200          |   30
            11       |  500   | 320  |   150      |       200          |   30
            11.01    |  500   | 320  |   150      |       200          |   30
            14.99    |  500   | 320  |   150      |       200          |   30
            15       |  500   | 320  |   150      |       200          |   30
            15.01    |  800   | 600  |   300      |       400          |   50
            15.5     |  800   | 600  |   300      |       400          |   50
            16       |  800   | 600  |   300      |       400          |   50
            16.01    |  800   | 600  |   300      |       400          |   50
            24.99    |  800   | 600  |   300      |       400          |   50
            """)
    void gapsJoinTheUpperTier(String cm, String walnut, String jujube, String apricotPeach, String applePearOther,
                              String scattered) {
        row(Quotes.ENGINE, cm, walnut, jujube, apricotPeach, applePearOther, scattered);
    }

    @Test
    @DisplayName("二(一) 按解释I-02:核桃树 胸径10.5cm 在印刷空档内,归「11cm< 胸径≤15cm」得500元,并注明解释I-02")
    void gapLineCitesI02() {
        QuoteLine l = oneTree(Quotes.ENGINE, "核桃树", "10.5");
        assertAmount(l, "500");
        assertThat(l.interpretations()).contains("I-02");
        assertThat(l.explanation()).contains("11cm< 胸径≤15cm");
    }

    @ParameterizedTest(name = "二(一) 胸径{0}cm:核桃树{1} 枣树{2} 杏树、桃树{3} 苹果树、梨树及其他{4} 零星未挂果树{5} 元/株")
    @DisplayName("二(一) 按解释I-01:25cm 同时印在「16cm< 胸径≤25cm」与「≥25cm」,归较低一档;25.01cm 入「≥25cm」")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 核桃树 | 枣树 | 杏树、桃树 | 苹果树、梨树及其他 | 零星未挂果树(≥25cm空白,取50,I-05)
            25       |  800   | 600  |   300      |       400          |   50
            25.01    |  980   | 850  |   400      |       500          |   50
            40       |  980   | 850  |   400      |       500          |   50
            """)
    void boundary25JoinsTheLowerTier(String cm, String walnut, String jujube, String apricotPeach,
                                     String applePearOther, String scattered) {
        row(Quotes.ENGINE, cm, walnut, jujube, apricotPeach, applePearOther, scattered);
    }

    @Test
    @DisplayName("二(一) 按解释I-01:核桃树 胸径25cm 得800元(不是980元),并注明解释I-01")
    void boundaryLineCitesI01() {
        QuoteLine l = oneTree(Quotes.ENGINE, "核桃树", "25");
        assertAmount(l, "800");
        assertThat(l.interpretations()).contains("I-01");
        assertThat(l.explanation()).contains("16cm< 胸径≤25cm");
    }

    // ---- alternative readings -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "二(一) 空档归下一档 胸径{0}cm:核桃树{1} 枣树{2} 杏树、桃树{3} 苹果树、梨树及其他{4} 零星未挂果树{5} 元/株")
    @DisplayName("二(一) 另一读法 tier-gap=JOIN_LOWER(解释I-02):空档10–11cm、15–16cm归入下一档(读作5cm<胸径≤11cm、11cm<胸径≤16cm)")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 核桃树 | 枣树 | 杏树、桃树 | 苹果树、梨树及其他 | 零星未挂果树
            10       |  240   | 120  |    80      |       100          |   10
            10.5     |  240   | 120  |    80      |       100          |   10
            11       |  240   | 120  |    80      |       100          |   10
            11.01    |  500   | 320  |   150      |       200          |   30
            15       |  500   | 320  |   150      |       200          |   30
            15.5     |  500   | 320  |   150      |       200          |   30
            16       |  500   | 320  |   150      |       200          |   30
            16.01    |  800   | 600  |   300      |       400          |   50
            25       |  800   | 600  |   300      |       400          |   50
            """)
    void gapsJoinTheLowerTier(String cm, String walnut, String jujube, String apricotPeach, String applePearOther,
                              String scattered) {
        row(Quotes.engine("tier-gap", "JOIN_LOWER"), cm, walnut, jujube, apricotPeach, applePearOther, scattered);
    }

    @ParameterizedTest(name = "二(一) 分界归上一档 胸径{0}cm:核桃树{1} 枣树{2} 杏树、桃树{3} 苹果树、梨树及其他{4} 零星未挂果树{5} 元/株")
    @DisplayName("二(一) 另一读法 tier-boundary-point=UPPER_TIER(解释I-01):25cm 归「≥25cm」;2cm、5cm、10cm 印刷无歧义不受影响")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 核桃树 | 枣树 | 杏树、桃树 | 苹果树、梨树及其他 | 零星未挂果树
            2        |   15   |  10  |     5      |         8          |   10
            5        |   80   |  30  |    30      |        30          |   10
            10       |  240   | 120  |    80      |       100          |   10
            24.99    |  800   | 600  |   300      |       400          |   50
            25       |  980   | 850  |   400      |       500          |   50
            25.01    |  980   | 850  |   400      |       500          |   50
            """)
    void boundary25JoinsTheUpperTier(String cm, String walnut, String jujube, String apricotPeach,
                                     String applePearOther, String scattered) {
        row(Quotes.engine("tier-boundary-point", "UPPER_TIER"), cm, walnut, jujube, apricotPeach, applePearOther,
                scattered);
    }

    // ---- 零星未挂果树: the blank cells (I-05) ------------------------------------------------------------------

    @ParameterizedTest(name = "二(一) 零星未挂果树 胸径{0}cm 属「{1}」(空白) 取「{2}」档 {3} 元/株")
    @DisplayName("二(一) 零星未挂果树 按解释I-05:空白格取上一档已印价格(≤5cm、≤10cm 取10元,≥25cm 取50元)")
    @CsvSource(delimiter = '|', textBlock = """
            # 胸径cm | 空白档              | 取自               | 元/株
            2.01     | 2cm< 胸径≤5cm       | 胸径≤2cm          | 10
            3        | 2cm< 胸径≤5cm       | 胸径≤2cm          | 10
            5        | 2cm< 胸径≤5cm       | 胸径≤2cm          | 10
            8        | 5cm< 胸径≤10cm      | 胸径≤2cm          | 10
            10       | 5cm< 胸径≤10cm      | 胸径≤2cm          | 10
            25.01    | ≥25cm               | 16cm< 胸径≤25cm   | 50
            30       | ≥25cm               | 16cm< 胸径≤25cm   | 50
            """)
    void blankCellsCarryForward(String cm, String blankRow, String fromRow, String yuan) {
        QuoteLine l = oneTree(Quotes.ENGINE, "零星未挂果树", cm);
        assertAmount(l, yuan);
        assertUnitPrice(l, yuan, yuan);
        assertThat(l.interpretations()).contains("I-05");
        assertThat(l.explanation()).contains(blankRow).contains(fromRow);
    }

    @ParameterizedTest(name = "二(一) 零星未挂果树 胸径{0}cm 空白格 → 待评估")
    @DisplayName("二(一) 零星未挂果树 另一读法 blank-cell=APPRAISAL(解释I-05):空白格不计金额,列入待评估事项")
    @ValueSource(strings = {"2.01", "3", "8", "10", "25.01", "30"})
    void blankCellsGoToAppraisal(String cm) {
        Quote q = quote(Quotes.engine("blank-cell", "APPRAISAL"), tree("零星未挂果树", "4", cm));
        assertThat(q.lines()).isEmpty();
        assertThat(q.pending()).hasSize(1);
        PendingItem p = q.pending().get(0);
        assertThat(p.code()).isEqualTo("2-1.fruit.scattered-non-bearing");
        assertThat(p.section()).isEqualTo("二(一)");
        assertThat(p.mode()).isEqualTo(Mode.APPRAISAL);
        assertThat(p.quantity()).isEqualByComparingTo("4");
        assertThat(q.totalMin()).isEqualByComparingTo("0");
        assertThat(q.totalMax()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "二(一) 零星未挂果树 胸径{0}cm 印有价格 {1} 元/株")
    @DisplayName("二(一) 零星未挂果树 blank-cell=APPRAISAL 时,印有价格的格照常计价:≤2cm 10元、11–15cm 30元、16–25cm 50元")
    @CsvSource(delimiter = '|', textBlock = """
            1     | 10
            2     | 10
            10.5  | 30
            13    | 30
            15.01 | 50
            25    | 50
            """)
    void printedCellsStayPricedUnderAppraisalReading(String cm, String yuan) {
        assertAmount(oneTree(Quotes.engine("blank-cell", "APPRAISAL"), "零星未挂果树", cm), yuan);
    }

    // ---- quantity ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "二(一) {0} 胸径{1}cm × {2}株 = {3}元")
    @DisplayName("二(一) 按株计:单价乘株数")
    @CsvSource(delimiter = '|', textBlock = """
            # 树种               | 胸径cm | 株数 | 金额(单价×株数)
            核桃树               | 13     | 12   | 6000
            枣树                 | 20     | 3    | 1800
            杏树、桃树           | 1      | 40   | 200
            苹果树、梨树及其他   | 30     | 7    | 3500
            零星未挂果树         | 3      | 7    | 70
            零星未挂果树         | 16     | 2    | 100
            """)
    void quantityMultiplies(String column, String cm, String trees, String yuan) {
        QuoteLine l = Quotes.line(tree(column, trees, cm));
        assertAmount(l, yuan);
        assertThat(l.quantity()).isEqualByComparingTo(trees);
        assertThat(l.unit()).isEqualTo("株");
        assertThat(l.section()).isEqualTo("二(一)");
        assertThat(l.category()).isEqualTo("果树类");
        assertThat(l.spec()).isEqualTo(column);
    }

    // ---- the diameter measurement -----------------------------------------------------------------------------

    @Test
    @DisplayName("二(一) 果树须填写胸径 trunkDiameterCm:缺少时报 measurement-required")
    void diameterIsRequired() {
        for (String code : COLUMNS.values()) {
            List<Violation> v = Quotes.violations(ItemInput.of(code, "1"));
            assertThat(v).as(code).extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("items[0].measurements.trunkDiameterCm", "measurement-required"));
        }
    }

    @ParameterizedTest(name = "二(一) 核桃树 胸径{0}cm → must-be-positive")
    @DisplayName("二(一) 胸径为0或负数:报 must-be-positive")
    @ValueSource(strings = {"0", "-0.01", "-3"})
    void diameterMustBePositive(String cm) {
        assertThat(Quotes.violations(tree("核桃树", "1", cm))).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].measurements.trunkDiameterCm", "must-be-positive"));
    }

    // ---- 葡萄 and 嫁接杏树 by growth stage -----------------------------------------------------------------------

    @Nested
    @DisplayName("二(一) 葡萄(元/架)、嫁接杏树(元/株):按生长阶段")
    class ByGrowthStage {

        @ParameterizedTest(name = "二(一) {0} {1}:{2} 元/{3},× 5 = {4} 元")
        @DisplayName("二(一) 葡萄 30/80/240/400 元/架,嫁接杏树 3/55/100/200 元/株(未挂果/初果期/中果期/盛果期)")
        @CsvSource(delimiter = '|', textBlock = """
                # 种类     | 生长阶段 | 单价 | 单位 | 5架(株)金额
                葡萄       | 未挂果   |  30  | 架   |  150
                葡萄       | 初果期   |  80  | 架   |  400
                葡萄       | 中果期   | 240  | 架   | 1200
                葡萄       | 盛果期   | 400  | 架   | 2000
                嫁接杏树   | 未挂果   |   3  | 株   |   15
                嫁接杏树   | 初果期   |  55  | 株   |  275
                嫁接杏树   | 中果期   | 100  | 株   |  500
                嫁接杏树   | 盛果期   | 200  | 株   | 1000
                """)
        void stagedPrices(String category, String stage, String unitPrice, String unit, String fiveYuan) {
            String code = category.equals("葡萄") ? GRAPE : GRAFTED_APRICOT;
            QuoteLine one = Quotes.line(ItemInput.of(code, "1").withStage(stage));
            assertAmount(one, unitPrice);
            QuoteLine five = Quotes.line(ItemInput.of(code, "5").withStage(stage));
            assertAmount(five, fiveYuan);
            assertUnitPrice(five, unitPrice, unitPrice);
            assertThat(five.unit()).isEqualTo(unit);
            assertThat(five.section()).isEqualTo("二(一)");
            assertThat(five.category()).isEqualTo(category);
        }

        @Test
        @DisplayName("二(一) 葡萄 盛果期 阶段名前后有空格仍识别:2架 × 400 = 800元")
        void stageIsTrimmed() {
            assertAmount(Quotes.line(ItemInput.of(GRAPE, "2").withStage(" 盛果期 ")), "800");
        }

        @ParameterizedTest(name = "二(一) {0} 未填生长阶段 → growth-stage-required")
        @DisplayName("二(一) 葡萄、嫁接杏树 未填生长阶段(或为空白):报 growth-stage-required")
        @ValueSource(strings = {GRAPE, GRAFTED_APRICOT})
        void stageIsRequired(String code) {
            assertThat(Quotes.violations(ItemInput.of(code, "1"))).extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("items[0].growthStage", "growth-stage-required"));
            assertThat(Quotes.violations(ItemInput.of(code, "1").withStage("  ")))
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("items[0].growthStage", "growth-stage-required"));
        }

        @ParameterizedTest(name = "二(一) 生长阶段「{0}」不在标准中 → unknown-growth-stage")
        @DisplayName("二(一) 葡萄、嫁接杏树 生长阶段不是 未挂果/初果期/中果期/盛果期:报 unknown-growth-stage")
        @ValueSource(strings = {"衰老期", "挂果", "盛果"})
        void unknownStage(String stage) {
            for (String code : List.of(GRAPE, GRAFTED_APRICOT)) {
                assertThat(Quotes.violations(ItemInput.of(code, "1").withStage(stage))).as(code)
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("items[0].growthStage", "unknown-growth-stage"));
            }
        }
    }

    // ---- 苗圃类 ------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("二(一) 苗圃类「意见不一致时,由中介机构介入,按评估价执行」:列入待评估事项,不计金额")
    void nurseryIsAppraised() {
        PendingItem p = Quotes.pending(ItemInput.of(NURSERY, "1"));
        assertThat(p.code()).isEqualTo(NURSERY);
        assertThat(p.section()).isEqualTo("二(一)");
        assertThat(p.category()).isEqualTo("苗圃类");
        assertThat(p.mode()).isEqualTo(Mode.APPRAISAL);
        assertThat(p.reason()).isEqualTo("苗圃类意见不一致时,由中介机构介入,按评估价执行");
        assertThat(Quotes.quote(Quotes.household(ItemInput.of(NURSERY, "1"))).totalMax()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("二(一) 苗圃类 不接受单价:填写评估单价报 no-price-for-pending-item")
    void nurseryTakesNoPrice() {
        assertThat(Quotes.violations(ItemInput.of(NURSERY, "1").withAppraisal("5000", null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].appraisedUnitPrice", "no-price-for-pending-item"));
    }

    // ---- a household --------------------------------------------------------------------------------------------

    @Test
    @DisplayName("二(一) 一户果树合计:核桃树13cm×2=1000,枣树25cm×1=600,零星未挂果树3cm×5=50,葡萄盛果期×3=1200,共2850元")
    void householdSubtotal() {
        Quote q = Quotes.quote(Quotes.household(
                tree("核桃树", "2", "13"),
                tree("枣树", "1", "25"),
                tree("零星未挂果树", "5", "3"),
                ItemInput.of(GRAPE, "3").withStage("盛果期"),
                ItemInput.of(NURSERY, "1")));
        assertThat(q.lines()).extracting(QuoteLine::amountMin).map(a -> a.toPlainString())
                .containsExactly("1000.00", "600.00", "50.00", "1200.00");
        assertThat(q.pending()).extracting(PendingItem::code).containsExactly(NURSERY);
        assertThat(q.subtotals()).extracting(Subtotal::section).containsExactly("二(一)");
        Subtotal s = q.subtotals().get(0);
        assertThat(s.title()).isEqualTo("果树类");
        assertThat(s.amountMin()).isEqualByComparingTo("2850");
        assertThat(s.amountMax()).isEqualByComparingTo("2850");
        assertThat(q.totalMin()).isEqualByComparingTo("2850");
    }
}
