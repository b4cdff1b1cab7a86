package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Adjustment;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a schedule row brings to every line of it under one engine's readings, worked out once per engine: the item,
 * its section's place among the subtotals, whether the engine computes it from the household facts, its unit under
 * I-12, the readings it always cites, the opening words of its explanation, its resolved tiers, where its printed
 * tiers are defective and which readings each kind of defect cites, its adjustments, and for 歇厦 the rows it may
 * be linked to.
 */
record PricedRow(ScheduleItem item, int section, boolean computed, String unit, List<String> standing, String basis,
                 List<ResolvedTier> tiers, List<TierResolver.DefectCell> printedDefects,
                 Map<String, List<String>> defectCites, Adjustment.TimberIncrement timber,
                 Adjustment.ColumnHeight column, Adjustment.ProRataHeight proRata, Adjustment.Surcharge surcharge,
                 Set<String> linkable) {

    static PricedRow of(ScheduleItem item, Schedule schedule, Readings readings, int section, boolean computed) {
        List<String> standing = cites(item, schedule, lintCovers -> lintCovers.isEmpty());
        String basis = "按" + item.clause() + "「" + item.label() + "」" + item.printed();
        List<ResolvedTier> resolved = List.of();
        List<TierResolver.DefectCell> printedDefects = List.of();
        Map<String, List<String>> defectCites = Map.of();
        if (item.price() instanceof Price.Tiered t) {
            resolved = TierResolver.resolve(t.tiers(), readings);
            printedDefects = TierResolver.printedDefects(t.tiers());
            defectCites = Map.of(
                    "point", cites(item, schedule, covers -> covers.contains("point")),
                    "gap", cites(item, schedule, covers -> covers.contains("gap")),
                    "overlap", cites(item, schedule, covers -> covers.contains("overlap")));
        }
        Set<String> linkable = item.price() instanceof Price.Share share ? SharePrice.linkableRows(schedule, share)
                : Set.of();
        return new PricedRow(item, section, computed, unitUnderReadings(item, readings), standing, basis, resolved,
                printedDefects, defectCites, item.adjustment(Adjustment.TimberIncrement.class),
                item.adjustment(Adjustment.ColumnHeight.class), item.adjustment(Adjustment.ProRataHeight.class),
                item.adjustment(Adjustment.Surcharge.class), linkable);
    }

    /** The row's interpretation entries whose lint coverage passes {@code covers}, once each, in the row's order. */
    private static List<String> cites(ScheduleItem item, Schedule schedule, Predicate<List<String>> covers) {
        List<String> ids = new ArrayList<>();
        for (String id : item.interpretations()) {
            if (schedule.interpretation(id).map(i -> covers.test(i.lintCovers())).orElse(false)
                    && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /** I-12 AS_PRINTED keeps the printed 「/m」 of the rows the entry names; by default they are per m². */
    private static String unitUnderReadings(ScheduleItem item, Readings readings) {
        if (item.interpretations().contains(Cites.I_12_PER_METRE_UNITS)
                && readings.perMetreUnits() == Readings.PerMetreUnits.AS_PRINTED) {
            return "m";
        }
        return item.unit();
    }
}
