package cn.wenshui.compensation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The official 节假日安排 of 国务院办公厅 for 2023–2026, as the notices print them (I-33). */
@DisplayName("国务院办公厅节假日安排(2023–2026):放假与调休上班")
class WorkingDaysTest {

    static final WorkingDays CAL = WorkingDays.official();

    @ParameterizedTest(name = "{0} 工作日={1}")
    @DisplayName("各年通知所列放假日为休息,调休上班的周末为工作日,其余按周六周日休息")
    @CsvSource(delimiter = '|', textBlock = """
            2023-01-02 | false
            2023-01-21 | false
            2023-01-28 | true
            2023-01-29 | true
            2023-04-05 | false
            2023-04-23 | true
            2023-05-03 | false
            2023-05-06 | true
            2023-06-24 | false
            2023-06-25 | true
            2023-09-29 | false
            2023-10-06 | false
            2023-10-07 | true
            2023-10-08 | true
            2024-01-01 | false
            2024-02-04 | true
            2024-02-09 | true
            2024-02-17 | false
            2024-02-18 | true
            2024-04-07 | true
            2024-04-28 | true
            2024-05-11 | true
            2024-06-10 | false
            2024-09-14 | true
            2024-09-17 | false
            2024-09-29 | true
            2024-10-07 | false
            2024-10-12 | true
            2025-01-01 | false
            2025-01-26 | true
            2025-01-28 | false
            2025-02-04 | false
            2025-02-08 | true
            2025-04-04 | false
            2025-04-27 | true
            2025-05-05 | false
            2025-06-02 | false
            2025-09-28 | true
            2025-10-08 | false
            2025-10-11 | true
            2026-01-03 | false
            2026-01-04 | true
            2026-02-14 | true
            2026-02-15 | false
            2026-02-23 | false
            2026-02-28 | true
            2026-04-06 | false
            2026-05-05 | false
            2026-05-09 | true
            2026-06-19 | false
            2026-09-20 | true
            2026-09-25 | false
            2026-10-07 | false
            2026-10-10 | true
            2026-10-12 | true
            2026-10-11 | false
            """)
    void officialDays(LocalDate d, boolean working) {
        assertThat(CAL.isWorkingDay(d)).isEqualTo(working);
    }

    @Test
    @DisplayName("各年放假天数合计(当年之内,含所跨周末):2023年26天、2024年28天、2025年28天、2026年33天")
    void daysOffPerYear() {
        assertThat(count(2023)).isEqualTo(2 + 7 + 1 + 5 + 3 + 8);
        assertThat(count(2024)).isEqualTo(1 + 8 + 3 + 5 + 1 + 3 + 7);
        assertThat(count(2025)).isEqualTo(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(count(2026)).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(CAL.knows(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(CAL.knows(LocalDate.of(2023, 1, 1))).isTrue();
    }

    private static long count(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(d -> CAL.holiday(d).isPresent()).count();
    }
}
