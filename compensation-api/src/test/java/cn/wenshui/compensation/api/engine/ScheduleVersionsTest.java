package cn.wenshui.compensation.api.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A second schedule version loads as data alone: the test fixture (a made-up amendment, not the regulation) quotes
 * its three changed rows from its file, version 1 keeps its numbers, and which version is in force on a day follows
 * the validity dates (I-53). Expected numbers: version 1 from the regulation text, version 2 from the fixture's words.
 */
class ScheduleVersionsTest {
    static final String FIXTURE = "/schedules/fixtures/wenzhengfa-2023-6.v2-fixture.yaml";
    static final Schedule V1 = ScheduleLoader.loadDefault();
    static final Schedule V2 = ScheduleLoader.loadResource(FIXTURE);

    static Household household() {
        return new Household("T-1", "测试", "堡子村", false, false, new BigDecimal("50"), null, List.of(
                new ItemInput("A1", "1-1.annex.brick-wood", new BigDecimal("10"), null, null, null, null, null, null,
                        null, null, null),
                new ItemInput("A2", "1-1.annex.frame", new BigDecimal("10"), null, null, null, null, null, null, null,
                        null, null),
                new ItemInput("A3", "1-1.annex.steel", new BigDecimal("10"), null, null, null, null, null, null, null,
                        null, null)), null, null);
    }

    static BigDecimal amount(Quote q, String code) {
        return q.lines().stream().filter(l -> l.code().equals(code)).map(QuoteLine::amountMax).findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("测试用修订版(第2版)仅凭数据文件加载:标明为测试夹具,自2025-01-01起施行")
    void fixtureLoadsAsData() {
        assertThat(V2.id()).isEqualTo("wenzhengfa-2023-6");
        assertThat(V2.version()).isEqualTo(2);
        assertThat(V2.fixture()).isTrue();
        assertThat(V2.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(V1.fixture()).isFalse();
        assertThat(V1.validFrom()).isEqualTo(LocalDate.of(2023, 5, 20)); // 2023年5月20日, the issue date
    }

    @Test
    @DisplayName("一(一) 附属平房、三(一) 搬迁补助:第1版按 700、1200、10 元/m²,测试修订版按 750、1300、12 元/m²,未改的钢结构仍为 1200")
    void changedRowsQuoteFromTheDataAlone() throws Exception {
        Quote q1 = new QuoteEngine(V1, Readings.defaults()).quote(household());
        Quote q2 = new QuoteEngine(V2, Readings.defaults()).quote(household());
        assertThat(amount(q1, "1-1.annex.brick-wood")).isEqualByComparingTo("7000.00");
        assertThat(amount(q2, "1-1.annex.brick-wood")).isEqualByComparingTo("7500.00");
        assertThat(amount(q1, "1-1.annex.frame")).isEqualByComparingTo("12000.00");
        assertThat(amount(q2, "1-1.annex.frame")).isEqualByComparingTo("13000.00");
        assertThat(amount(q1, "1-1.annex.steel")).isEqualByComparingTo("12000.00");
        assertThat(amount(q2, "1-1.annex.steel")).isEqualByComparingTo("12000.00");
        // 三(一) 建筑面积 >30m²: 50 m² × 10 = 500 under version 1, × 12 = 600 under the fixture
        assertThat(amount(q1, "3-1.moving-subsidy")).isEqualByComparingTo("500.00");
        assertThat(amount(q2, "3-1.moving-subsidy")).isEqualByComparingTo("600.00");
        assertThat(q1.scheduleVersion()).isEqualTo(1);
        assertThat(q2.scheduleVersion()).isEqualTo(2);
    }

    @Test
    @DisplayName("解释I-53:某日施行的版本按有效期确定;前一版本施行至后一版本生效前一日;文件未施行前无版本")
    void versionInForceByDate() {
        ScheduleVersions v = new ScheduleVersions(List.of(V2, V1));
        assertThat(v.all()).extracting(Schedule::version).containsExactly(1, 2);
        assertThat(v.inForce("wenzhengfa-2023-6", LocalDate.of(2023, 5, 19))).isEmpty();
        assertThat(v.inForce("wenzhengfa-2023-6", LocalDate.of(2023, 5, 20))).contains(V1);
        assertThat(v.inForce("wenzhengfa-2023-6", LocalDate.of(2024, 12, 31))).contains(V1);
        assertThat(v.inForce("wenzhengfa-2023-6", LocalDate.of(2025, 1, 1))).contains(V2);
        assertThat(v.validUntil(V1)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(v.validUntil(V2)).isNull();
        assertThat(new ScheduleVersions(List.of(V1)).inForce("wenzhengfa-2023-6", LocalDate.of(2026, 12, 4)))
                .contains(V1);
    }

    @Test
    @DisplayName("解释I-53:同一版本加载两次,或两版同日生效,拒绝启动(不猜)")
    void ambiguousVersionsRefused() {
        assertThatThrownBy(() -> new ScheduleVersions(List.of(V1, V1))).hasMessageContaining("loaded twice");
    }
}
