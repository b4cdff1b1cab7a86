package cn.wenshui.compensation.quote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The itemised answer for one household: money lines (structures, trees, subsidies, incentive), area swaps,
 * items awaiting a decision elsewhere (never summed), subtotals per section and the total as an interval.
 */
public record Quote(String scheduleId, int scheduleVersion, String documentNumber, String engineVersion,
                    Map<String, String> readings, String householdId, String headOfHousehold, String village,
                    List<QuoteLine> lines, List<AreaSwap> areaSwaps, List<PendingItem> pending, Incentive incentive,
                    List<Subtotal> subtotals, BigDecimal totalMin, BigDecimal totalMax, List<String> notices,
                    List<CitedInterpretation> interpretationsCited) {

    public Quote {
        readings = readings instanceof Frozen ? readings : frozen(readings);
        lines = List.copyOf(lines);
        areaSwaps = List.copyOf(areaSwaps);
        pending = List.copyOf(pending);
        subtotals = List.copyOf(subtotals);
        notices = List.copyOf(notices);
        interpretationsCited = interpretationsCited == null ? List.of() : List.copyOf(interpretationsCited);
    }

    /**
     * An unmodifiable copy of the readings in their order. The engine makes one per engine and hands it to every
     * quote; a quote takes it as it is instead of copying every switch twice per household.
     */
    static Map<String, String> frozen(Map<String, String> readings) {
        return new Frozen(readings);
    }

    private static final class Frozen extends java.util.AbstractMap<String, String> {
        private final Map<String, String> map;

        Frozen(Map<String, String> readings) {
            map = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(readings));
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return map.entrySet();
        }

        @Override
        public String get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }
    }

    /**
     * True when no line is still a range, so the summed lines are one amount. It does not mean the household's
     * compensation is settled: see {@link #isAwaitingDecisions()} and {@link #isSettled()}.
     */
    public boolean isSummedLinesExact() {
        return totalMin.compareTo(totalMax) == 0;
    }

    /** True while items await appraisal, negotiation, verification or a committee (never in the total). */
    public boolean isAwaitingDecisions() {
        return !pending.isEmpty();
    }

    /**
     * True only when this quote is the household's whole compensation: the summed lines are one amount, nothing
     * awaits a decision elsewhere, and the incentive (三(三)) is decided.
     */
    public boolean isSettled() {
        return isSummedLinesExact() && !isAwaitingDecisions() && incentive != null
                && incentive.status() == Incentive.Status.DECIDED;
    }
}
