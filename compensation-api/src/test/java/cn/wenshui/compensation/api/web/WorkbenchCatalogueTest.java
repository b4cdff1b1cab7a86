package cn.wenshui.compensation.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The picker offers exactly the rows the engine accepts as inventory lines. */
@DisplayName("项目选择器:可选项目与引擎一致")
class WorkbenchCatalogueTest {
    private final Schedule schedule = ScheduleLoader.loadDefault();
    private final QuoteEngine engine = new QuoteEngine(schedule, Readings.defaults());

    private List<String> rulesFor(String code) {
        Household h = new Household("T-1", null, null, null, null, null, null,
                List.of(ItemInput.of(code, "1")), null, null);
        try {
            engine.quote(h);
            return List.of();
        } catch (InvalidInventoryException e) {
            return e.violations().stream().filter(v -> v.field().equals("items[0].code")).map(Violation::rule)
                    .toList();
        }
    }

    @Test
    @DisplayName("由住户信息自动计算的行不可选,引擎也拒绝把它们列为清单行")
    void computedRowsAreRefused() {
        assertThat(schedule.computedRows()).extracting(ScheduleItem::code).contains("3-1.moving-subsidy",
                "3-2.settlement", "3-3.incentive", "1-3.moving-subsidy", "1-3.settlement");
        for (ScheduleItem i : schedule.computedRows()) {
            assertThat(rulesFor(i.code())).as(i.code()).containsExactly(i.mode() == Mode.AREA_SWAP
                    ? "area-swap-not-an-item" : "computed-row-not-an-item");
        }
    }

    @Test
    @DisplayName("其余各行(面积置换除外)都可作为清单行,且都属于选择器的某一章节")
    void everyOtherRowIsPickable() {
        for (ScheduleItem i : schedule.items()) {
            if (i.computed()) {
                continue;
            }
            assertThat(rulesFor(i.code())).as(i.code()).isEmpty();
            assertThat(WorkbenchViews.pickerSections(schedule)).as(i.code() + " " + i.section()).containsKey(i.section());
        }
    }
}
