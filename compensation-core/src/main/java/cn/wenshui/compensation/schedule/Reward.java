package cn.wenshui.compensation.schedule;

import java.math.BigDecimal;

/**
 * One reward of the incentive row (the row computed from the {@link ComputedFrom#DATES dates}): moving out within
 * {@code withinDays} days earns {@code amount}. Read from the row's tiers, so every text that states the incentive
 * says what the schedule file says.
 *
 * @param printed the tier's words as printed
 */
public record Reward(BigDecimal withinDays, BigDecimal amount, String printed) {

    /** The amount as the regulation writes it: 「5万元」. */
    public String amountWords() {
        return Wan.yuan(amount);
    }

    /** 「30日内5万元」. */
    public String words() {
        return Texts.number(withinDays) + "日内" + amountWords();
    }
}
