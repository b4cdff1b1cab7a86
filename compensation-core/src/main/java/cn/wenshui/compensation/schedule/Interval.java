package cn.wenshui.compensation.schedule;

import java.math.BigDecimal;

/** A tier's bounds; a null end is unbounded. Each end says whether it is included, as a DMN input entry does. */
public record Interval(BigDecimal lower, boolean lowerIncluded, BigDecimal upper, boolean upperIncluded) {

    public boolean contains(BigDecimal x) {
        return contains(lower, lowerIncluded, upper, upperIncluded, x);
    }

    /** Whether {@code x} lies within the bounds given (null = unbounded), without building an Interval. */
    public static boolean contains(BigDecimal lower, boolean lowerIncluded, BigDecimal upper, boolean upperIncluded,
                                   BigDecimal x) {
        if (lower != null) {
            int c = x.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerIncluded)) {
                return false;
            }
        }
        if (upper != null) {
            int c = x.compareTo(upper);
            return c < 0 || (c == 0 && upperIncluded);
        }
        return true;
    }

    /** Mathematical notation, e.g. {@code (5, 10]} or {@code [25, ∞)}. */
    public String notation() {
        return (lower == null ? "(-∞" : (lowerIncluded ? "[" : "(") + lower.toPlainString()) + ", "
                + (upper == null ? "∞)" : upper.toPlainString() + (upperIncluded ? "]" : ")"));
    }

    /**
     * The bounds in words a household reads, with the words of 《民法典》第一千二百五十九条: 「以上、以下」 include the
     * number, 「超过、不足」 do not. E.g. 「深1.2米及以下」, 「胸径超过10厘米、不超过15厘米」, 「面积超过30平方米」.
     */
    public String words(String name, String unit) {
        String lo = lower == null ? null
                : lowerIncluded ? Texts.number(lower) + unit + "及以上" : "超过" + Texts.number(lower) + unit;
        String hi = upper == null ? null
                : upperIncluded ? Texts.number(upper) + unit + "及以下" : "不足" + Texts.number(upper) + unit;
        if (lo == null && hi == null) {
            return name + "不限";
        }
        if (lo == null) {
            return name + hi;
        }
        if (hi == null) {
            return name + lo;
        }
        if (lower.compareTo(upper) == 0 && lowerIncluded && upperIncluded) {
            return name + Texts.number(lower) + unit;
        }
        return name + lo + "、" + (upperIncluded ? "不超过" + Texts.number(upper) + unit : hi);
    }

    public Interval withLower(BigDecimal newLower, boolean included) {
        return new Interval(newLower, included, upper, upperIncluded);
    }

    public Interval withUpper(BigDecimal newUpper, boolean included) {
        return new Interval(lower, lowerIncluded, newUpper, included);
    }

    /** True when no value can lie inside. */
    public boolean isEmpty() {
        if (lower == null || upper == null) {
            return false;
        }
        int c = lower.compareTo(upper);
        return c > 0 || (c == 0 && !(lowerIncluded && upperIncluded));
    }
}
