package cn.wenshui.compensation.api.web;

import cn.wenshui.compensation.schedule.Reward;
import cn.wenshui.compensation.schedule.Schedule;
import java.util.List;

/**
 * What the 补偿明细表 states of the regulation beside a stored quote, read from the schedule version that quoted it:
 * the incentive's heading (its section's title and number) and the rewards its two deadlines earn (in 万元).
 */
public record SheetFacts(String incentiveHeading, String fullReward, String reducedReward) {

    static SheetFacts of(Schedule s) {
        String heading = s.incentive().map(i -> s.sectionTitle(i.section()).orElse("") + "(" + i.section() + ")")
                .orElse("");
        List<Reward> rewards = s.incentiveRewards();
        return new SheetFacts(heading, rewards.isEmpty() ? "" : rewards.get(0).amountWords(),
                rewards.size() < 2 ? "" : rewards.get(1).amountWords());
    }
}
