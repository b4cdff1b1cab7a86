package cn.wenshui.compensation.api.web;

import cn.wenshui.compensation.money.Rounding;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount of money in Chinese capital numerals (人民币大写) as written on vouchers and settlement sheets,
 * following the usual rules of 《支付结算办法》 附件《正确填写票据和结算凭证的基本规定》:
 * <ul>
 *   <li>digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟, sections 万 and 亿 (亿 repeats: 壹万亿, 壹亿亿);</li>
 *   <li>a ten is written 壹拾 (壹拾元整, 壹拾万元整), never a bare 拾;</li>
 *   <li>one 零 for a run of zeros inside the number (壹仟零壹元整, 壹亿零壹万元整); none for trailing zeros;</li>
 *   <li>{@code 元} followed by {@code 整} when there are no 角 or 分; {@code 零} after 元 when the 角 is zero but
 *       the 分 is not (壹佰元零伍分), and also when the 元 digit is zero before a 角 (壹万元零壹角整);</li>
 *   <li>a 整 after 角 (the rules allow it and it leaves no room to append a 分); none after 分.</li>
 * </ul>
 * Amounts are rounded half-up to the fen first; a negative amount is prefixed with 负.
 */
public final class ChineseAmount {
    private static final char[] DIGITS = {'零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'};
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);

    private ChineseAmount() {
    }

    /** E.g. 91274.00 → 玖万壹仟贰佰柒拾肆元整; 100.05 → 壹佰元零伍分; 0 → 零元整. */
    public static String of(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is null");
        }
        BigDecimal fen = Rounding.line(amount);
        if (fen.signum() < 0) {
            return "负" + of(fen.negate());
        }
        BigInteger[] yuanAndFen = fen.movePointRight(2).toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(100));
        BigInteger yuan = yuanAndFen[0];
        int jiao = yuanAndFen[1].intValue() / 10;
        int cents = yuanAndFen[1].intValue() % 10;
        StringBuilder b = new StringBuilder();
        if (yuan.signum() > 0) {
            b.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return (b.isEmpty() ? "零元" : b) + "整";
        }
        boolean yuanEndsInZero = yuan.signum() > 0 && yuan.mod(BigInteger.TEN).signum() == 0;
        if (jiao == 0) {
            if (yuan.signum() > 0) {
                b.append('零');
            }
        } else {
            if (yuanEndsInZero) {
                b.append('零');
            }
            b.append(DIGITS[jiao]).append('角');
        }
        if (cents == 0) {
            b.append('整');
        } else {
            b.append(DIGITS[cents]).append('分');
        }
        return b.toString();
    }

    /** A positive whole number: 亿 sections, then 万 sections, each of up to four digits. */
    static String integer(BigInteger n) {
        if (n.compareTo(HUNDRED_MILLION) >= 0) {
            BigInteger[] qr = n.divideAndRemainder(HUNDRED_MILLION);
            return integer(qr[0]) + "亿" + rest(qr[1], 10_000_000);
        }
        if (n.compareTo(TEN_THOUSAND) >= 0) {
            BigInteger[] qr = n.divideAndRemainder(TEN_THOUSAND);
            return fourDigits(qr[0].intValue()) + "万" + rest(qr[1], 1_000);
        }
        return fourDigits(n.intValue());
    }

    /** The lower part after a 亿 or 万: nothing if zero, led by 零 if it does not fill its top digit. */
    private static String rest(BigInteger lower, int topDigitValue) {
        if (lower.signum() == 0) {
            return "";
        }
        return (lower.compareTo(BigInteger.valueOf(topDigitValue)) < 0 ? "零" : "") + integer(lower);
    }

    /** 1 … 9999 without leading 零: 1010 → 壹仟零壹拾, 10 → 壹拾. */
    private static String fourDigits(int n) {
        StringBuilder b = new StringBuilder();
        boolean pendingZero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = (n / (int) Math.pow(10, pos)) % 10;
            if (d == 0) {
                pendingZero = !b.isEmpty();
                continue;
            }
            if (pendingZero) {
                b.append('零');
                pendingZero = false;
            }
            b.append(DIGITS[d]).append(UNITS[pos]);
        }
        return b.toString();
    }
}
