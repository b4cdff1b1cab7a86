package cn.wenshui.compensation.schedule;

import cn.wenshui.compensation.readings.Readings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a tier table as printed into one that covers each value exactly once, by the readings in force:
 * <ul>
 *   <li>a boundary printed in both neighbouring tiers, or in neither: I-01 ({@code tier-boundary-point});</li>
 *   <li>a stretch no tier covers (果树 10–11 cm): I-02 ({@code tier-gap});</li>
 *   <li>a stretch two tiers cover (三(三) 30 and 45 days): the earlier row wins (I-03, DMN "first" hit policy).</li>
 * </ul>
 */
public final class TierResolver {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** A tier with the bounds the engine applies and the printed row it comes from. */
    public record ResolvedTier(int index, Tier tier, Interval bounds) {
    }

    private TierResolver() {
    }

    public static List<ResolvedTier> resolve(List<Tier> printed, Readings readings) {
        List<Interval> b = new ArrayList<>();
        for (Tier t : printed) {
            b.add(t.printedBounds());
        }
        for (int i = 0; i + 1 < b.size(); i++) {
            Interval a = b.get(i);
            Interval n = b.get(i + 1);
            if (a.upper() == null) {
                continue; // reported by the lint as an overlap that cannot be resolved
            }
            int c = n.lower() == null ? 1 : a.upper().compareTo(n.lower());
            if (c < 0) {
                if (readings.tierGap() == Readings.TierGap.JOIN_UPPER) {
                    b.set(i + 1, n.withLower(a.upper(), !a.upperIncluded()));
                } else {
                    b.set(i, a.withUpper(n.lower(), !n.lowerIncluded()));
                }
            } else if (c == 0) {
                if (a.upperIncluded() == n.lowerIncluded()) {
                    boolean lower = readings.tierBoundaryPoint() == Readings.BoundaryPoint.LOWER_TIER;
                    b.set(i, a.withUpper(a.upper(), lower));
                    b.set(i + 1, n.withLower(n.lower(), !lower));
                }
            } else {
                b.set(i + 1, n.withLower(a.upper(), !a.upperIncluded()));
            }
        }
        List<ResolvedTier> out = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            out.add(new ResolvedTier(i, printed.get(i), b.get(i)));
        }
        return List.copyOf(out);
    }

    /**
     * What the print says of {@code value}: null when exactly one printed tier covers it; otherwise the lint kind
     * of the defect the value falls in: {@code point} (a boundary two tiers claim, or none), {@code gap} (inside a
     * stretch no tier covers) or {@code overlap} (inside a stretch two tiers cover).
     */
    public static String printedDefect(List<Tier> printed, BigDecimal value) {
        int covering = 0;
        boolean boundary = false;
        for (Tier t : printed) {
            if (t.printedContains(value)) {
                covering++;
            }
            boundary |= (t.lower() != null && t.lower().compareTo(value) == 0)
                    || (t.upper() != null && t.upper().compareTo(value) == 0);
        }
        if (covering == 1) {
            return null;
        }
        if (covering == 0) {
            return boundary && !insideGap(printed, value) ? "point" : "gap";
        }
        return boundary && covering == 2 && isSharedBoundary(printed, value) ? "point" : "overlap";
    }

    private static boolean insideGap(List<Tier> printed, BigDecimal v) {
        for (int i = 0; i + 1 < printed.size(); i++) {
            Interval a = printed.get(i).printedBounds();
            Interval n = printed.get(i + 1).printedBounds();
            if (a.upper() != null && n.lower() != null && a.upper().compareTo(n.lower()) < 0
                    && v.compareTo(a.upper()) >= 0 && v.compareTo(n.lower()) <= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSharedBoundary(List<Tier> printed, BigDecimal v) {
        for (int i = 0; i + 1 < printed.size(); i++) {
            Interval a = printed.get(i).printedBounds();
            Interval n = printed.get(i + 1).printedBounds();
            if (a.upper() != null && n.lower() != null && a.upper().compareTo(v) == 0 && n.lower().compareTo(v) == 0) {
                return true;
            }
        }
        return false;
    }

    /** A point or stretch of values where the print has a defect of the given lint kind (see {@link #printedDefect}). */
    public record DefectCell(Interval where, String kind) {
    }

    /**
     * Every point and stretch of values where the printed table has a defect, worked out once per table:
     * {@link #printedDefect} depends on a value only through how it compares with the printed bounds, so it is
     * the same at each bound and everywhere between two neighbouring bounds. Most tables have none or one or two.
     */
    public static List<DefectCell> printedDefects(List<Tier> printed) {
        TreeSet<BigDecimal> points = new TreeSet<>();
        for (Tier t : printed) {
            if (t.lower() != null) {
                points.add(t.lower());
            }
            if (t.upper() != null) {
                points.add(t.upper());
            }
        }
        List<DefectCell> out = new ArrayList<>();
        BigDecimal previous = null;
        for (BigDecimal p : points) {
            BigDecimal between = previous == null ? p.subtract(BigDecimal.ONE) : previous.add(p).divide(TWO);
            addDefect(out, new Interval(previous, false, p, false), printedDefect(printed, between));
            addDefect(out, new Interval(p, true, p, true), printedDefect(printed, p));
            previous = p;
        }
        BigDecimal beyond = previous == null ? BigDecimal.ZERO : previous.add(BigDecimal.ONE);
        addDefect(out, new Interval(previous, false, null, false), printedDefect(printed, beyond));
        return List.copyOf(out);
    }

    private static void addDefect(List<DefectCell> out, Interval where, String kind) {
        if (kind != null) {
            out.add(new DefectCell(where, kind));
        }
    }

    /** {@link #printedDefect} of {@code value}, looked up in the table's {@link #printedDefects}. */
    public static String defectAt(List<DefectCell> cells, BigDecimal value) {
        for (int i = 0; i < cells.size(); i++) {
            DefectCell c = cells.get(i);
            if (c.where().contains(value)) {
                return c.kind();
            }
        }
        return null;
    }

    /** The tier whose resolved bounds contain {@code value}, or null. */
    public static ResolvedTier find(List<ResolvedTier> tiers, BigDecimal value) {
        for (ResolvedTier t : tiers) {
            if (t.bounds().contains(value)) {
                return t;
            }
        }
        return null;
    }
}
