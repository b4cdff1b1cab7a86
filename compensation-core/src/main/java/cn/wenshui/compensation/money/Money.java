package cn.wenshui.compensation.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of 元, or a range of amounts from {@code min} to {@code max} (a printed 700-800 元/m², or a line's
 * lowest and highest amount while no appraised price is given). An exact amount is a range whose ends are equal.
 * Immutable; arithmetic is exact and never rounds: {@link #toFen()} rounds both ends by the one rule of
 * {@link Rounding}. Written out by {@link MoneyFormat}.
 */
public record Money(BigDecimal min, BigDecimal max) {
    /** Zero 元 at fen scale: the start of every sum of line amounts. */
    public static final Money ZERO = of(Rounding.zero());

    public Money {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("a range of money runs from its least to its most: " + min + ", " + max);
        }
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount, amount);
    }

    public static Money between(BigDecimal min, BigDecimal max) {
        return new Money(min, max);
    }

    /** True when both ends are the same amount (whatever their scales). */
    public boolean isExact() {
        return min.compareTo(max) == 0;
    }

    /** Both ends times {@code factor} (a quantity, a share, a surcharge), exactly. */
    public Money times(BigDecimal factor) {
        return new Money(min.multiply(factor), max.multiply(factor));
    }

    /** Both ends plus {@code amount}, exactly. */
    public Money plus(BigDecimal amount) {
        return new Money(min.add(amount), max.add(amount));
    }

    /** The least plus the least, the most plus the most. */
    public Money plus(Money other) {
        return new Money(min.add(other.min), max.add(other.max));
    }

    /** Each end raised to at least the same end of {@code floor}. */
    public Money atLeast(Money floor) {
        return new Money(min.max(floor.min), max.max(floor.max));
    }

    /** Both ends rounded to the fen ({@link Rounding#line}): a line amount. */
    public Money toFen() {
        return new Money(Rounding.line(min), Rounding.line(max));
    }

    /** As an explanation prints it: 「334」 or 「333.90-445.20」. */
    @Override
    public String toString() {
        return MoneyFormat.yuan(this);
    }
}
