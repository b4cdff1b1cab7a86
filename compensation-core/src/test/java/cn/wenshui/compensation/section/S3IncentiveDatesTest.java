package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.schedule.Mode;
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
 * 三(三) 「自签订协议并支付补偿款后,在规定时间内(30 日内)主动搬迁的可另外享受 5 万元的奖励;在规定时间内(45 日内)
 * 主动搬迁的可另外享受 3 万元的奖励」: dates never block a quote (I-32), deadlines on holidays (I-33), instalments
 * (I-34), absurd dates refused by field. Amounts are the clause's 5万元 and 3万元.
 */
@DisplayName("三(三) 主动搬迁奖励:日期不阻断报价(解释I-32、I-33、I-34)")
class S3IncentiveDatesTest {

    static final String INCENTIVE = "3-3.incentive";
    static final QuoteEngine REFER = Quotes.engine("incentive-moved-before-start", "REFER_TO_TOWN");
    static final QuoteEngine NEXT_WORKING_DAY = Quotes.engine("incentive-deadline-holiday", "NEXT_WORKING_DAY");
    static final QuoteEngine FIRST_INSTALMENT = Quotes.engine("incentive-instalments", "FIRST_INSTALMENT");

    static Household household(String signed, String paid, String moved) {
        return Quotes.household(new BigDecimal("80"), null, List.of(), List.of(),
                new Dates(date(signed), date(paid), date(moved)));
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    static List<QuoteLine> lines(Quote q, String code) {
        return q.lines().stream().filter(l -> l.code().equals(code)).toList();
    }

    @Nested
    @DisplayName("I-32 搬迁早于签订协议并支付补偿款")
    class MovedBeforeStart {

        @ParameterizedTest(name = "签约 {0},付款 {1},搬迁 {2}:整份报价照出,奖励按解释I-32计5万元")
        @DisplayName("三(三) 默认读法 WITHIN_30_DAYS:搬迁早于起算视为30日内主动搬迁,计5万元,报价单注明")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-01 | 2023-07-05 | 2023-07-04
                2023-07-01 | 2023-07-05 | 2023-06-30
                2023-07-10 | 2023-07-05 | 2023-07-08
                2023-07-01 |            | 2023-08-01
                           | 2023-07-05 | 2023-07-01
                           |            | 2023-07-01
                """)
        void withinThirtyDays(String signed, String paid, String moved) {
            Quote q = Quotes.quote(household(signed, paid, moved));
            // the rest of the quote is there: 三(一) 80 m² × 10 = 800; 三(二) 80 × 6 × 24 = 11,520
            assertAmount(lines(q, "3-1.moving-subsidy").get(0), "800");
            assertAmount(lines(q, "3-2.settlement").get(0), "11520");
            QuoteLine l = lines(q, INCENTIVE).get(0);
            assertAmount(l, "50000");
            assertThat(l.interpretations()).contains("I-32");
            assertThat(l.explanation()).contains("解释I-32").contains("30 日内");
            Incentive i = q.incentive();
            assertThat(i.status()).isEqualTo(Incentive.Status.DECIDED);
            assertThat(i.amount()).isEqualByComparingTo("50000");
            assertThat(i.dayNumber()).isNull();
            assertThat(i.movedOut()).isEqualTo(date(moved));
            assertThat(q.notices()).anySatisfy(n -> assertThat(n).contains("三(三)").contains("I-32"));
            assertThat(q.totalMin()).isEqualByComparingTo("62320");
        }

        @Test
        @DisplayName("三(三) 已签约未付款而已搬迁:按解释I-32计5万元,注明奖励于签订协议并支付补偿款后兑现,绝不静默 NOT_STARTED")
        void signedNotPaidAlreadyMoved() {
            Quote q = Quotes.quote(household("2023-07-01", null, "2023-08-01"));
            assertThat(q.incentive().status()).isNotEqualTo(Incentive.Status.NOT_STARTED);
            assertThat(q.incentive().startDate()).isNull();
            assertAmount(lines(q, INCENTIVE).get(0), "50000");
            assertThat(q.notices()).anySatisfy(n -> assertThat(n).contains("I-32").contains("签订协议并支付补偿款后兑现"));
        }

        @ParameterizedTest(name = "签约 {0},付款 {1},搬迁 {2}:另一读法 REFER_TO_TOWN → 待凤城镇核实")
        @DisplayName("三(三) 另一读法 REFER_TO_TOWN:不列奖励金额,列为待凤城镇政府核实事项并注明")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-01 | 2023-07-05 | 2023-07-04
                2023-07-01 |            | 2023-08-01
                """)
        void referToTown(String signed, String paid, String moved) {
            Quote q = Quotes.quote(REFER, household(signed, paid, moved));
            assertThat(lines(q, INCENTIVE)).isEmpty();
            assertThat(q.incentive().status()).isEqualTo(Incentive.Status.REFERRED);
            assertThat(q.incentive().amount()).isNull();
            assertThat(q.pending()).extracting(PendingItem::code, PendingItem::mode)
                    .containsExactly(tuple(INCENTIVE, Mode.VERIFICATION));
            assertThat(q.pending().get(0).reason()).contains("凤城镇").contains("I-32");
            assertThat(q.notices()).anySatisfy(n -> assertThat(n).contains("I-32"));
            assertThat(q.totalMin()).isEqualByComparingTo("12320");
        }

        @Test
        @DisplayName("三(三) 未签约未付款也未搬迁:尚未起算(NOT_STARTED),不列奖励行")
        void nothingYet() {
            Quote q = Quotes.quote(household(null, null, null));
            assertThat(q.incentive().status()).isEqualTo(Incentive.Status.NOT_STARTED);
            assertThat(lines(q, INCENTIVE)).isEmpty();
        }
    }

    @Nested
    @DisplayName("荒谬日期:422,指明字段,绝不500")
    class AbsurdDates {

        @ParameterizedTest(name = "{0} = {1} → date-out-of-range")
        @DisplayName("三(三) 日期须在2000-01-01至2100-12-31之间:+999999999年、1899年均被拒绝并指明字段")
        @CsvSource(delimiter = '|', textBlock = """
                dates.agreementSigned  | +999999999-12-31 | 2023-07-05       |
                dates.compensationPaid | 2023-07-01       | +999999999-12-31 |
                dates.movedOut         | 2023-07-01       | 2023-07-05       | +999999999-12-31
                dates.agreementSigned  | 1899-12-31       | 2023-07-05       |
                dates.compensationPaid | 2023-07-01       | 1899-12-31       | 2023-08-01
                dates.movedOut         | 2023-07-01       | 2023-07-05       | 1899-12-31
                dates.movedOut         | 2023-07-01       |                  | -999999999-01-01
                """)
        void refusedByField(String field, String signed, String paid, String moved) {
            List<Violation> v = Quotes.violations(household(signed, paid, moved));
            assertThat(v).extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple(field, "date-out-of-range"));
            assertThat(v.get(0).messageZh()).contains("2000-01-01").contains("2100-12-31");
        }
    }

    @Nested
    @DisplayName("I-33 期限最后一日为法定休假日")
    class Holidays {

        @ParameterizedTest(name = "付款 {0},搬迁 {1}:默认 {2} 元,顺延读法 {3} 元")
        @DisplayName("三(三) 期限最后一日:默认按日历日(CALENDAR_DAYS);另一读法依《民法典》第二百零三条顺延至次一工作日")
        @CsvSource(delimiter = '|', textBlock = """
                2023-07-05 | 2023-08-19 | 30000 | 30000
                2023-07-05 | 2023-08-20 | 0     | 30000
                2023-07-05 | 2023-08-21 | 0     | 30000
                2023-07-05 | 2023-08-22 | 0     | 0
                2023-08-31 | 2023-09-30 | 50000 | 50000
                2023-08-31 | 2023-10-07 | 30000 | 50000
                2023-08-31 | 2023-10-08 | 30000 | 30000
                2024-01-12 | 2024-02-18 | 30000 | 50000
                2024-01-12 | 2024-02-19 | 30000 | 30000
                """)
        void lastDayOnARestDay(String paid, String moved, String calendarDays, String nextWorkingDay) {
            Household h = household("2023-07-01".compareTo(paid) < 0 ? "2023-07-01" : paid, paid, moved);
            assertAmount(lines(Quotes.quote(h), INCENTIVE).get(0), calendarDays);
            assertAmount(lines(Quotes.quote(NEXT_WORKING_DAY, h), INCENTIVE).get(0), nextWorkingDay);
        }

        @Test
        @DisplayName("三(三) 顺延读法:2023-07-05付款,第45日2023-08-19为周六,3万元期限顺延至周一2023-08-21,并说明理由")
        void deadlinesGivenAndExplained() {
            Quote q = Quotes.quote(NEXT_WORKING_DAY, household("2023-07-01", "2023-07-05", null));
            assertThat(q.incentive().fullDeadline()).isEqualTo("2023-08-04");
            assertThat(q.incentive().reducedDeadline()).isEqualTo("2023-08-21");
            assertThat(q.incentive().explanation()).contains("民法典").contains("2023-08-21").contains("I-33");
            Quote moved = Quotes.quote(NEXT_WORKING_DAY, household("2023-07-01", "2023-07-05", "2023-08-20"));
            assertThat(lines(moved, INCENTIVE).get(0).interpretations()).contains("I-33");
        }

        @Test
        @DisplayName("三(三) 顺延读法:2023-08-31付款,第30日2023-09-30在中秋节、国庆节假期内,顺延至调休上班的2023-10-07(周六)")
        void holidayThenAdjustedWorkday() {
            Quote q = Quotes.quote(NEXT_WORKING_DAY, household("2023-08-31", "2023-08-31", null));
            assertThat(q.incentive().fullDeadline()).isEqualTo("2023-10-07");
            assertThat(q.incentive().explanation()).contains("中秋节、国庆节");
        }

        @Test
        @DisplayName("三(三) 顺延读法:节假日安排未收录的年份只按周末顺延,并注明")
        void yearNotHeld() {
            // 2026-12-03 + 30 = 2027-01-02, a Saturday: moved to Monday 2027-01-04
            Quote q = Quotes.quote(NEXT_WORKING_DAY, household("2026-12-03", "2026-12-03", null));
            assertThat(q.incentive().fullDeadline()).isEqualTo("2027-01-04");
            assertThat(q.notices()).anySatisfy(n -> assertThat(n).contains("2027年").contains("未收录"));
        }
    }

    @Nested
    @DisplayName("I-34 分期支付补偿款")
    class Instalments {

        @Test
        @DisplayName("三(三) 默认 LAST_INSTALMENT:起算日为付清补偿款之日;FIRST_INSTALMENT:付款日期指首期,报价单注明")
        void whichPayment() {
            Household h = household("2023-07-01", "2023-07-05", "2023-08-04");
            QuoteLine byDefault = lines(Quotes.quote(h), INCENTIVE).get(0);
            assertThat(byDefault.explanation()).contains("付清补偿款2023-07-05");
            assertAmount(byDefault, "50000");
            QuoteLine first = lines(Quotes.quote(FIRST_INSTALMENT, h), INCENTIVE).get(0);
            assertThat(first.explanation()).contains("支付首期补偿款2023-07-05");
            assertThat(first.interpretations()).contains("I-34");
            assertAmount(first, "50000");
        }
    }

    @Test
    @DisplayName("解释I-35 搬迁指腾空并交付之日:所填搬迁日期(交付记录之日)即计算所用之日,第30日交付计5万元,第31日3万元")
    void movedOutIsTheHandoverDate() {
        Quote day30 = Quotes.quote(household("2023-07-01", "2023-07-05", "2023-08-04"));
        assertThat(day30.incentive().movedOut()).isEqualTo("2023-08-04");
        assertThat(day30.incentive().dayNumber()).isEqualTo(30L);
        assertAmount(lines(day30, INCENTIVE).get(0), "50000");
        assertAmount(lines(Quotes.quote(household("2023-07-01", "2023-07-05", "2023-08-05")), INCENTIVE).get(0),
                "30000");
    }

    @Test
    @DisplayName("三(三) 第46日搬迁:0元,说明「超出规定时间(45日内)」读作第45日以后(解释I-11)")
    void day46SaysHowTheParenthesisIsRead() {
        QuoteLine l = lines(Quotes.quote(household("2023-07-01", "2023-07-05", "2023-08-20")), INCENTIVE).get(0);
        assertAmount(l, "0");
        assertThat(l.explanation()).contains("「超出规定时间(45日内)」读作第45日以后");
    }
}
