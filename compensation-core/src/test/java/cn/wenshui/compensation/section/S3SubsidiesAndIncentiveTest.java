package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static cn.wenshui.compensation.testing.Quotes.assertUnitPrice;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 三、对于被拆迁户应给予临时安置补助、搬迁补助、奖励补助的补偿标准. Every expected number below is taken from the
 * printed text of 文政发〔2023〕6号 section 三 and worked out by hand in the test data.
 */
@DisplayName("三 搬迁补助、临时安置补助与主动搬迁奖励")
class S3SubsidiesAndIncentiveTest {

    static final String MOVING = "3-1.moving-subsidy";
    static final String SETTLEMENT = "3-2.settlement";
    static final String INCENTIVE = "3-3.incentive";

    static final QuoteEngine CLIFF_NO_LESS_THAN_FLAT = Quotes.engine("subsidy-cliff", "NO_LESS_THAN_FLAT");
    static final QuoteEngine START_IS_DAY_1 = Quotes.engine("incentive-day-count", "START_IS_DAY_1");

    // ---- helpers ---------------------------------------------------------------------------------------------

    static Household withArea(String areaM2) {
        return Quotes.household(new BigDecimal(areaM2), null, List.of(), List.of(), null);
    }

    static Household household(Boolean soleDwelling, Boolean hardshipApproved, String areaM2) {
        return new Household("T-1", "测试户", "堡子村", soleDwelling, hardshipApproved,
                areaM2 == null ? null : new BigDecimal(areaM2), null, List.of(), List.of(), null);
    }

    static Household withDates(String signed, String paid, String movedOut) {
        return Quotes.household(null, null, List.of(), List.of(), new Dates(date(signed), date(paid), date(movedOut)));
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    static List<QuoteLine> lines(Quote q, String code) {
        return q.lines().stream().filter(l -> l.code().equals(code)).toList();
    }

    /** The one line of this code in the quote (fails if there are none or several). */
    static QuoteLine only(Quote q, String code) {
        List<QuoteLine> found = lines(q, code);
        assertThat(found).as("lines with code %s", code).hasSize(1);
        return found.get(0);
    }

    // ---- 三(一) ----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("三(一) 拆迁房屋搬迁补助:建筑面积≤30m²一次性支付300元,>30m²按10元/m²一次性支付")
    class MovingSubsidy {

        @ParameterizedTest(name = "三(一) 建筑面积 {0} m²: {1} = {2} 元")
        @DisplayName("三(一) 搬迁补助:30m²分界两侧")
        @CsvSource(delimiter = '|', textBlock = """
                29    | ≤30m² 定额 300             | 300
                30    | ≤30m² 定额 300(30 含在内)  | 300
                30.01 | 30.01 × 10                  | 300.10
                31    | 31 × 10                     | 310
                100   | 100 × 10                    | 1000
                """)
        void movingSubsidy(String area, String arithmetic, String expected) {
            Quote q = Quotes.quote(withArea(area));
            QuoteLine l = only(q, MOVING);
            assertAmount(l, expected);
            assertThat(l.section()).isEqualTo("三(一)");
            assertThat(l.category()).isEqualTo("拆迁房屋搬迁补助标准");
            assertThat(l.status()).isEqualTo(LineStatus.EXACT);
            assertThat(l.quantity()).as("一次性支付,每户一次").isEqualByComparingTo("1");
            assertThat(q.subtotals()).filteredOn(s -> s.section().equals("三(一)")).singleElement()
                    .satisfies(s -> assertThat(s.amountMin()).isEqualByComparingTo(expected));
        }

        @Test
        @DisplayName("三(一) 按解释I-28每户计一次:附属平房两行、面积合计31m²,仍只有一行搬迁补助 31×10=310 元")
        void oneLinePerHousehold() {
            Household h = Quotes.household(new BigDecimal("31"), null,
                    List.of(ItemInput.of("1-1.annex.brick-wood", "20"), ItemInput.of("1-1.annex.brick-wood", "11")),
                    List.of(), null);
            Quote q = Quotes.quote(h);
            assertAmount(only(q, MOVING), "310");
            assertThat(lines(q, SETTLEMENT)).hasSize(1);
        }

        @Test
        @DisplayName("三(一) 30.01m² 按文字 300.10 元,不低于30m²的300元,所以没有断崖(不引用解释I-09)")
        void noCliffForMovingSubsidy() {
            QuoteLine l = only(Quotes.quote(withArea("30.01")), MOVING);
            assertAmount(l, "300.10");
            assertThat(l.interpretations()).doesNotContain("I-09");
        }
    }

    // ---- 三(二) ----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("三(二) 临时安置补助:一次性支付24个月,≤30m²按200元/月,>30m²按6元/m²每月")
    class Settlement {

        @ParameterizedTest(name = "三(二) 建筑面积 {0} m²: 每月 {1} 元 × 24 = {2} 元,断崖 {3}")
        @DisplayName("三(二) 按解释I-09(默认LITERAL)按文字计算")
        @CsvSource(delimiter = '|', textBlock = """
                29    | 200            | 4800    | false
                30    | 200            | 4800    | false
                30.01 | 180.06         | 4321.44 | true
                31    | 186            | 4464    | true
                33.33 | 199.98         | 4799.52 | true
                33.34 | 200.04         | 4800.96 | false
                34    | 204            | 4896    | false
                100   | 600            | 14400   | false
                """)
        void settlement(String area, String monthly, String expected, boolean cliff) {
            // 29, 30: 200 × 24 = 4800; 30.01: 6 × 30.01 = 180.06, × 24 = 4321.44; 31: 6 × 31 = 186, × 24 = 4464;
            // 33.33: 6 × 33.33 = 199.98, × 24 = 4799.52; 33.34: 200.04 × 24 = 4800.96; 34: 204 × 24 = 4896;
            // 100: 600 × 24 = 14400.
            QuoteLine l = only(Quotes.quote(withArea(area)), SETTLEMENT);
            assertAmount(l, expected);
            assertUnitPrice(l, monthly, monthly);
            assertThat(l.quantity()).as("24 个月").isEqualByComparingTo("24");
            assertThat(l.unit()).isEqualTo("月");
            assertThat(l.section()).isEqualTo("三(二)");
            assertThat(l.category()).isEqualTo("临时安置补助");
            if (cliff) {
                assertThat(l.interpretations()).contains("I-09");
                assertThat(l.explanation()).contains("I-09");
            } else {
                assertThat(l.interpretations()).doesNotContain("I-09");
            }
        }

        @Test
        @DisplayName("三(二) 按解释I-09:31m² 每月6×31=186元,少于30m²的200元/月,共4464元,报价行注明断崖")
        void cliffAt31IsExplained() {
            QuoteLine l = only(Quotes.quote(withArea("31")), SETTLEMENT);
            assertAmount(l, "4464");
            assertThat(l.interpretations()).contains("I-09");
            assertThat(l.explanation()).contains("186", "200", "I-09");
            // 30 m² gets 4800, one square metre more gets 336 less.
            QuoteLine at30 = only(Quotes.quote(withArea("30")), SETTLEMENT);
            assertThat(at30.amountMin().subtract(l.amountMin())).isEqualByComparingTo("336");
        }

        @ParameterizedTest(name = "三(二) 按解释I-09另一读法NO_LESS_THAN_FLAT: {0} m² → {1} 元")
        @DisplayName("三(二) 按解释I-09另一读法(不低于定额):>30m²不少于200元/月")
        @CsvSource(delimiter = '|', textBlock = """
                29    | 4800
                30    | 4800
                30.01 | 4800
                31    | 4800
                33.33 | 4800
                33.34 | 4800.96
                34    | 4896
                """)
        void noLessThanFlat(String area, String expected) {
            // 30.01, 31, 33.33 m² fall below 200 元/月 (180.06, 186, 199.98) and are made up to 200 × 24 = 4800;
            // 33.34 m²: 200.04 × 24 = 4800.96 and 34 m²: 204 × 24 = 4896 are above the flat amount anyway.
            QuoteLine l = only(Quotes.quote(CLIFF_NO_LESS_THAN_FLAT, withArea(area)), SETTLEMENT);
            assertAmount(l, expected);
        }

        @Test
        @DisplayName("三(二) 按解释I-09另一读法:31m² 补足至200元/月,200×24=4800元;三(一)仍为31×10=310元")
        void noLessThanFlatAt31() {
            Quote q = Quotes.quote(CLIFF_NO_LESS_THAN_FLAT, withArea("31"));
            QuoteLine l = only(q, SETTLEMENT);
            assertAmount(l, "4800");
            assertUnitPrice(l, "200", "200");
            assertThat(l.interpretations()).contains("I-09");
            assertThat(l.explanation()).contains("I-09");
            assertAmount(only(q, MOVING), "310");
            assertThat(q.totalMin()).isEqualByComparingTo("5110"); // 310 + 4800
        }

        @ParameterizedTest(name = "三(二) 唯一住房且困难经批准(解释I-20): {0} m² → {1} 元 × 48 = {2} 元")
        @DisplayName("三(二) 唯一住房临时安置确有困难的增加24个月(解释I-20):共48个月")
        @CsvSource(delimiter = '|', textBlock = """
                30  | 200 | 9600
                31  | 186 | 8928
                100 | 600 | 28800
                """)
        void hardshipExtension(String area, String monthly, String expected) {
            // 30: 200 × (24 + 24) = 9600; 31: 186 × 48 = 8928; 100: 600 × 48 = 28800.
            Quote q = Quotes.quote(household(true, true, area));
            QuoteLine l = only(q, SETTLEMENT);
            assertAmount(l, expected);
            assertUnitPrice(l, monthly, monthly);
            assertThat(l.quantity()).as("24 + 24 个月").isEqualByComparingTo("48");
            assertThat(l.interpretations()).contains("I-20");
            assertThat(l.explanation()).contains("唯一住房");
        }

        @Test
        @DisplayName("三(二) 唯一住房但困难延期未批准:仍为24个月,30m² 200×24=4800元;三(一)不受影响 300元")
        void soleDwellingWithoutApproval() {
            Quote q = Quotes.quote(household(true, false, "30"));
            QuoteLine l = only(q, SETTLEMENT);
            assertAmount(l, "4800");
            assertThat(l.quantity()).isEqualByComparingTo("24");
            assertThat(l.interpretations()).doesNotContain("I-20");
            assertAmount(only(Quotes.quote(household(true, true, "30")), MOVING), "300");
        }

        @ParameterizedTest(name = "三(二) 非唯一住房(soleDwelling={0})却批准延期 → hardship-requires-sole-dwelling")
        @DisplayName("三(二) 延长24个月只适用于唯一住房:非唯一住房批准延期是违规")
        @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
                false
                null
                """)
        void hardshipRequiresSoleDwelling(Boolean sole) {
            List<Violation> v = Quotes.violations(household(sole, true, "30"));
            assertThat(v).anySatisfy(x -> {
                assertThat(x.rule()).isEqualTo("hardship-requires-sole-dwelling");
                assertThat(x.field()).isEqualTo("hardshipExtensionApproved");
            });
        }

        @Test
        @DisplayName("三(一)、三(二) 未填写被拆迁房屋建筑面积:不列这两行,报价附提示")
        void noAreaNoSubsidies() {
            Quote q = Quotes.quote(Quotes.household(ItemInput.of("1-1.annex.brick-wood", "10")));
            assertThat(lines(q, MOVING)).isEmpty();
            assertThat(lines(q, SETTLEMENT)).isEmpty();
            assertThat(q.subtotals()).extracting(Subtotal::section).doesNotContain("三(一)", "三(二)");
            assertThat(q.notices()).anySatisfy(n -> assertThat(n).contains("建筑面积", "三(一)", "三(二)"));
            assertThat(q.totalMin()).isEqualByComparingTo("7000"); // 10 m² × 700, nothing else
        }

        @Test
        @DisplayName("三(一)+三(二) 31m²:小计 310 与 4464,合计 4774 元(少于30m²的 300+4800=5100 元)")
        void subtotals31() {
            Quote q = Quotes.quote(withArea("31"));
            assertThat(q.subtotals()).extracting(Subtotal::section).containsExactly("三(一)", "三(二)");
            assertThat(q.subtotals().get(0).amountMin()).isEqualByComparingTo("310");
            assertThat(q.subtotals().get(1).amountMin()).isEqualByComparingTo("4464");
            assertThat(q.totalMin()).isEqualByComparingTo("4774");
            assertThat(q.totalMax()).isEqualByComparingTo("4774");
            assertThat(Quotes.quote(withArea("30")).totalMin()).isEqualByComparingTo("5100");
        }
    }

    // ---- 三(三) ----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("三(三) 主动搬迁奖励:签订协议并支付补偿款后30日内搬迁5万元,45日内3万元,超出不奖励")
    class IncentiveReward {

        @ParameterizedTest(name = "三(三) 签约 {0},付款 {1},搬迁 {2}:第 {3} 日 → {4} 元")
        @DisplayName("三(三) 按解释I-10(起算日为第0日)按日历日计:30日、45日分界两侧")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-01 | 2023-07-05 | 2023-07-05 | 0  | 50000
                2023-07-01 | 2023-07-05 | 2023-07-06 | 1  | 50000
                2023-07-01 | 2023-07-05 | 2023-08-03 | 29 | 50000
                2023-07-01 | 2023-07-05 | 2023-08-04 | 30 | 50000
                2023-07-01 | 2023-07-05 | 2023-08-05 | 31 | 30000
                2023-07-01 | 2023-07-05 | 2023-08-18 | 44 | 30000
                2023-07-01 | 2023-07-05 | 2023-08-19 | 45 | 30000
                2023-07-01 | 2023-07-05 | 2023-08-20 | 46 | 0
                2023-07-01 | 2023-07-05 | 2023-09-30 | 87 | 0
                2024-01-20 | 2024-02-01 | 2024-03-01 | 29 | 50000
                2024-01-20 | 2024-02-01 | 2024-03-02 | 30 | 50000
                2024-01-20 | 2024-02-01 | 2024-03-03 | 31 | 30000
                2024-01-20 | 2024-02-01 | 2024-03-17 | 45 | 30000
                2024-01-20 | 2024-02-01 | 2024-03-18 | 46 | 0
                2023-01-20 | 2023-02-01 | 2023-03-03 | 30 | 50000
                2023-01-20 | 2023-02-01 | 2023-03-04 | 31 | 30000
                2023-12-18 | 2023-12-20 | 2024-01-19 | 30 | 50000
                2023-12-18 | 2023-12-20 | 2024-01-20 | 31 | 30000
                2023-12-18 | 2023-12-20 | 2024-02-03 | 45 | 30000
                2023-12-18 | 2023-12-20 | 2024-02-04 | 46 | 0
                """)
        void dayCount(String signed, String paid, String moved, long day, String amount) {
            // Calendar by hand: 2023-07-05 + 26 d = 07-31, + 4 d = 08-04 (day 30), + 15 d = 08-19 (day 45).
            // Leap year: 2024-02-01 + 28 d = 02-29, 03-01 is day 29, 03-02 day 30, 03-17 day 45.
            // Not a leap year: 2023-02-01 + 27 d = 02-28, 03-01 day 28, 03-03 day 30.
            // Across the year end: 2023-12-20 + 11 d = 12-31, 2024-01-19 day 30, 02-03 day 45.
            Quote q = Quotes.quote(withDates(signed, paid, moved));
            QuoteLine l = only(q, INCENTIVE);
            assertAmount(l, amount);
            assertThat(l.section()).isEqualTo("三(三)");
            assertThat(l.interpretations()).contains("I-10");
            Incentive i = q.incentive();
            assertThat(i.status()).isEqualTo(Incentive.Status.DECIDED);
            assertThat(i.startDate()).isEqualTo(paid);
            assertThat(i.dayNumber()).isEqualTo(day);
            assertThat(i.amount()).isEqualByComparingTo(amount);
            assertThat(q.totalMin()).isEqualByComparingTo(amount);
        }

        @Test
        @DisplayName("三(三) 按解释I-03/I-11两档不叠加:第0至60日,奖励只会是50000、30000或0,决不为80000")
        void neverAdditive() {
            LocalDate paid = LocalDate.of(2023, 7, 5);
            for (int day = 0; day <= 60; day++) {
                Quote q = Quotes.quote(withDates("2023-07-01", "2023-07-05", paid.plusDays(day).toString()));
                List<QuoteLine> found = lines(q, INCENTIVE);
                assertThat(found).as("day %d", day).hasSize(1);
                String expected = day <= 30 ? "50000" : day <= 45 ? "30000" : "0";
                assertThat(found.get(0).amountMin()).as("day %d", day).isEqualByComparingTo(expected)
                        .isNotEqualByComparingTo("80000");
                assertThat(q.totalMax()).as("day %d", day).isLessThanOrEqualTo(new BigDecimal("50000"));
            }
        }

        @ParameterizedTest(name = "三(三) 按解释I-03:第 {0} 日同属「30日内」与「45日内」两档,只得先列一档 50000 元")
        @DisplayName("三(三) 按解释I-03:第0–30日两档印刷区间重叠,只按先列一档5万元,报价行注明不叠加")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-05 | 0
                2023-07-25 | 20
                2023-08-04 | 30
                """)
        void overlapDaysCiteNonAdditive(String moved, long day) {
            QuoteLine l = only(Quotes.quote(withDates("2023-07-01", "2023-07-05", moved)), INCENTIVE);
            assertAmount(l, "50000"); // not 50000 + 30000 = 80000
            assertThat(l.interpretations()).contains("I-03", "I-10", "I-11");
            assertThat(l.explanation()).contains("不叠加");
        }

        @ParameterizedTest(name = "三(三) 第 {0} 日只属一档 → {1} 元,不引用解释I-03")
        @DisplayName("三(三) 第31–45日只属「45日内」一档(3万元),第46日起只属「超出规定时间」:无重叠,不引用解释I-03")
        @CsvSource(delimiter = '|', textBlock = """
                2023-08-05 | 30000
                2023-08-19 | 30000
                2023-08-20 | 0
                """)
        void singleTierDaysDoNotCiteOverlap(String moved, String amount) {
            QuoteLine l = only(Quotes.quote(withDates("2023-07-01", "2023-07-05", moved)), INCENTIVE);
            assertAmount(l, amount);
            assertThat(l.interpretations()).contains("I-10", "I-11").doesNotContain("I-03");
        }

        @Test
        @DisplayName("三(三) 超出45日(第46日)搬迁不享受奖励:列一行,金额0元")
        void day46IsZeroLine() {
            Quote q = Quotes.quote(withDates("2023-07-01", "2023-07-05", "2023-08-20"));
            QuoteLine l = only(q, INCENTIVE);
            assertAmount(l, "0");
            assertThat(l.status()).isEqualTo(LineStatus.EXACT);
            assertThat(q.incentive().dayNumber()).isEqualTo(46L);
            assertThat(q.incentive().amount()).isEqualByComparingTo("0");
        }

        @ParameterizedTest(name = "三(三) 签约 {0} 晚于付款 {1}:自签约起算,搬迁 {2} 为第 {3} 日 → {4} 元")
        @DisplayName("三(三) 自签订协议并支付补偿款后:签约晚于付款的,从签约之日起算(解释I-10)")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-10 | 2023-07-05 | 2023-08-09 | 30 | 50000
                2023-07-10 | 2023-07-05 | 2023-08-10 | 31 | 30000
                2023-07-10 | 2023-07-05 | 2023-08-24 | 45 | 30000
                2023-07-10 | 2023-07-05 | 2023-08-25 | 46 | 0
                """)
        void signingAfterPayment(String signed, String paid, String moved, long day, String amount) {
            // From signing 2023-07-10: + 21 d = 07-31, + 9 d = 08-09 (day 30); from payment 08-09 would be day 35.
            Quote q = Quotes.quote(withDates(signed, paid, moved));
            assertThat(q.incentive().startDate()).isEqualTo(signed);
            assertThat(q.incentive().dayNumber()).isEqualTo(day);
            assertAmount(only(q, INCENTIVE), amount);
        }

        // Moved out before the start: no longer refused; decided by I-32 (section.S3IncentiveDatesTest).

        @ParameterizedTest(name = "三(三) 付款 {1} 未搬迁:5万元截止 {2},3万元截止 {3}")
        @DisplayName("三(三) 尚未搬迁:不列奖励行,给出起算日与两个截止日(起算日+30日、+45日)")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-01 | 2023-07-05 | 2023-08-04 | 2023-08-19
                2024-01-20 | 2024-02-01 | 2024-03-02 | 2024-03-17
                2023-12-18 | 2023-12-20 | 2024-01-19 | 2024-02-03
                """)
        void awaitingMoveOut(String signed, String paid, String full, String reduced) {
            Quote q = Quotes.quote(withDates(signed, paid, null));
            assertThat(lines(q, INCENTIVE)).isEmpty();
            Incentive i = q.incentive();
            assertThat(i.status()).isEqualTo(Incentive.Status.AWAITING_MOVE_OUT);
            assertThat(i.startDate()).isEqualTo(paid);
            assertThat(i.fullDeadline()).isEqualTo(full);
            assertThat(i.reducedDeadline()).isEqualTo(reduced);
            assertThat(i.amount()).isNull();
            assertThat(i.dayNumber()).isNull();
            assertThat(q.totalMax()).isEqualByComparingTo("0");
        }

        @ParameterizedTest(name = "三(三) 签约 {0},付款 {1},搬迁 {2}:时钟未开始")
        @DisplayName("三(三) 未签约或未付款:奖励尚未起算(NOT_STARTED),不列奖励行")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-01 |            |
                           | 2023-07-05 |
                           |            |
                """)
        void notStarted(String signed, String paid, String moved) {
            Quote q = Quotes.quote(withDates(signed, paid, moved));
            assertThat(lines(q, INCENTIVE)).isEmpty();
            assertThat(q.incentive().status()).isEqualTo(Incentive.Status.NOT_STARTED);
            assertThat(q.incentive().amount()).isNull();
            assertThat(q.incentive().startDate()).isNull();
        }

        @Test
        @DisplayName("三(三) 没有日期(dates 为空):NOT_STARTED,不列奖励行")
        void noDates() {
            Quote q = Quotes.quote(withArea("30"));
            assertThat(lines(q, INCENTIVE)).isEmpty();
            assertThat(q.incentive().status()).isEqualTo(Incentive.Status.NOT_STARTED);
        }

        @ParameterizedTest(name = "三(三) 按解释I-10另一读法START_IS_DAY_1:搬迁 {0} 为第 {1} 日 → {2} 元")
        @DisplayName("三(三) 按解释I-10另一读法(起算日为第1日):起算日+29日为第30日")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-05 | 1  | 50000
                2023-08-03 | 30 | 50000
                2023-08-04 | 31 | 30000
                2023-08-18 | 45 | 30000
                2023-08-19 | 46 | 0
                2024-03-01 | 30 | 50000
                2024-03-02 | 31 | 30000
                """)
        void startIsDay1(String moved, long day, String amount) {
            // Paid 2023-07-05 = day 1, so 08-03 (start + 29) is day 30 and 08-18 (start + 44) is day 45.
            // Leap year: paid 2024-02-01 = day 1, 03-01 (start + 29) is day 30.
            String paid = moved.startsWith("2024") ? "2024-02-01" : "2023-07-05";
            Quote q = Quotes.quote(START_IS_DAY_1, withDates(paid.substring(0, 8) + "01", paid, moved));
            assertThat(q.incentive().dayNumber()).isEqualTo(day);
            assertAmount(only(q, INCENTIVE), amount);
        }

        @ParameterizedTest(name = "三(三) 按解释I-10另一读法START_IS_DAY_1:付款 {0},截止 {1} 与 {2}")
        @DisplayName("三(三) 按解释I-10另一读法:截止日为起算日+29日与+44日")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-05 | 2023-08-03 | 2023-08-18
                2024-02-01 | 2024-03-01 | 2024-03-16
                """)
        void startIsDay1Deadlines(String paid, String full, String reduced) {
            Quote q = Quotes.quote(START_IS_DAY_1, withDates(paid, paid, null));
            assertThat(q.incentive().status()).isEqualTo(Incentive.Status.AWAITING_MOVE_OUT);
            assertThat(q.incentive().fullDeadline()).isEqualTo(full);
            assertThat(q.incentive().reducedDeadline()).isEqualTo(reduced);
        }
    }
}
