package cn.wenshui.compensation.schedule;

import cn.wenshui.compensation.money.MoneyFormat;
import java.math.BigDecimal;

/** Numbers as an explanation prints them: trailing zeros dropped (「334」, not 「334.0」), no exponent. */
public final class Texts {
    private Texts() {
    }

    /** A quantity, measurement or rate: trailing zeros dropped (12.50 → 12.5, 334.0 → 334). */
    public static String number(BigDecimal x) {
        return MoneyFormat.number(x);
    }

    /** An amount of money in 元: whole yuan without decimals (334), otherwise to the fen (333.90). */
    public static String yuan(BigDecimal x) {
        return MoneyFormat.yuan(x);
    }
}
