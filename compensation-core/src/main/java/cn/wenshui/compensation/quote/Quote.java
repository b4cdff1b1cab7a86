package cn.wenshui.compensation.quote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The itemised answer for one household: money lines (structures, trees, subsidies, incentive), area swaps,
 * items awaiting a decision elsewhere (never summed), subtotals per section and the total as an interval.
 */
public record Quote(String scheduleId, int scheduleVersion, String documentNumber, String engineVersion,
                    Map<String, String> readings, String householdId, String headOfHousehold, String village,
                    List<QuoteLine> lines, List<AreaSwap> areaSwaps, List<PendingItem> pending, Incentive incentive,
                    List<Subtotal> subtotals, BigDecimal totalMin, BigDecimal totalMax, List<String> notices) {

    public Quote {
        readings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(readings));
        lines = List.copyOf(lines);
        areaSwaps = List.copyOf(areaSwaps);
        pending = List.copyOf(pending);
        subtotals = List.copyOf(subtotals);
        notices = List.copyOf(notices);
    }

    /** True when no line is still a range. */
    public boolean isExact() {
        return totalMin.compareTo(totalMax) == 0;
    }
}
