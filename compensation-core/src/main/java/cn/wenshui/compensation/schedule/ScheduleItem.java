package cn.wenshui.compensation.schedule;

import java.util.List;

/** One printed row (or one column of a printed matrix) of the schedule, its text exactly as printed. */
public record ScheduleItem(String code, String section, String note, String category, String spec, String printed,
                           String remarks, String unit, Mode mode, Price price, List<Adjustment> adjustments,
                           String sharesPriceOf, Integer months, Integer hardshipExtraMonths,
                           ComputedFrom computedFrom, List<String> interpretations, String comment) {

    public ScheduleItem {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        interpretations = interpretations == null ? List.of() : List.copyOf(interpretations);
        spec = spec == null ? "" : spec;
    }

    /** The clause this row comes from, e.g. {@code 一(一) 注3} or {@code 一(一)}. */
    public String clause() {
        return note == null || note.isBlank() ? section : section + " " + note;
    }

    /** True for a row the engine computes from the household facts ({@link #computedFrom}), never a line. */
    public boolean computed() {
        return computedFrom != null;
    }

    /** The row's own words, e.g. {@code 附属平房 砖混结构}. */
    public String label() {
        return spec.isBlank() ? category : category + " " + spec;
    }

    /** The measure the row needs besides quantity, if any. */
    public Measure tierMeasure() {
        return price instanceof Price.Tiered t ? t.measure() : null;
    }

    /**
     * The inventory fields this row needs besides quantity, as JSON paths of an item input, e.g.
     * {@code measurements.depthM}, {@code growthStage}, {@code linkedCode}; optional ones end with {@code ?}.
     */
    public List<String> needs() {
        List<String> n = new java.util.ArrayList<>();
        if (price instanceof Price.Tiered t) {
            n.add("measurements." + t.measure().key());
        } else if (price instanceof Price.Staged) {
            n.add("growthStage");
        } else if (price instanceof Price.Share) {
            n.add("linkedCode");
            n.add("linkedUnitPrice?");
        }
        for (Adjustment a : adjustments) {
            if (a instanceof Adjustment.ProRataHeight p) {
                n.add("measurements." + p.measure().key());
            } else if (a instanceof Adjustment.ColumnHeight) {
                n.add("measurements." + Measure.COLUMN_HEIGHT_M.key());
            } else if (a instanceof Adjustment.Surcharge) {
                n.add("decorated?");
                n.add("surchargePercent?");
            }
        }
        if (price instanceof Price.Range || sharesPriceOf != null
                || (price instanceof Price.Tiered t && t.tiers().stream().anyMatch(x -> x.min() != null))) {
            n.add("appraisedUnitPrice?");
        }
        return List.copyOf(n);
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
