package cn.wenshui.compensation.schedule;

import java.util.List;

/** One printed row (or one column of a printed matrix) of the schedule, its text exactly as printed. */
public record ScheduleItem(String code, String section, String note, String category, String spec, String printed,
                           String remarks, String unit, Mode mode, Price price, List<Adjustment> adjustments,
                           String sharesPriceOf, Integer months, Integer hardshipExtraMonths,
                           List<String> interpretations, String comment) {

    public ScheduleItem {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        interpretations = interpretations == null ? List.of() : List.copyOf(interpretations);
        spec = spec == null ? "" : spec;
    }

    /** The clause this row comes from, e.g. {@code 一(一) 注3} or {@code 一(一)}. */
    public String clause() {
        return note == null || note.isBlank() ? section : section + " " + note;
    }

    /** The row's own words, e.g. {@code 附属平房 砖混结构}. */
    public String label() {
        return spec.isBlank() ? category : category + " " + spec;
    }

    /** The measure the row needs besides quantity, if any. */
    public Measure tierMeasure() {
        return price instanceof Price.Tiered t ? t.measure() : null;
    }

    public <A extends Adjustment> A adjustment(Class<A> type) {
        for (Adjustment a : adjustments) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
