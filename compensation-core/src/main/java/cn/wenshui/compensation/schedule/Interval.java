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
