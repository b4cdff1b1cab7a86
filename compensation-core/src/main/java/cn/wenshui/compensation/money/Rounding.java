package cn.wenshui.compensation.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of the project (interpretation I-30): every line amount is rounded once, to the fen,
 * HALF_UP (四舍五入); totals are sums of rounded lines; unit prices are never rounded. Swapped areas are rounded the
 * same way to 0.01 m².
 */
public final class Rounding {
    public static final int FEN_SCALE = 2;
    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    private Rounding() {
    }

    /** A line amount in yuan, rounded to the fen. */
    public static BigDecimal line(BigDecimal exactYuan) {
        return exactYuan.setScale(FEN_SCALE, MODE);
    }

    /** An area in m², rounded to 0.01 m². */
    public static BigDecimal area(BigDecimal exactSquareMetres) {
        return exactSquareMetres.setScale(FEN_SCALE, MODE);
    }

    private static final BigDecimal ZERO_FEN = BigDecimal.ZERO.setScale(FEN_SCALE);

    /** Zero yuan at fen scale. */
    public static BigDecimal zero() {
        return ZERO_FEN;
    }
}
