package cn.wenshui.compensation.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way the project writes figures: in an explanation (「334」, 「333.90」, 「700-800」), on a page or sheet
 * with thousands separators (「91,274.00」, 「35,000.00 – 40,000.00」), in a chart in 万 (「1.25万」), and the cell
 * formats of a workbook. Every output that writes an amount goes through here.
 */
public final class MoneyFormat {
    /** A workbook cell holding an amount: two decimals, thousands separated. */
    public static final String CELL_AMOUNT = "#,##0.00";
    /** A workbook cell holding a unit price: at least two decimals, up to four (unit prices are not rounded). */
    public static final String CELL_UNIT_PRICE = "#,##0.00##";
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private MoneyFormat() {
    }

    /** A quantity, measurement or rate: trailing zeros dropped (12.50 → 12.5, 334.0 → 334), no exponent. */
    public static String number(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** An amount in 元 as an explanation prints it: whole yuan without decimals (334), otherwise to the fen (333.90). */
    public static String yuan(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        if (s.scale() <= 0) {
            return s.setScale(0).toPlainString();
        }
        return x.setScale(Math.max(2, s.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** An amount or a range as an explanation prints it: 「334」 or 「333.90-445.20」. */
    public static String yuan(Money m) {
        return m.isExact() ? yuan(m.min()) : yuan(m.min()) + "-" + yuan(m.max());
    }

    /** Two decimals with thousands separators, HALF_UP: 91274 → 91,274.00; null → "". */
    public static String grouped(BigDecimal x) {
        if (x == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat(CELL_AMOUNT, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(Rounding.MODE);
        return f.format(x);
    }

    /** {@code 35,000.00 – 40,000.00}, or a single figure when both ends are equal (or one is missing). */
    public static String grouped(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "";
        }
        if (min == null || max == null || min.compareTo(max) == 0) {
            return grouped(min != null ? min : max);
        }
        return grouped(min) + " – " + grouped(max);
    }

    /** A number as written, null as "": 120.00 → 120, 0.40 → 0.4. */
    public static String plain(BigDecimal x) {
        return x == null ? "" : number(x);
    }

    /** A unit price or its printed range for a page: 700 – 800, or 1200; "—" when there is none. */
    public static String plain(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "—";
        }
        if (min == null || max == null || min.compareTo(max) == 0) {
            return plain(min != null ? min : max);
        }
        return plain(min) + " – " + plain(max);
    }

    /** An amount as the regulation words a round sum: 120000 → 「12万元」, 12500 → 「1.25万元」, 800 → 「800元」. */
    public static String wanYuan(BigDecimal amount) {
        if (amount.abs().compareTo(WAN) < 0) {
            return yuan(amount) + "元";
        }
        return number(amount.movePointLeft(4)) + "万元";
    }

    /** Yuan in 万 from ten thousand up (120,000 → 12万, 12,500 → 1.25万), below that grouped (800 → 800). */
    public static String wan(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        if (v.abs().compareTo(WAN) >= 0) {
            return v.divide(WAN).stripTrailingZeros().toPlainString() + "万";
        }
        return groupedAsGiven(v.stripTrailingZeros().scale() <= 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v);
    }

    /** Thousands separated, with two decimals only when {@code v} has a fraction: 1250 → 1,250; 12.5 → 12.50. */
    public static String groupedAsGiven(BigDecimal v) {
        DecimalFormat f = new DecimalFormat(v.scale() > 0 ? CELL_AMOUNT : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(Rounding.MODE);
        return f.format(v);
    }
}
