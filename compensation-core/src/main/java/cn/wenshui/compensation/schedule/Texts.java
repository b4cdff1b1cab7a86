package cn.wenshui.compensation.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as an explanation prints them: trailing zeros dropped (「334」, not 「334.0」), no exponent. */
public final class Texts {
    private Texts() {
    }

    /** A quantity, measurement or rate: trailing zeros dropped (12.50 → 12.5, 334.0 → 334). */
    public static String number(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** An amount of money in 元: whole yuan without decimals (334), otherwise to the fen (333.90). */
    public static String yuan(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        if (s.scale() <= 0) {
            return s.setScale(0).toPlainString();
        }
        return x.setScale(Math.max(2, s.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
