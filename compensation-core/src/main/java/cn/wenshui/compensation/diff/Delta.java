package cn.wenshui.compensation.diff;

import cn.wenshui.compensation.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * How much each end of an amount moved: {@code min} is the new least minus the old least, {@code max} the new most
 * minus the old most (interpretation I-51). Not an interval: a range that narrows has {@code min > max}. Exact
 * (no rounding: both sides are already amounts to the fen).
 */
public record Delta(BigDecimal min, BigDecimal max) {

    public static Delta between(Money before, Money after) {
        Money b = before == null ? Money.ZERO : before;
        Money a = after == null ? Money.ZERO : after;
        return new Delta(a.min().subtract(b.min()), a.max().subtract(b.max()));
    }

    /** True when neither end moved. */
    @JsonIgnore
    public boolean isZero() {
        return min.signum() == 0 && max.signum() == 0;
    }

    /** True when both ends moved by the same amount (a page prints one figure). */
    @JsonIgnore
    public boolean isExact() {
        return min.compareTo(max) == 0;
    }
}
