package cn.wenshui.compensation.schedule;

import java.math.BigDecimal;

/**
 * One printed row of a tier table, its bounds exactly as printed. It carries a fixed {@code amount}, a {@code min}–
 * {@code max} range, or is {@code blank} (an empty printed cell). With {@code perMeasure} the amount is per unit of
 * the table's measure (e.g. 7 元 per m² of shed area) rather than per row unit.
 */
public record Tier(String printed,
                   BigDecimal lower, boolean lowerIncluded,
                   BigDecimal upper, boolean upperIncluded,
                   BigDecimal amount, BigDecimal min, BigDecimal max,
                   boolean blank, boolean perMeasure) {

    public Interval printedBounds() {
        return new Interval(lower, lowerIncluded, upper, upperIncluded);
    }

    /** Whether {@code x} lies within the printed bounds ({@link #printedBounds()} without building it). */
    public boolean printedContains(BigDecimal x) {
        return Interval.contains(lower, lowerIncluded, upper, upperIncluded, x);
    }

    /** The lowest printed price of the cell; null when blank. */
    public BigDecimal low() {
        return amount != null ? amount : min;
    }

    /** The highest printed price of the cell; null when blank. */
    public BigDecimal high() {
        return amount != null ? amount : max;
    }
}
