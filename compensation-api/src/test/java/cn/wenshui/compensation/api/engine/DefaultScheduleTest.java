package cn.wenshui.compensation.api.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.schedule.Schedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schedule file begun on another thread at start ({@code Main}) is the one every engine then uses. */
class DefaultScheduleTest {

    @Test
    @DisplayName("预读的标准与首次使用时读到的是同一份:文件只读一次")
    void preloadedScheduleIsReadOnceAndShared() {
        DefaultSchedule.preload();
        Schedule first = DefaultSchedule.get();
        DefaultSchedule.preload(); // a second preload starts nothing new
        assertThat(DefaultSchedule.get()).isSameAs(first);
        assertThat(first.id()).isEqualTo("wenzhengfa-2023-6");
    }
}
