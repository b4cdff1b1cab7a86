package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.api.privacy.AccessLog;
import cn.wenshui.compensation.api.privacy.Masking;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.schedule.Reward;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 片区's caseload, computed from the household files and each one's current ledger entry (never from one
 * uploaded batch): households by state, amounts quoted and signed, incentives decided and still possible, items
 * awaiting someone else's decision — per village and 组 — and the deadline list of households whose incentive clock
 * runs.
 */
@ApplicationScoped
public class CaseloadService {
    /**
     * States that mean the household has signed (签约) or gone further. A household also counts as signed when it
     * has a 签约 event whatever its state now (异议 or 报审定 after signing).
     */
    static final Set<HouseholdState> SIGNED = EnumSet.of(HouseholdState.SIGNED, HouseholdState.PARTLY_PAID,
            HouseholdState.PAID, HouseholdState.MOVED_OUT, HouseholdState.INCENTIVE_DECIDED, HouseholdState.ARCHIVED);

    static boolean signed(CaseloadRepository.Row r) {
        return r.signedEvent() || SIGNED.contains(r.state());
    }

    /** Access-log purposes of the deadline list's 户主 and phone. */
    public static final String API_DEADLINES = "api:deadlines", PAGE_CASELOAD = "page:caseload",
            EXPORT = "export:caseload";

    private final CaseloadRepository repository;
    private final EngineRegistry registry;
    private final AccessLog accessLog;

    public CaseloadService(CaseloadRepository repository, EngineRegistry registry, AccessLog accessLog) {
        this.repository = repository;
        this.registry = registry;
        this.accessLog = accessLog;
    }

    public List<CaseloadRepository.Row> rows(CaseloadRepository.Filter filter) {
        try {
            return repository.rows(filter);
        } catch (SQLException e) {
            throw new IllegalStateException("caseload read failed", e);
        }
    }

    public CaseloadViews.Dashboard dashboard(CaseloadRepository.Filter filter, LocalDate asOf) {
        return summarize(rows(filter), asOf, rewards(), registry.latest().id());
    }

    /** The dashboard of these rows: the 片区's sums, each village's and each 组's (a pure function of its inputs). */
    static CaseloadViews.Dashboard summarize(List<CaseloadRepository.Row> rows, LocalDate asOf, List<Reward> rewards,
                                             String scheduleId) {
        Tally all = new Tally();
        Map<String, Tally> villages = new LinkedHashMap<>();
        Map<String, Map<String, Tally>> groups = new LinkedHashMap<>();
        for (CaseloadRepository.Row r : rows) {
            all.add(r, asOf, rewards);
            villages.computeIfAbsent(r.village(), v -> new Tally()).add(r, asOf, rewards);
            groups.computeIfAbsent(r.village(), v -> new LinkedHashMap<>())
                    .computeIfAbsent(r.group() == null ? "" : r.group(), g -> new Tally()).add(r, asOf, rewards);
        }
        List<CaseloadViews.Village> vs = new ArrayList<>();
        villages.forEach((v, t) -> vs.add(new CaseloadViews.Village(v, t.view(),
                groups.get(v).entrySet().stream().map(e -> new CaseloadViews.Group(e.getKey(), e.getValue().view()))
                        .toList())));
        return new CaseloadViews.Dashboard(asOf, scheduleId, all.view(), vs);
    }

    /**
     * Households whose incentive clock runs (signed and paid, not moved out), the soonest deadline first, with 户主
     * and phone for the office's calls: unmasked for staff, the read logged as theirs ({@code purpose}); masked for
     * anyone else.
     */
    public List<CaseloadViews.Deadline> deadlines(CaseloadRepository.Filter filter, LocalDate asOf, Caller caller,
                                                  String purpose) {
        List<CaseloadRepository.Row> running = new ArrayList<>();
        for (CaseloadRepository.Row r : rows(filter)) {
            if (r.digest() != null && "AWAITING_MOVE_OUT".equals(r.digest().incentiveStatus())) {
                running.add(r);
            }
        }
        boolean staff = caller.isStaff();
        if (staff && !running.isEmpty()) {
            accessLog.record(caller.name(), running.stream().map(CaseloadRepository.Row::householdId).toList(),
                    purpose);
        }
        return deadlines(running, asOf, rewards(), staff);
    }

    static List<CaseloadViews.Deadline> deadlines(List<CaseloadRepository.Row> rows, LocalDate asOf,
                                                  List<Reward> rewards, boolean unmasked) {
        List<CaseloadViews.Deadline> out = new ArrayList<>();
        for (CaseloadRepository.Row r : rows) {
            EntryDigest d = r.digest();
            if (d == null || !"AWAITING_MOVE_OUT".equals(d.incentiveStatus())) {
                continue;
            }
            LocalDate next = d.fullDeadline() != null && !asOf.isAfter(d.fullDeadline()) ? d.fullDeadline()
                    : d.reducedDeadline() != null && !asOf.isAfter(d.reducedDeadline()) ? d.reducedDeadline() : null;
            out.add(new CaseloadViews.Deadline(r.code(), unmasked ? r.headName() : Masking.name(r.headName()),
                    unmasked ? r.phone() : Masking.phone(r.phone()), r.village(), r.group(), r.state(),
                    r.state().label(),
                    d.incentiveStart(), d.fullDeadline(), daysLeft(asOf, d.fullDeadline()), d.reducedDeadline(),
                    daysLeft(asOf, d.reducedDeadline()), next, reachable(d, asOf, rewards)));
        }
        out.sort(Comparator.comparing(CaseloadViews.Deadline::nextDeadline,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CaseloadViews.Deadline::code));
        return out;
    }

    /** The incentive's tiers, shortest period first (the schedule's data, 三(三)). */
    List<Reward> rewards() {
        return registry.latest().incentiveRewards().stream()
                .sorted(Comparator.comparing(Reward::withinDays)).toList();
    }

    private static Long daysLeft(LocalDate asOf, LocalDate deadline) {
        return deadline == null ? null : ChronoUnit.DAYS.between(asOf, deadline);
    }

    /**
     * The most a household whose clock runs can still earn by moving out on {@code asOf}: the reward of the first
     * tier whose deadline has not passed (the tiers in the order of their day counts, paired with the quote's
     * deadlines, which already apply the deployment's holiday reading I-33), else nothing.
     */
    static BigDecimal reachable(EntryDigest d, LocalDate asOf, List<Reward> rewards) {
        LocalDate[] deadlines = {d.fullDeadline(), d.reducedDeadline()};
        for (int i = 0; i < Math.min(rewards.size(), deadlines.length); i++) {
            if (deadlines[i] != null && !asOf.isAfter(deadlines[i])) {
                return rewards.get(i).amount();
            }
        }
        return BigDecimal.ZERO;
    }

    /** Running sums for one scope (the 片区, a village, a 组). */
    private static final class Tally {
        int households;
        final Map<HouseholdState, Integer> byState = new EnumMap<>(HouseholdState.class);
        int quotedHouseholds;
        Money quoted = Money.ZERO;
        int signedHouseholds;
        Money signed = Money.ZERO;
        int paidHouseholds;
        BigDecimal paid = BigDecimal.ZERO;
        Money outstanding = Money.ZERO;
        int decidedHouseholds;
        BigDecimal decided = BigDecimal.ZERO;
        int possibleHouseholds;
        Money possible = Money.ZERO;
        int appraisal, negotiation, committee, other;

        void add(CaseloadRepository.Row r, LocalDate asOf, List<Reward> rewards) {
            households++;
            byState.merge(r.state(), 1, Integer::sum);
            if (r.seq() != null) {
                Money total = Money.between(r.totalMin(), r.totalMax());
                quotedHouseholds++;
                quoted = quoted.plus(total);
                if (signed(r)) {
                    signedHouseholds++;
                    signed = signed.plus(total);
                    // What the agreement still owes: the current entry's total less what was paid (付款 events).
                    outstanding = outstanding.plus(Money.between(r.totalMin().subtract(r.paid()),
                            r.totalMax().subtract(r.paid())));
                }
            }
            if (r.paid().signum() != 0) {
                paidHouseholds++;
                paid = paid.add(r.paid());
            }
            EntryDigest d = r.digest();
            BigDecimal top = rewards.isEmpty() ? BigDecimal.ZERO : rewards.get(0).amount();
            if (d != null && "DECIDED".equals(d.incentiveStatus())) {
                decidedHouseholds++;
                decided = decided.add(d.incentiveAmount() == null ? BigDecimal.ZERO : d.incentiveAmount());
            } else if (d != null && "AWAITING_MOVE_OUT".equals(d.incentiveStatus())) {
                possibleHouseholds++;
                possible = possible.plus(Money.between(BigDecimal.ZERO, reachable(d, asOf, rewards)));
            } else if (r.state() != HouseholdState.ARCHIVED) {
                // Not quoted, clock not started, or referred (I-32): anything up to the first tier is still possible.
                possibleHouseholds++;
                possible = possible.plus(Money.between(BigDecimal.ZERO, top));
            }
            if (d != null) {
                appraisal += d.pendingAppraisal();
                negotiation += d.pendingNegotiation();
                committee += d.pendingCommittee();
                other += d.pendingOther();
            }
        }

        CaseloadViews.Summary view() {
            List<CaseloadViews.StateCount> states = new ArrayList<>();
            byState.forEach((s, n) -> states.add(new CaseloadViews.StateCount(s, s.label(), n)));
            return new CaseloadViews.Summary(households, states,
                    new CaseloadViews.Amount(quotedHouseholds, quoted.min(), quoted.max()),
                    new CaseloadViews.Amount(signedHouseholds, signed.min(), signed.max()),
                    new CaseloadViews.Amount(paidHouseholds, paid, paid),
                    new CaseloadViews.Amount(signedHouseholds, outstanding.min(), outstanding.max()),
                    new CaseloadViews.Amount(decidedHouseholds, decided, decided),
                    new CaseloadViews.Amount(possibleHouseholds, possible.min(), possible.max()),
                    new CaseloadViews.Awaiting(appraisal, negotiation, committee, other));
        }
    }
}
