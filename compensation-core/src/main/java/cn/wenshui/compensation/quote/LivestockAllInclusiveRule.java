package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.schedule.Schedule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * I-42, 一(三) 注1 「以上补偿价格包含水、暖、电等一切设施在内」: that section's prices include water, heating and
 * power. A household quoted for 一(三) premises and also for 室内水电, 室内采暖 or 三项动力线路 may be paid twice for the
 * same premises; the engine cannot tell whether those lines serve the house or the premises, so it flags, never
 * deducts.
 */
public final class LivestockAllInclusiveRule {
    /** The 一(一) rows for water, heating and power that 一(三) 注1 says its prices already include. */
    public static final Set<String> FACILITY_CODES = Set.of("1-1.indoor-plumbing-electric.water",
            "1-1.indoor-plumbing-electric.electric", "1-1.utility.indoor-heating", "1-1.three-phase-power");
    /** The 一(三) subsidies are computed per premises and are not 「以上补偿价格」. */
    private static final Set<String> NOT_PREMISES = Set.of("1-3.moving-subsidy", "1-3.settlement");

    private LivestockAllInclusiveRule() {
    }

    /** The notice for these quote lines, or null when they hold no such pair. */
    public static String notice(List<QuoteLine> lines, Schedule schedule) {
        boolean anyPremises = false;
        boolean anyFacility = false;
        for (int i = 0; i < lines.size() && !(anyPremises && anyFacility); i++) {
            QuoteLine l = lines.get(i);
            anyPremises |= "一(三)".equals(l.section()) && !NOT_PREMISES.contains(l.code());
            anyFacility |= FACILITY_CODES.contains(l.code());
        }
        if (!anyPremises || !anyFacility) {
            return null; // the common case: no sets built
        }
        Set<String> premises = new LinkedHashSet<>();
        Set<String> facilities = new LinkedHashSet<>();
        for (QuoteLine l : lines) {
            if ("一(三)".equals(l.section()) && !NOT_PREMISES.contains(l.code())) {
                premises.add(l.ref());
            } else if (FACILITY_CODES.contains(l.code())) {
                facilities.add(l.category() + (l.spec() == null || l.spec().isBlank() ? "" : " " + l.spec())
                        + "(" + l.ref() + ")");
            }
        }
        return "一(三)注1:" + schedule.sectionTitle("一(三)").orElseThrow() + "补偿价格包含水、暖、电等一切设施;本户另列" + String.join("、", facilities)
                + ",如属同一养殖房舍(清单行" + String.join("、", premises) + ")则不应另计,请核对(解释I-42)";
    }
}
