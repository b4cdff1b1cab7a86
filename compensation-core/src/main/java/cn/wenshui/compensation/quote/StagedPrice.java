package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;

/**
 * A price per growth stage, 二(一): 「葡萄 未挂果 30, 初果期 80, 中果期 240, 盛果期 400 (元/架、株)」, 「嫁接杏树 3,
 * 55, 100, 200」. The line names its stage.
 */
final class StagedPrice {
    private StagedPrice() {
    }

    static boolean price(ScheduleItem item, Price.Staged s, ItemInput in, String path, LineWork e, QuoteWork w) {
        if (in.growthStage() == null || in.growthStage().isBlank()) {
            w.violation(path + ".growthStage", "growth-stage-required", item.label()
                            + "须填写生长阶段(未挂果、初果期、中果期、盛果期)",
                    "this row needs growthStage (未挂果, 初果期, 中果期 or 盛果期)");
            return false;
        }
        for (Price.Staged.Stage st : s.stages()) {
            if (st.stage().equals(in.growthStage().trim())) {
                e.price = Money.of(st.amount());
                e.add(() -> "按" + item.clause() + "「" + item.label() + "」" + st.stage() + " "
                        + Texts.number(st.amount()) + "元/" + item.unit());
                return true;
            }
        }
        w.violation(path + ".growthStage", "unknown-growth-stage", "生长阶段「" + in.growthStage() + "」不在标准中",
                "growth stage '" + in.growthStage() + "' is not in the schedule");
        return false;
    }
}
