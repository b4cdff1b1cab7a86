package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.diff.Delta;
import cn.wenshui.compensation.diff.QuoteDiff;
import cn.wenshui.compensation.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** What a what-if answers. Amounts are intervals ({@code min}, {@code max}); differences end by end (I-51). */
public final class WhatIfViews {
    private WhatIfViews() {
    }

    /** {@code schedule}: the version named (null: each entry re-quoted under its own version). */
    public record ScenarioView(Map<String, String> readings, String schedule) {
    }

    /**
     * The answer: the scenario, how many households were re-quoted, changed, unchanged and failed (their stored input
     * does not quote under the scenario: named with the reason), the 片区's total before and after (the budget
     * difference), per village and per section, and every household.
     */
    public record Result(ScenarioView scenario, int households, int changed, int unchanged, int failed, Sum total,
                         List<Sum> villages, List<Sum> sections, List<HouseholdResult> items) {
    }

    /** Sums of one scope: {@code key} the village or the section. */
    public record Sum(String key, String title, int households, Money before, Money after, Delta difference) {
    }

    /** One household: its current entry, the version before and the one re-quoted under, totals, changed lines. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HouseholdResult(String code, String village, String group, String state, long entry,
                                  String scheduleBefore, String scheduleAfter, Money before, Money after,
                                  Delta difference, boolean changed, List<LineChange> lines, String error) {
    }

    /** A line added, removed or changed ({@code diff}: as the versions' difference has it) and why. */
    public record LineChange(QuoteDiff.LineDiff diff, List<Causes.Cause> causes) {
    }
}
