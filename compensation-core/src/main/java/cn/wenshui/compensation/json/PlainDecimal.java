package cn.wenshui.compensation.json;

import java.math.BigDecimal;

/**
 * {@link BigDecimal#toPlainString()} for the decimals of a quote (at most 18 digits), written into a reusable char
 * buffer instead of a StringBuilder and two Strings: the numbers were a third of the time spent writing a quote.
 * Anything else falls back to the JDK. {@code PlainDecimalTest} compares both over many values.
 */
final class PlainDecimal {
    /** Long.MAX_VALUE has 19 digits; with sign, point and 18 leading zeros a 40-char buffer always fits. */
    static final int BUFFER = 48;
    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private PlainDecimal() {
    }

    /** Writes {@code v} in plain notation into {@code buf}; returns the length, or -1 if the JDK must do it. */
    static int write(BigDecimal v, char[] buf) {
        int scale = v.scale();
        if (scale < 0 || scale > 18 || v.precision() > 18) {
            return -1;
        }
        long unscaled = scale == 0 ? v.longValue() : v.movePointRight(scale).longValue();
        boolean negative = unscaled < 0;
        long abs = negative ? -unscaled : unscaled;
        long intPart = abs / POW10[scale];
        long frac = abs - intPart * POW10[scale];
        int pos = buf.length;
        if (scale > 0) {
            for (int i = 0; i < scale; i++) {
                buf[--pos] = (char) ('0' + frac % 10);
                frac /= 10;
            }
            buf[--pos] = '.';
        }
        do {
            buf[--pos] = (char) ('0' + intPart % 10);
            intPart /= 10;
        } while (intPart != 0);
        if (negative) {
            buf[--pos] = '-';
        }
        int len = buf.length - pos;
        System.arraycopy(buf, pos, buf, 0, len);
        return len;
    }
}
