package cn.wenshui.compensation.api.privacy;

/**
 * The one home of the masking rules for personal data (《个人信息保护法》): what a reader without a need for the full
 * value sees of a name, an ID number, a phone number or a bank account. Household files use it, and so do the 公示
 * outputs. Works on code points, so a name outside the BMP is never cut in half.
 */
public final class Masking {
    private static final String STAR = "*";

    private Masking() {
    }

    /** 户主: 张三 → 张*, 张小三 → 张*三, 欧阳小娜 → 欧*娜 (first + one star + last); one character → *. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int[] cp = name.strip().codePoints().toArray();
        if (cp.length == 0) {
            return "";
        }
        if (cp.length == 1) {
            return STAR;
        }
        if (cp.length == 2) {
            return new String(cp, 0, 1) + STAR;
        }
        return new String(cp, 0, 1) + STAR + new String(cp, cp.length - 1, 1);
    }

    /** 身份证号: the first 6 (the issuing area) and last 4 kept: 110105********002X. Shorter than 11: all stars. */
    public static String idNumber(String id) {
        return keep(id, 6, 4);
    }

    /** Phone: the first 3 and last 4 kept: 138****5678. Shorter than 8: all stars. */
    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** Bank account: only the last 4 kept: ***************1234. Shorter than 5: all stars. */
    public static String bankAccount(String account) {
        return keep(account, 0, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int[] cp = value.strip().codePoints().toArray();
        if (cp.length <= head + tail) {
            return STAR.repeat(cp.length);
        }
        return new String(cp, 0, head) + STAR.repeat(cp.length - head - tail) + new String(cp, cp.length - tail, tail);
    }
}
