package cn.wenshui.compensation.quote;

import java.math.BigDecimal;
import java.util.List;

/**
 * One money line of a quote. {@code amountMin == amountMax} unless the row is a printed range without an appraised
 * price. Unit prices are exact (never rounded); amounts are rounded once, to the fen (see {@code Rounding}).
 * A unit price is null where no single one applies (机井 beyond 200 m read as MARGINAL).
 */
public record QuoteLine(int no, String ref, String code, String section, String clause, String category,
                        String spec, String printed, BigDecimal quantity, String unit, BigDecimal unitPriceMin,
                        BigDecimal unitPriceMax, BigDecimal amountMin, BigDecimal amountMax, LineStatus status,
                        String explanation, List<String> interpretations) {

    public QuoteLine {
        interpretations = List.copyOf(interpretations);
    }

    public boolean isRange() {
        return amountMin.compareTo(amountMax) != 0;
    }
}
