package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 三(三) 主动搬迁奖励: from the later of signing and payment, calendar days to moving out (I-10, I-11). Kept apart from
 * the engine so the dates rules live in one place; the engine adds what {@link #apply} returns to the quote.
 */
final class IncentiveRule {
    private final List<ResolvedTier> table;
    private final List<TierResolver.DefectCell> printedDefects;
    private final Map<String, List<String>> defectCites;
    private final Readings readings;

    /**
     * @param table          the row's tiers as resolved under the readings (day bounds)
     * @param printedDefects where the printed tiers are defective
     * @param defectCites    the readings each kind of defect cites
     */
    IncentiveRule(List<ResolvedTier> table, List<TierResolver.DefectCell> printedDefects,
                  Map<String, List<String>> defectCites, Readings readings) {
        this.table = table;
        this.printedDefects = printedDefects;
        this.defectCites = defectCites;
        this.readings = readings;
    }

    /** The incentive line, when one is decided: its amount per 户 (the tier's), its rounded amount, why, cites. */
    record Line(BigDecimal unitAmount, BigDecimal amount, Supplier<String> why, List<String> interpretations) {
    }

    /** What the rule adds to a quote; {@code incentive} is null only when a violation was found. */
    record Outcome(Incentive incentive, Line line, List<Violation> violations, List<String> notices,
                   List<PendingItem> pending) {
    }

    Outcome apply(Dates d) {
        List<String> notices = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<PendingItem> pending = new ArrayList<>();
        if (d == null || d.agreementSigned() == null || d.compensationPaid() == null) {
            if (d != null && d.movedOut() != null) {
                notices.add("已填写搬迁日期,但签订协议或支付补偿款日期未填写,无法计算三(三)奖励");
            }
            return new Outcome(new Incentive(Incentive.Status.NOT_STARTED, null, null, null,
                    d == null ? null : d.movedOut(), null, null, "签订协议并支付补偿款后起算(三(三))"),
                    null, violations, notices, pending);
        }
        LocalDate start = d.agreementSigned().isAfter(d.compensationPaid()) ? d.agreementSigned() : d.compensationPaid();
        long offset = readings.incentiveDayCount() == Readings.IncentiveDayCount.START_IS_DAY_0 ? 0 : 1;
        // The last day of a tier is start + its upper bound, less one when the start itself is day 1.
        LocalDate full = start.plusDays(table.get(0).bounds().upper().longValueExact() - offset);
        LocalDate reduced = start.plusDays(table.get(1).bounds().upper().longValueExact() - offset);
        String startWhy = "起算日" + start + "(签订协议" + d.agreementSigned() + "、支付补偿款" + d.compensationPaid()
                + "中较晚者,解释I-10)";
        if (d.movedOut() == null) {
            return new Outcome(new Incentive(Incentive.Status.AWAITING_MOVE_OUT, start, full, reduced, null, null,
                    null, startWhy + ";" + full + "前(含)搬迁奖励5万元," + reduced + "前(含)搬迁奖励3万元"),
                    null, violations, notices, pending);
        }
        if (d.movedOut().isBefore(start)) {
            violations.add(new Violation("dates.movedOut", "moved-out-before-start", "搬迁日期" + d.movedOut()
                    + "早于签订协议并支付补偿款之日" + start, "movedOut " + d.movedOut()
                    + " is before the later of signing and payment (" + start + ")"));
            return new Outcome(null, null, violations, notices, pending);
        }
        long day = ChronoUnit.DAYS.between(start, d.movedOut()) + offset;
        BigDecimal dayNumber = BigDecimal.valueOf(day);
        ResolvedTier r = TierResolver.find(table, dayNumber);
        BigDecimal amount = Rounding.line(r.tier().amount());
        String why = startWhy + ";搬迁于" + d.movedOut() + ",为第" + day + "日,属「" + r.tier().printed() + "」";
        List<String> cites = new ArrayList<>(List.of("I-10", "I-11"));
        String defect = TierResolver.defectAt(printedDefects, dayNumber);
        if (defect != null) {
            for (String id : defectCites.get(defect)) {
                if (!cites.contains(id)) {
                    cites.add(id);
                }
            }
            why += "(两档不叠加,解释I-03)";
        }
        String said = why;
        return new Outcome(new Incentive(Incentive.Status.DECIDED, start, full, reduced, d.movedOut(), day, amount,
                why), new Line(r.tier().amount(), amount, () -> said, Collections.unmodifiableList(cites)),
                violations, notices, pending);
    }
}
