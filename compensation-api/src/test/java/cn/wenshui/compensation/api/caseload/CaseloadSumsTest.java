package cn.wenshui.compensation.api.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.schedule.Reward;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The dashboard's sums are the sums of each household's current entry, whatever the caseload: for the 片区, each
 * village and each 组 (generated caseloads; the aggregation is a pure function of the rows).
 */
class CaseloadSumsTest {
    /** 三(三): 「30 日内…5 万元」「45 日内…3 万元」, as the regulation prints them. */
    static final List<Reward> REWARDS = List.of(new Reward(new BigDecimal("30"), new BigDecimal("50000"), "30日内5万元"),
            new Reward(new BigDecimal("45"), new BigDecimal("30000"), "45日内3万元"));
    static final LocalDate AS_OF = LocalDate.of(2023, 8, 10);

    static Gen<CaseloadRepository.Row> row() {
        Gen<Integer> village = SourceDSL.integers().between(0, 3);
        Gen<Integer> group = SourceDSL.integers().between(0, 2);
        Gen<HouseholdState> state = SourceDSL.arbitrary().enumValues(HouseholdState.class);
        Gen<Long> fen = SourceDSL.longs().between(0, 200_000_000L);
        Gen<Long> spread = SourceDSL.longs().between(0, 5_000_000L);
        Gen<Integer> kind = SourceDSL.integers().between(0, 3);
        Gen<Integer> day = SourceDSL.integers().between(-60, 60);
        return village.zip(group, state, (v, g, s) -> new Object[] {v, g, s})
                .zip(fen, spread, (a, f, sp) -> new Object[] {a[0], a[1], a[2], f, sp})
                .zip(kind, day, (a, k, d) -> {
                    BigDecimal min = BigDecimal.valueOf((Long) a[3], 2);
                    BigDecimal max = min.add(BigDecimal.valueOf((Long) a[4], 2));
                    LocalDate start = AS_OF.plusDays(d);
                    EntryDigest digest = switch (k) {
                        case 0 -> null; // not quoted yet
                        case 1 -> new EntryDigest(1, "NOT_STARTED", null, null, null, null, null, 1, 0, 2, 0);
                        case 2 -> new EntryDigest(1, "AWAITING_MOVE_OUT", null, start, start.plusDays(30),
                                start.plusDays(45), null, 0, 1, 0, 1);
                        default -> new EntryDigest(1, "DECIDED", d % 2 == 0 ? new BigDecimal("50000") : BigDecimal.ZERO,
                                start, start.plusDays(30), start.plusDays(45), start.plusDays(3), 0, 0, 0, 0);
                    };
                    // Paid in part: a share of the lower total that the generated day decides (none if unquoted).
                    BigDecimal paid = digest == null || !CaseloadService.SIGNED.contains((HouseholdState) a[2])
                            ? BigDecimal.ZERO.setScale(2)
                            : min.multiply(BigDecimal.valueOf(Math.abs(d) % 4, 1)).setScale(2, RoundingMode.DOWN);
                    return new CaseloadRepository.Row(0, "H", "村" + a[0], "组" + a[1], (HouseholdState) a[2],
                            digest == null ? null : 1L, digest == null ? null : min, digest == null ? null : max,
                            digest, paid, d % 5 == 0, "张三", "13800001234");
                });
    }

    @Test
    @DisplayName("片区进度:合计、各村、各组的金额与户数,等于各户当前条目之和(随机生成的片区)")
    void sumsEqualTheHouseholdsCurrentEntries() {
        qt().withExamples(200).forAll(SourceDSL.lists().of(row()).ofSizeBetween(0, 60)).checkAssert(rows -> {
            CaseloadViews.Dashboard d = CaseloadService.summarize(rows, AS_OF, REWARDS, "test");
            check(d.total(), rows);
            int households = 0;
            for (CaseloadViews.Village v : d.villages()) {
                List<CaseloadRepository.Row> mine = rows.stream().filter(r -> r.village().equals(v.village())).toList();
                check(v.summary(), mine);
                households += v.summary().households();
                for (CaseloadViews.Group g : v.groups()) {
                    check(g.summary(), mine.stream().filter(r -> r.group().equals(g.group())).toList());
                }
            }
            assertThat(households).isEqualTo(rows.size());
        });
    }

    private static void check(CaseloadViews.Summary s, List<CaseloadRepository.Row> rows) {
        List<CaseloadRepository.Row> quoted = rows.stream().filter(r -> r.seq() != null).toList();
        List<CaseloadRepository.Row> signed = quoted.stream()
                .filter(r -> r.signedEvent() || CaseloadService.SIGNED.contains(r.state())).toList();
        assertThat(s.households()).isEqualTo(rows.size());
        assertThat(s.byState().stream().mapToInt(CaseloadViews.StateCount::households).sum()).isEqualTo(rows.size());
        assertThat(s.quoted().households()).isEqualTo(quoted.size());
        assertThat(s.quoted().min()).isEqualByComparingTo(sum(quoted, CaseloadRepository.Row::totalMin));
        assertThat(s.quoted().max()).isEqualByComparingTo(sum(quoted, CaseloadRepository.Row::totalMax));
        assertThat(s.signed().households()).isEqualTo(signed.size());
        assertThat(s.signed().min()).isEqualByComparingTo(sum(signed, CaseloadRepository.Row::totalMin));
        assertThat(s.signed().max()).isEqualByComparingTo(sum(signed, CaseloadRepository.Row::totalMax));
        List<CaseloadRepository.Row> paid = rows.stream().filter(r -> r.paid().signum() != 0).toList();
        assertThat(s.paid().households()).isEqualTo(paid.size());
        assertThat(s.paid().max()).isEqualByComparingTo(sum(rows, CaseloadRepository.Row::paid));
        assertThat(s.outstanding().min()).isEqualByComparingTo(
                sum(signed, CaseloadRepository.Row::totalMin).subtract(sum(signed, CaseloadRepository.Row::paid)));
        assertThat(s.outstanding().max()).isEqualByComparingTo(
                sum(signed, CaseloadRepository.Row::totalMax).subtract(sum(signed, CaseloadRepository.Row::paid)));
        List<CaseloadRepository.Row> decided = quoted.stream()
                .filter(r -> "DECIDED".equals(r.digest().incentiveStatus())).toList();
        assertThat(s.decided().households()).isEqualTo(decided.size());
        assertThat(s.decided().max()).isEqualByComparingTo(sum(decided, r -> r.digest().incentiveAmount()));
        assertThat(s.possible().min()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(s.awaiting().appraisal()).isEqualTo(quoted.stream().mapToInt(r -> r.digest().pendingAppraisal()).sum());
        assertThat(s.awaiting().committee()).isEqualTo(quoted.stream().mapToInt(r -> r.digest().pendingCommittee()).sum());
    }

    private static BigDecimal sum(List<CaseloadRepository.Row> rows, Function<CaseloadRepository.Row, BigDecimal> f) {
        return rows.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    @DisplayName("搬迁期限名单:户主与电话,工作人员见全文,其他人见脱敏(张*、138****1234)")
    void deadlineContactsMaskedUnlessStaff() {
        LocalDate start = LocalDate.of(2023, 7, 5);
        EntryDigest d = new EntryDigest(1, "AWAITING_MOVE_OUT", null, start, LocalDate.of(2023, 8, 4),
                LocalDate.of(2023, 8, 19), null, 0, 0, 0, 0);
        CaseloadRepository.Row r = new CaseloadRepository.Row(7, "BZ-001", "堡子村", "一组", HouseholdState.PAID, 1L,
                new BigDecimal("1000.00"), new BigDecimal("1000.00"), d, new BigDecimal("1000.00"), true, "张三",
                "13800001234");
        CaseloadViews.Deadline staff = CaseloadService.deadlines(List.of(r), start, REWARDS, true).get(0);
        assertThat(staff.headName()).isEqualTo("张三");
        assertThat(staff.phone()).isEqualTo("13800001234");
        CaseloadViews.Deadline other = CaseloadService.deadlines(List.of(r), start, REWARDS, false).get(0);
        assertThat(other.headName()).isEqualTo("张*");
        assertThat(other.phone()).isEqualTo("138****1234");
    }

    @Test
    @DisplayName("三(三) 奖励尚可:第一期限内 5 万元,第二期限内 3 万元,两期限均过 0 元(期限当日仍可得)")
    void reachableRewardByDeadline() {
        LocalDate start = LocalDate.of(2023, 7, 5);
        EntryDigest d = new EntryDigest(1, "AWAITING_MOVE_OUT", null, start, LocalDate.of(2023, 8, 4),
                LocalDate.of(2023, 8, 19), null, 0, 0, 0, 0);
        assertThat(CaseloadService.reachable(d, LocalDate.of(2023, 8, 4), REWARDS)).isEqualByComparingTo("50000");
        assertThat(CaseloadService.reachable(d, LocalDate.of(2023, 8, 5), REWARDS)).isEqualByComparingTo("30000");
        assertThat(CaseloadService.reachable(d, LocalDate.of(2023, 8, 19), REWARDS)).isEqualByComparingTo("30000");
        assertThat(CaseloadService.reachable(d, LocalDate.of(2023, 8, 20), REWARDS)).isEqualByComparingTo("0");
    }
}
