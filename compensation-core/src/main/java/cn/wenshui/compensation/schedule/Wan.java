package cn.wenshui.compensation.schedule;

import java.math.BigDecimal;

/**
 * An amount as the regulation writes a large round sum: in 万元 (120000 → 12万元, 12000 → 1.2万元), below 10,000 in
 * 元 (800 → 800元). Kept beside {@link Texts} until the core has one money formatter; then this becomes its 万 form.
 */
public final class Wan {
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private Wan() {
    }

    /** 120000 → 「12万元」; 800 → 「800元」. */
    public static String yuan(BigDecimal amount) {
        if (amount.abs().compareTo(TEN_THOUSAND) < 0) {
            return Texts.yuan(amount) + "元";
        }
        return Texts.number(amount.movePointLeft(4)) + "万元";
    }
}
