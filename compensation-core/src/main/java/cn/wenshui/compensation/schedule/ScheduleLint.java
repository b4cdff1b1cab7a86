package cn.wenshui.compensation.schedule;

import cn.wenshui.compensation.readings.Readings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Lists every tier table's gaps, overlaps, cliffs and blank cells, and whether an interpretation covers each. */
public final class ScheduleLint {

    private ScheduleLint() {
    }

    public static List<LintFinding> check(Schedule schedule) {
        List<LintFinding> out = new ArrayList<>();
        for (ScheduleItem item : schedule.items()) {
            if (item.price() instanceof Price.Tiered t) {
                check(schedule, item, t, out);
            }
        }
        return out;
    }

    public static List<LintFinding> uncovered(Schedule schedule) {
        return check(schedule).stream().filter(f -> !f.covered()).toList();
    }

    private static void check(Schedule schedule, ScheduleItem item, Price.Tiered t, List<LintFinding> out) {
        List<Tier> tiers = t.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.blank()) {
                add(schedule, item, "blank", tier.printed(), "printed cell is empty", out);
            }
            if (i + 1 == tiers.size()) {
                break;
            }
            Interval a = tier.printedBounds();
            Interval n = tiers.get(i + 1).printedBounds();
            String where = "「" + tier.printed() + "」/「" + tiers.get(i + 1).printed() + "」";
            if (a.upper() == null || n.lower() == null) {
                add(schedule, item, "overlap", where, "unbounded tier followed by another", out);
                continue;
            }
            int c = a.upper().compareTo(n.lower());
            if (c < 0) {
                add(schedule, item, "gap", where, "no tier covers " + new Interval(a.upper(), !a.upperIncluded(),
                        n.lower(), !n.lowerIncluded()).notation(), out);
            } else if (c == 0 && a.upperIncluded() && n.lowerIncluded()) {
                add(schedule, item, "point", where, a.upper().toPlainString() + " is in both tiers", out);
            } else if (c == 0 && !a.upperIncluded() && !n.lowerIncluded()) {
                add(schedule, item, "point", where, a.upper().toPlainString() + " is in neither tier", out);
            } else if (c > 0) {
                add(schedule, item, "overlap", where, "tiers overlap on " + new Interval(n.lower(),
                        n.lowerIncluded(), a.upper(), a.upperIncluded()).notation(), out);
            }
        }
        // Cliffs under the default readings: at each resolved boundary, the next tier must not pay less.
        // Time (三(三) days) is excluded: paying less for a later move is the rule's purpose.
        if (t.measure() == Measure.DAYS) {
            return;
        }
        List<TierResolver.ResolvedTier> r = TierResolver.resolve(tiers, Readings.defaults());
        BigDecimal prevLow = null;
        BigDecimal prevHigh = null;
        for (int i = 0; i < r.size(); i++) {
            Tier tier = r.get(i).tier();
            if (tier.blank()) {
                continue;
            }
            BigDecimal at = r.get(i).bounds().lower();
            BigDecimal low = tier.perMeasure() && at != null ? tier.low().multiply(at) : tier.low();
            BigDecimal high = tier.perMeasure() && at != null ? tier.high().multiply(at) : tier.high();
            if (prevLow != null && (low.compareTo(prevLow) < 0 || high.compareTo(prevHigh) < 0)) {
                add(schedule, item, "cliff", "「" + tier.printed() + "」", "just above " + at.toPlainString()
                        + " pays " + low.toPlainString() + "–" + high.toPlainString() + ", below "
                        + prevLow.toPlainString() + "–" + prevHigh.toPlainString(), out);
            }
            BigDecimal top = r.get(i).bounds().upper();
            prevLow = tier.perMeasure() && top != null ? tier.low().multiply(top) : tier.low();
            prevHigh = tier.perMeasure() && top != null ? tier.high().multiply(top) : tier.high();
        }
    }

    private static void add(Schedule schedule, ScheduleItem item, String kind, String where, String message,
                            List<LintFinding> out) {
        String coveredBy = null;
        for (String id : item.interpretations()) {
            var entry = schedule.interpretation(id);
            if (entry.isPresent() && entry.get().lintCovers().contains(kind)) {
                coveredBy = id;
                break;
            }
        }
        out.add(new LintFinding(item.code(), kind, where, message, coveredBy));
    }
}
