package cn.wenshui.compensation.api.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as the pages print them: 12,000.00 for amounts, 760 or 0.4 for unit prices and quantities. */
final class Money {
    private Money() {
    }

    /** Two decimals with thousands separators: 91274 → 91,274.00. */
    static String amount(BigDecimal x) {
        if (x == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(x);
    }

    /** {@code 35,000.00 – 40,000.00}, or a single figure when both ends are equal. */
    static String amountRange(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "";
        }
        if (min == null || max == null || min.compareTo(max) == 0) {
            return amount(min != null ? min : max);
        }
        return amount(min) + " – " + amount(max);
    }

    /** A number as written, without trailing zeros or exponent: 120.00 → 120, 0.40 → 0.4. */
    static String plain(BigDecimal x) {
        if (x == null) {
            return "";
        }
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A unit price or its printed range: 700 – 800, or 1200. */
    static String plainRange(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "—";
        }
        if (min == null || max == null || min.compareTo(max) == 0) {
            return plain(min != null ? min : max);
        }
        return plain(min) + " – " + plain(max);
    }
}
