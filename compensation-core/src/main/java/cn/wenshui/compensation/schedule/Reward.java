package cn.wenshui.compensation.schedule;

import cn.wenshui.compensation.money.MoneyFormat;
import java.math.BigDecimal;

/**
 * One reward of the incentive row (the row computed from the {@link ComputedFrom#DATES dates}): moving out within
 * {@code withinDays} days earns {@code amount}. Read from the row's tiers, so every text that states the incentive
 * says what the schedule file says.
 *
 * @param printed the tier's words as printed
 */
public record Reward(BigDecimal withinDays, BigDecimal amount, String printed) {

    /** The amount as the regulation writes it, in 万元 ({@link MoneyFormat#wanYuan}). */
    public String amountWords() {
        return MoneyFormat.wanYuan(amount);
    }

    /** The reward in a few words: the day bound, 日内, the amount in 万元. */
    public String words() {
        return Texts.number(withinDays) + "日内" + amountWords();
    }
}
