package cn.wenshui.compensation.api.lifecycle;

import static cn.wenshui.compensation.api.lifecycle.EventKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wenshui.compensation.api.household.HouseholdState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The order of events, without a server: the table and the readings I-46 … I-49 that decided it. */
@DisplayName("住户事件的顺序(状态机)")
class LifecycleTest {

    private static Lifecycle.Event e(EventKind k, String date) {
        return new Lifecycle.Event(k, LocalDate.parse(date), null, null, false);
    }

    private static Lifecycle.Event pay(String date, String amount, boolean fin) {
        return new Lifecycle.Event(PAYMENT, LocalDate.parse(date), null, new BigDecimal(amount), fin);
    }

    private static final List<Lifecycle.Event> PUBLISHED_TWICE = List.of(e(APPRAISAL_RECEIVED, "2023-06-01"),
            e(PUBLISHED, "2023-06-10"), e(PUBLISHED, "2023-06-20"));

    private static Lifecycle.Position after(Lifecycle.Event... more) throws Lifecycle.Refusal {
        List<Lifecycle.Event> all = new ArrayList<>(PUBLISHED_TWICE);
        all.addAll(List.of(more));
        return Lifecycle.replay(all);
    }

    @Test
    @DisplayName("登记 → 评估 → 公示两轮 → 签约 → 付款(分期,末期付清) → 搬迁交房 → 奖励核定 → 归档")
    void mainPath() throws Exception {
        Lifecycle.Position p = after(e(SIGNED, "2023-07-01"), pay("2023-07-05", "6000", false));
        assertThat(p.state()).isEqualTo(HouseholdState.PARTLY_PAID);
        p = Lifecycle.apply(p, pay("2023-07-20", "6000", true));
        assertThat(p.state()).isEqualTo(HouseholdState.PAID);
        assertThat(p.firstPayment()).isEqualTo("2023-07-05");
        assertThat(p.finalPayment()).isEqualTo("2023-07-20");
        p = Lifecycle.apply(p, e(MOVED_OUT, "2023-08-01"));
        assertThat(Lifecycle.allowed(p)).containsExactly(INCENTIVE_DECIDED, OBJECTION);
        p = Lifecycle.apply(Lifecycle.apply(p, e(INCENTIVE_DECIDED, "2023-08-02")), e(ARCHIVED, "2023-08-03"));
        assertThat(p.state()).isEqualTo(HouseholdState.ARCHIVED);
        assertThat(Lifecycle.allowed(p)).isEmpty();
    }

    @Test
    @DisplayName("解释I-46:未签约即付款 → 拒绝,指明状态「第二轮公示」与可记录的事件")
    void paymentBeforeSigning() throws Exception {
        Lifecycle.Position p = after();
        assertThatThrownBy(() -> Lifecycle.apply(p, pay("2023-07-05", "1", false)))
                .isInstanceOf(Lifecycle.Refusal.class).hasMessageContaining("PUBLISHED_2")
                .hasMessageContaining("allowed next: SIGNED, MOVED_OUT, OBJECTION, REFERRED_TO_COMMAND")
                .satisfies(r -> assertThat(((Lifecycle.Refusal) r).zh()).contains("第二轮公示"));
    }

    @Test
    @DisplayName("解释I-46、I-32:第二轮公示后、签约前搬迁交房可记录;其后签约、付款仍可记录,日期不与搬迁比较")
    void movedBeforeSigning() throws Exception {
        Lifecycle.Position p = after(e(MOVED_OUT, "2023-06-25"));
        assertThat(Lifecycle.allowed(p)).containsExactly(SIGNED, OBJECTION);
        p = Lifecycle.apply(p, e(SIGNED, "2023-06-22"));
        assertThat(Lifecycle.allowed(p)).containsExactly(PAYMENT, OBJECTION);
        p = Lifecycle.apply(p, pay("2023-06-23", "12000", true));
        assertThat(p.state()).isEqualTo(HouseholdState.MOVED_OUT);
        assertThat(Lifecycle.allowed(p)).containsExactly(INCENTIVE_DECIDED, OBJECTION);
    }

    @Test
    @DisplayName("解释I-46:评估报告收到前不得搬迁交房;公示前不得签约")
    void notBeforeAppraisalAndPublication() {
        assertThatThrownBy(() -> Lifecycle.replay(List.of(e(MOVED_OUT, "2023-06-01"))))
                .hasMessageContaining("REGISTERED");
        assertThatThrownBy(() -> Lifecycle.replay(List.of(e(APPRAISAL_RECEIVED, "2023-06-01"),
                e(PUBLISHED, "2023-06-10"), e(SIGNED, "2023-06-11")))).hasMessageContaining("PUBLISHED_1");
    }

    @Test
    @DisplayName("日期不倒流:付款早于签约日 → 拒绝(date-order)")
    void datesDoNotGoBack() {
        assertThatThrownBy(() -> after(e(SIGNED, "2023-07-01"), pay("2023-06-30", "1", false)))
                .satisfies(r -> assertThat(((Lifecycle.Refusal) r).rule()).isEqualTo("date-order"));
    }

    @Test
    @DisplayName("解释I-48:付清后不再付款;金额只属于付款,精确到分")
    void payments() throws Exception {
        Lifecycle.Position paid = after(e(SIGNED, "2023-07-01"), pay("2023-07-05", "12000", true));
        assertThat(Lifecycle.allowed(paid)).doesNotContain(PAYMENT);
        assertThatThrownBy(() -> after(e(SIGNED, "2023-07-01"), pay("2023-07-05", "0.001", false)))
                .satisfies(r -> assertThat(((Lifecycle.Refusal) r).rule()).isEqualTo("fen"));
    }

    @Test
    @DisplayName("解释I-47:四 报县城市建设指挥部审定(非「移交村委会」),审定后回到原状态")
    void referral() throws Exception {
        Lifecycle.Position p = Lifecycle.replay(List.of(e(REFERRED_TO_COMMAND, "2023-06-01")));
        assertThat(p.state()).isEqualTo(HouseholdState.REFERRED);
        assertThat(REFERRED_TO_COMMAND.description()).contains("报县城市建设指挥部审定").doesNotContain("村委会");
        assertThat(Lifecycle.apply(p, e(REVIEW_DONE, "2023-06-09")).state()).isEqualTo(HouseholdState.REGISTERED);
    }

    @Test
    @DisplayName("每个状态都有一行转移表")
    void everyStateHasARow() {
        assertThat(Lifecycle.TABLE.keySet()).containsExactlyInAnyOrder(HouseholdState.values());
    }
}
