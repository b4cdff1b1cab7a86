package cn.wenshui.compensation.readings;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The switchable readings of ambiguous text, one field per interpretation entry that a deployment may read otherwise.
 * Each enum's first constant is the default and must equal the first option of its entry in the schedule file
 * (checked by a test). Keys are the entries' {@code key}s; see docs/interpretations.md.
 */
public record Readings(
        BoundaryPoint tierBoundaryPoint,
        TierGap tierGap,
        BlankCell blankCell,
        TimberIncrement timberIncrement,
        MachineWell machineWellBeyond200m,
        ColumnHeight livestockShedColumnHeight,
        SubsidyCliff subsidyCliff,
        IncentiveDayCount incentiveDayCount,
        PerMetreUnits perMetreUnits,
        UnpricedMergedRows unpricedMergedRows,
        StairSurchargeScope stairSurchargeScope,
        MovedBeforeStart incentiveMovedBeforeStart,
        DeadlineHoliday incentiveDeadlineHoliday,
        Instalments incentiveInstalments,
        OutsideFacilities outsideFacilities,
        PlasticPipe plasticPipe4cm,
        FootprintOverCertificate footprintOverCertificate) {

    /** I-01: a boundary printed in two tiers, or in none. */
    public enum BoundaryPoint { LOWER_TIER, UPPER_TIER }

    /** I-02: a stretch of values no printed tier covers. */
    public enum TierGap { JOIN_UPPER, JOIN_LOWER }

    /** I-05: an empty printed cell (零星未挂果树). */
    public enum BlankCell { CARRY_FORWARD, APPRAISAL, MERGED_WITH_BELOW }

    /** I-06: the timber per-cm increments. */
    public enum TimberIncrement { BEYOND_TOP_TIER, WITHIN_TIERS, LINEAR_FROM_THRESHOLD }

    /** I-07: 钢管机井 deeper than 200 m. */
    public enum MachineWell { WHOLE_DEPTH, MARGINAL, PLUS_100_PER_EXTRA_METRE }

    /** I-08: the damaged 杂棚 column-height rule. */
    public enum ColumnHeight { PER_METRE, PER_DECIMETRE, FLAT_ABOVE_2M }

    /** I-09: per-m² subsidies that fall below the flat amount just past 30 m². */
    public enum SubsidyCliff { LITERAL, NO_LESS_THAN_FLAT }

    /** I-10: how the incentive's days are counted from the later of signing and payment. */
    public enum IncentiveDayCount { START_IS_DAY_0, START_IS_DAY_1 }

    /** I-12: rows printed 「/m」 where m² is meant. */
    public enum PerMetreUnits { AREA, AS_PRINTED }

    /** I-14: rows printed without a price beside a priced row. */
    public enum UnpricedMergedRows { SHARE_MERGED_PRICE, APPRAISAL }

    /** I-17: which 室外台阶或楼梯 rows the decoration surcharge covers. */
    public enum StairSurchargeScope { ALL_STAIR_ROWS, BRICK_STEPS_ONLY }

    /** I-32: 三(三) for a household that moved out before signing and payment were both done. */
    public enum MovedBeforeStart { WITHIN_30_DAYS, REFER_TO_TOWN }

    /** I-33: an incentive deadline that falls on a rest day or public holiday (《民法典》第二百零三条). */
    public enum DeadlineHoliday { CALENDAR_DAYS, NEXT_WORKING_DAY }

    /** I-34: which payment of compensation paid in instalments starts the 三(三) count. */
    public enum Instalments { LAST_INSTALMENT, FIRST_INSTALMENT }

    /** I-37: 一(二) 温室、大棚、喷灌、输水管道 against the preamble's 「一般应采用功能恢复」. */
    public enum OutsideFacilities { MONEY_AS_PRINTED, FUNCTION_RESTORATION }

    /** I-41: 塑料管 of 4 cm and more, for which no price is printed. */
    public enum PlasticPipe { APPRAISAL, PRINTED_PRICE }

    /** I-45: a 正房 footprint larger than the homestead certificate area. */
    public enum FootprintOverCertificate { TOWN_VERIFICATION, SWAP_ZERO }

    private static final Map<String, Class<? extends Enum<?>>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("tier-boundary-point", BoundaryPoint.class);
        KEYS.put("tier-gap", TierGap.class);
        KEYS.put("blank-cell", BlankCell.class);
        KEYS.put("timber-increment", TimberIncrement.class);
        KEYS.put("machine-well-beyond-200m", MachineWell.class);
        KEYS.put("livestock-shed-column-height", ColumnHeight.class);
        KEYS.put("subsidy-cliff", SubsidyCliff.class);
        KEYS.put("incentive-day-count", IncentiveDayCount.class);
        KEYS.put("per-metre-units", PerMetreUnits.class);
        KEYS.put("unpriced-merged-rows", UnpricedMergedRows.class);
        KEYS.put("stair-surcharge-scope", StairSurchargeScope.class);
        KEYS.put("incentive-moved-before-start", MovedBeforeStart.class);
        KEYS.put("incentive-deadline-holiday", DeadlineHoliday.class);
        KEYS.put("incentive-instalments", Instalments.class);
        KEYS.put("outside-facilities", OutsideFacilities.class);
        KEYS.put("plastic-pipe-4cm", PlasticPipe.class);
        KEYS.put("footprint-over-certificate", FootprintOverCertificate.class);
    }

    public static Readings defaults() {
        return new Readings(BoundaryPoint.LOWER_TIER, TierGap.JOIN_UPPER, BlankCell.CARRY_FORWARD,
                TimberIncrement.BEYOND_TOP_TIER, MachineWell.WHOLE_DEPTH, ColumnHeight.PER_METRE,
                SubsidyCliff.LITERAL, IncentiveDayCount.START_IS_DAY_0, PerMetreUnits.AREA,
                UnpricedMergedRows.SHARE_MERGED_PRICE, StairSurchargeScope.ALL_STAIR_ROWS,
                MovedBeforeStart.WITHIN_30_DAYS, DeadlineHoliday.CALENDAR_DAYS, Instalments.LAST_INSTALMENT,
                OutsideFacilities.MONEY_AS_PRINTED, PlasticPipe.APPRAISAL, FootprintOverCertificate.TOWN_VERIFICATION);
    }

    /** The switch names and their options, default first. */
    public static Map<String, java.util.List<String>> switches() {
        Map<String, java.util.List<String>> m = new LinkedHashMap<>();
        KEYS.forEach((k, type) -> m.put(k, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return m;
    }

    /**
     * The defaults with some switches set, e.g. {@code {"machine-well-beyond-200m": "MARGINAL"}}.
     *
     * @throws IllegalArgumentException naming the unknown key or option
     */
    public static Readings of(Map<String, String> chosen) {
        Map<String, String> all = defaults().asMap();
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            if (!KEYS.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown reading '" + e.getKey() + "'; known: " + KEYS.keySet());
            }
            var options = switches().get(e.getKey());
            if (!options.contains(e.getValue())) {
                throw new IllegalArgumentException("reading '" + e.getKey() + "' has no option '" + e.getValue()
                        + "'; options: " + options);
            }
            all.put(e.getKey(), e.getValue());
        }
        return new Readings(
                BoundaryPoint.valueOf(all.get("tier-boundary-point")),
                TierGap.valueOf(all.get("tier-gap")),
                BlankCell.valueOf(all.get("blank-cell")),
                TimberIncrement.valueOf(all.get("timber-increment")),
                MachineWell.valueOf(all.get("machine-well-beyond-200m")),
                ColumnHeight.valueOf(all.get("livestock-shed-column-height")),
                SubsidyCliff.valueOf(all.get("subsidy-cliff")),
                IncentiveDayCount.valueOf(all.get("incentive-day-count")),
                PerMetreUnits.valueOf(all.get("per-metre-units")),
                UnpricedMergedRows.valueOf(all.get("unpriced-merged-rows")),
                StairSurchargeScope.valueOf(all.get("stair-surcharge-scope")),
                MovedBeforeStart.valueOf(all.get("incentive-moved-before-start")),
                DeadlineHoliday.valueOf(all.get("incentive-deadline-holiday")),
                Instalments.valueOf(all.get("incentive-instalments")),
                OutsideFacilities.valueOf(all.get("outside-facilities")),
                PlasticPipe.valueOf(all.get("plastic-pipe-4cm")),
                FootprintOverCertificate.valueOf(all.get("footprint-over-certificate")));
    }

    /** Every switch with the option in force, in a stable order (stored with each ledger entry). */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tier-boundary-point", tierBoundaryPoint.name());
        m.put("tier-gap", tierGap.name());
        m.put("blank-cell", blankCell.name());
        m.put("timber-increment", timberIncrement.name());
        m.put("machine-well-beyond-200m", machineWellBeyond200m.name());
        m.put("livestock-shed-column-height", livestockShedColumnHeight.name());
        m.put("subsidy-cliff", subsidyCliff.name());
        m.put("incentive-day-count", incentiveDayCount.name());
        m.put("per-metre-units", perMetreUnits.name());
        m.put("unpriced-merged-rows", unpricedMergedRows.name());
        m.put("stair-surcharge-scope", stairSurchargeScope.name());
        m.put("incentive-moved-before-start", incentiveMovedBeforeStart.name());
        m.put("incentive-deadline-holiday", incentiveDeadlineHoliday.name());
        m.put("incentive-instalments", incentiveInstalments.name());
        m.put("outside-facilities", outsideFacilities.name());
        m.put("plastic-pipe-4cm", plasticPipe4cm.name());
        m.put("footprint-over-certificate", footprintOverCertificate.name());
        return m;
    }
}
