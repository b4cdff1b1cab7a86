package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.household.HouseholdState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The caseload's answers (JSON, pages and the workbook share them). */
public final class CaseloadViews {
    private CaseloadViews() {
    }

    public record Dashboard(LocalDate asOf, String scheduleId, Summary total, List<Village> villages) {
    }

    public record Village(String village, Summary summary, List<Group> groups) {
    }

    public record Group(String group, Summary summary) {
    }

    /**
     * @param quoted    households with a current ledger entry, and the sum of those entries' totals
     * @param signed    the same for households that have signed (签约) or gone further
     * @param paid      households with 付款 events and the sum paid
     * @param outstanding what the signed households' current entries still owe: their totals less what was paid
     * @param decided   incentives decided (moved out): households and the sum
     * @param possible  incentives not decided yet: the interval still possible as of the dashboard's date
     */
    public record Summary(int households, List<StateCount> byState, Amount quoted, Amount signed, Amount paid,
                          Amount outstanding, Amount decided,
                          Amount possible, Awaiting awaiting) {
    }

    public record StateCount(HouseholdState state, String label, int households) {
    }

    public record Amount(int households, BigDecimal min, BigDecimal max) {
    }

    /** Items of the current entries waiting for an appraisal, a negotiation, the committee, or another decision. */
    public record Awaiting(int appraisal, int negotiation, int committee, int other) {
    }

    /**
     * One household of the deadline list: its two deadlines, the days left to each (negative: passed). 户主 and phone
     * are for the morning's calls: staff get them (each read logged), anyone else masked.
     */
    public record Deadline(String code, String headName, String phone, String village, String group, HouseholdState state, String stateLabel,
                           LocalDate startDate, LocalDate fullDeadline, Long daysToFull, LocalDate reducedDeadline,
                           Long daysToReduced, LocalDate nextDeadline, BigDecimal reachableNow) {
    }
}
