package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.calendar.WorkingDays;
import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import cn.wenshui.compensation.schedule.Tier;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.money.MoneyFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 三(三) the incentive: from the later of signing and payment, calendar days to moving out (I-10, I-11). Kept apart from
 * the engine so the dates rules live in one place; the engine adds what {@link #apply} returns to the quote.
 */
final class IncentiveRule {
    private final ScheduleItem item;
    private final List<ResolvedTier> table;
    private final List<TierResolver.DefectCell> printedDefects;
    private final Map<String, List<String>> defectCites;
    private final Readings readings;
    private final WorkingDays calendar;
    /** The rewards of the first two tiers as the regulation writes them (in 万元), from the row. */
    private final String fullWords;
    private final String reducedWords;
    /** How the last tier (no reward) is read, quoting its printed words (I-11). */
    private final String lastTierWords;

    /**
     * @param item           the 三(三) row
     * @param table          the row's tiers as resolved under the readings (day bounds)
     * @param printedDefects where the printed tiers are defective
     * @param defectCites    the readings each kind of defect cites
     */
    IncentiveRule(ScheduleItem item, List<ResolvedTier> table, List<TierResolver.DefectCell> printedDefects,
                  Map<String, List<String>> defectCites, Readings readings) {
        this.item = item;
        this.table = table;
        this.printedDefects = printedDefects;
        this.defectCites = defectCites;
        this.readings = readings;
        this.calendar = WorkingDays.official();
        this.fullWords = MoneyFormat.wanYuan(table.get(0).tier().amount());
        this.reducedWords = MoneyFormat.wanYuan(table.get(1).tier().amount());
        Tier last = table.get(table.size() - 1).tier();
        String printed = Schedule.squash(last.printed());
        // the tier's own words up to and with its bracketed day count
        String quoted = printed.contains(")") ? printed.substring(0, printed.indexOf(')') + 1) : printed;
        this.lastTierWords = ";「" + quoted + "」读作第" + Texts.number(last.lower()) + "日以后(解释I-11)";
    }

    /** The incentive line, when one is decided: its amount per 户 (the tier's), its rounded amount, why, cites. */
    record Line(BigDecimal unitAmount, BigDecimal amount, Supplier<String> why, List<String> interpretations) {
    }

    /** What the rule adds to a quote; {@code incentive} is null only when a violation was found. */
    record Outcome(Incentive incentive, Line line, List<Violation> violations, List<String> notices,
                   List<PendingItem> pending) {
    }

    /** True for a date the engine accepts (its range check reports the others; they are never computed with). */
    private static boolean usable(LocalDate d) {
        return d == null || (!d.isBefore(QuoteEngine.EARLIEST) && !d.isAfter(QuoteEngine.LATEST));
    }

    private static final Outcome NOT_STARTED = new Outcome(new Incentive(Incentive.Status.NOT_STARTED, null, null,
            null, null, null, null, "签订协议并支付补偿款后起算(三(三))"), null, List.of(), List.of(), List.of());
    private static final Outcome UNUSABLE_DATES = new Outcome(null, null, List.of(), List.of(), List.of());

    Outcome apply(Dates d) {
        if (d != null && (!usable(d.agreementSigned()) || !usable(d.compensationPaid()) || !usable(d.movedOut()))) {
            // the engine's date check names the field (date-out-of-range); day arithmetic on +999999999 would throw
            return UNUSABLE_DATES;
        }
        List<Violation> violations = List.of();
        List<PendingItem> pending = List.of();
        boolean started = d != null && d.agreementSigned() != null && d.compensationPaid() != null;
        LocalDate start = started
                ? (d.agreementSigned().isAfter(d.compensationPaid()) ? d.agreementSigned() : d.compensationPaid())
                : null;
        if (d != null && d.movedOut() != null && (start == null || d.movedOut().isBefore(start))) {
            return movedBeforeStart(d, start, new ArrayList<>(1), new ArrayList<>(1));
        }
        if (!started) {
            return NOT_STARTED;
        }
        List<String> notices = readings.incentiveDeadlineHoliday() == Readings.DeadlineHoliday.NEXT_WORKING_DAY
                ? new ArrayList<>(1) : List.of();
        long offset = readings.incentiveDayCount() == Readings.IncentiveDayCount.START_IS_DAY_0 ? 0 : 1;
        // The last day of a tier is start + its upper bound, less one when the start itself is day 1.
        LocalDate fullByDays = start.plusDays(table.get(0).bounds().upper().longValueExact() - offset);
        LocalDate reducedByDays = start.plusDays(table.get(1).bounds().upper().longValueExact() - offset);
        LocalDate full = deadline(fullByDays, notices);
        LocalDate reduced = deadline(reducedByDays, notices);
        String startWhy = "起算日" + start + "(签订协议" + d.agreementSigned() + "、" + paidWords() + d.compensationPaid()
                + "中较晚者,解释I-10" + (readings.incentiveInstalments() == Readings.Instalments.FIRST_INSTALMENT
                ? "、I-34" : "") + ")";
        String deadlinesWhy = moved(fullByDays, full) + moved(reducedByDays, reduced);
        if (d.movedOut() == null) {
            return new Outcome(new Incentive(Incentive.Status.AWAITING_MOVE_OUT, start, full, reduced, null, null,
                    null, startWhy + deadlinesWhy + ";" + full + "前(含)搬迁奖励" + fullWords + "," + reduced
                    + "前(含)搬迁奖励" + reducedWords),
                    null, violations, notices, pending);
        }
        long day = ChronoUnit.DAYS.between(start, d.movedOut()) + offset;
        BigDecimal dayNumber = BigDecimal.valueOf(day);
        ResolvedTier r = TierResolver.find(table, dayNumber);
        List<String> cites = new ArrayList<>(List.of(Cites.I_10_INCENTIVE_DAY_COUNT, Cites.I_11_AFTER_45_DAYS));
        if (readings.incentiveInstalments() == Readings.Instalments.FIRST_INSTALMENT) {
            cites.add(Cites.I_34_INSTALMENTS);
        }
        String extended = "";
        if (r.index() > 0 && !d.movedOut().isAfter(full)) {
            r = table.get(0);
            extended = ";第" + Texts.number(table.get(0).bounds().upper()) + "日顺延至" + full + "(解释I-33)";
            cites.add(Cites.I_33_DEADLINE_HOLIDAY);
        } else if (r.index() > 1 && !d.movedOut().isAfter(reduced)) {
            r = table.get(1);
            extended = ";第" + Texts.number(table.get(1).bounds().upper()) + "日顺延至" + reduced + "(解释I-33)";
            cites.add(Cites.I_33_DEADLINE_HOLIDAY);
        }
        BigDecimal amount = Rounding.line(r.tier().amount());
        String why = startWhy + ";搬迁于" + d.movedOut() + ",为第" + day + "日" + extended + ",属「" + r.tier().printed()
                + "」";
        String defect = TierResolver.defectAt(printedDefects, dayNumber);
        if (defect != null && extended.isEmpty()) {
            for (String id : defectCites.get(defect)) {
                if (!cites.contains(id)) {
                    cites.add(id);
                }
            }
            why += "(两档不叠加,解释I-03)";
        }
        if (r.index() == table.size() - 1) {
            why += lastTierWords;
        }
        String said = why;
        ResolvedTier applied = r;
        return new Outcome(new Incentive(Incentive.Status.DECIDED, start, full, reduced, d.movedOut(), day, amount,
                why), new Line(applied.tier().amount(), amount, () -> said, Collections.unmodifiableList(cites)),
                violations, notices, pending);
    }

    private String paidWords() {
        return readings.incentiveInstalments() == Readings.Instalments.FIRST_INSTALMENT ? "支付首期补偿款" : "付清补偿款";
    }

    /** I-33: under NEXT_WORKING_DAY a last day on a rest day or holiday moves to the next working day. */
    private LocalDate deadline(LocalDate byDays, List<String> notices) {
        if (readings.incentiveDeadlineHoliday() != Readings.DeadlineHoliday.NEXT_WORKING_DAY) {
            return byDays;
        }
        if (!calendar.knows(byDays)) {
            String n = byDays.getYear() + "年的国务院办公厅节假日安排未收录,期限" + byDays + "仅按周六、周日顺延(解释I-33)";
            if (!notices.contains(n)) {
                notices.add(n);
            }
        }
        return calendar.onOrNextWorkingDay(byDays);
    }

    private String moved(LocalDate byDays, LocalDate deadline) {
        if (deadline.equals(byDays)) {
            return "";
        }
        String why = calendar.holiday(byDays).map(h -> h + "假期").orElse("休息日");
        return ";" + byDays + "为" + why + ",依《民法典》第二百零三条期限顺延至" + deadline + "(解释I-33)";
    }

    /**
     * I-32: moved out before signing and payment were both done. WITHIN_30_DAYS: the move is read as within the
     * first tier (its reward); REFER_TO_TOWN: a pending item for 凤城镇 to verify. Either way the quote says so.
     */
    private Outcome movedBeforeStart(Dates d, LocalDate start, List<String> notices, List<PendingItem> pending) {
        String facts = "搬迁于" + d.movedOut() + ","
                + (start != null ? "早于签订协议并支付补偿款之日" + start
                : "签订协议" + (d.agreementSigned() == null ? "未填" : d.agreementSigned().toString()) + "、支付补偿款"
                + (d.compensationPaid() == null ? "未填" : d.compensationPaid().toString()) + ",尚未全部完成");
        if (readings.incentiveMovedBeforeStart() == Readings.MovedBeforeStart.REFER_TO_TOWN) {
            String why = facts + ";是否享受三(三)奖励报凤城镇人民政府核实(解释I-32)";
            notices.add("三(三):" + why);
            pending.add(new PendingItem("三(三)", item.code(), item.section(), item.clause(), item.category(),
                    item.spec(), Mode.VERIFICATION, Mode.VERIFICATION.zh(), BigDecimal.ONE, item.unit(), why));
            return new Outcome(new Incentive(Incentive.Status.REFERRED, start, null, null, d.movedOut(), null, null,
                    why), null, List.of(), notices, pending);
        }
        ResolvedTier first = table.get(0);
        BigDecimal amount = Rounding.line(first.tier().amount());
        String why = facts + ";搬迁早于起算,按解释I-32视为「" + first.tier().printed() + "」";
        notices.add("三(三):" + why + (start == null ? ";奖励于签订协议并支付补偿款后兑现" : ""));
        List<String> cites = List.of(Cites.I_32_MOVED_BEFORE_START, Cites.I_10_INCENTIVE_DAY_COUNT);
        return new Outcome(new Incentive(Incentive.Status.DECIDED, start, null, null, d.movedOut(), null, amount, why),
                new Line(first.tier().amount(), amount, () -> why, cites), List.of(), notices, pending);
    }
}
