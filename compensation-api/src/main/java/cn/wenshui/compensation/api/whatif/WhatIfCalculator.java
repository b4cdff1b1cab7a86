package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.diff.Delta;
import cn.wenshui.compensation.diff.QuoteDiff;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A what-if over a caseload, as a pure function: every household's current entry re-quoted under the scenario and
 * compared with the entry as stored. Nothing is written. The scenario's readings are laid over each entry's own
 * readings and its schedule version replaces the entry's only when one is named (I-54), so a what-if of one switch
 * changes nothing but that switch.
 */
public final class WhatIfCalculator {
    private WhatIfCalculator() {
    }

    /** One household's current entry: its input and quote as stored, and the schedule version and readings used. */
    public record Case(String code, String village, String group, String state, long seq, String scheduleId,
                       int scheduleVersion, Map<String, String> readings, Household input, Quote stored) {
    }

    /** The readings to lay over each entry's, and the schedule version to quote under (null: each entry's own). */
    public record Scenario(Map<String, String> readings, String scheduleId, Integer scheduleVersion) {
        public Scenario {
            readings = readings == null ? Map.of() : Map.copyOf(readings);
        }

        /** The readings an entry is re-quoted under: its own, with the scenario's laid over them. */
        Map<String, String> readingsFor(Case c) {
            Map<String, String> r = new TreeMap<>(c.readings());
            r.putAll(readings);
            return r;
        }
    }

    /** An engine for a schedule version and a full set of readings (the registry's, in the service). */
    @FunctionalInterface
    public interface Engines {
        Optional<QuoteEngine> engine(String scheduleId, int version, Map<String, String> readings);
    }

    public static WhatIfViews.Result run(List<Case> cases, Scenario scenario, Engines engines, Causes causes) {
        Run run = new Run(scenario, engines, causes);
        cases.forEach(run::add);
        return run.result();
    }

    /**
     * A what-if fed one household at a time, so the service can read the caseload's entries a chunk at a time and keep
     * only the answer, not every stored inventory and quote at once.
     */
    public static final class Run {
        private final Scenario scenario;
        private final Engines engines;
        private final Causes causes;
        private final List<WhatIfViews.HouseholdResult> households = new ArrayList<>();
        private final Map<String, Sums> villages = new LinkedHashMap<>();
        private final Map<String, Sums> sections = new LinkedHashMap<>();
        private final Map<String, String> sectionTitles = new LinkedHashMap<>();
        private final Sums total = new Sums();
        private int changed;
        private int failed;

        public Run(Scenario scenario, Engines engines, Causes causes) {
            this.scenario = scenario;
            this.engines = engines;
            this.causes = causes;
        }

        public void add(Case c) {
            String id = scenario.scheduleId() != null ? scenario.scheduleId() : c.scheduleId();
            int version = scenario.scheduleVersion() != null ? scenario.scheduleVersion() : c.scheduleVersion();
            Map<String, String> readings = scenario.readingsFor(c);
            Money before = Money.between(c.stored().totalMin(), c.stored().totalMax());
            Optional<QuoteEngine> engine = engines.engine(id, version, readings);
            Quote after = null;
            String error = null;
            if (engine.isEmpty()) {
                error = "schedule " + id + "/" + version + " is not loaded";
            } else {
                try {
                    after = engine.get().quote(c.input());
                } catch (InvalidInventoryException e) {
                    error = "the stored input does not quote under the scenario: " + e.violations();
                }
            }
            if (after == null) {
                failed++;
                households.add(new WhatIfViews.HouseholdResult(c.code(), c.village(), c.group(), c.state(), c.seq(),
                        c.scheduleId() + "/" + c.scheduleVersion(), id + "/" + version, before, null, null, false,
                        List.of(), error));
                return;
            }
            Money now = Money.between(after.totalMin(), after.totalMax());
            boolean differs = !sameLines(c.stored(), after);
            List<WhatIfViews.LineChange> lines = List.of();
            if (differs) {
                changed++;
                QuoteDiff diff = QuoteDiff.between(c.stored(), after);
                lines = diff.changedLines().stream().map(l -> new WhatIfViews.LineChange(l,
                        causes.of(l, c.scheduleId(), c.scheduleVersion(), c.readings(), id, version, readings)))
                        .toList();
            }
            households.add(new WhatIfViews.HouseholdResult(c.code(), c.village(), c.group(), c.state(), c.seq(),
                    c.scheduleId() + "/" + c.scheduleVersion(), id + "/" + version, before, now,
                    Delta.between(before, now), differs, lines, null));
            total.add(before, now);
            villages.computeIfAbsent(c.village() == null ? "" : c.village(), v -> new Sums()).add(before, now);
            for (Subtotal s : c.stored().subtotals()) {
                sectionTitles.putIfAbsent(s.section(), s.title());
                sections.computeIfAbsent(s.section(), k -> new Sums())
                        .add(Money.between(s.amountMin(), s.amountMax()), null);
            }
            for (Subtotal s : after.subtotals()) {
                sectionTitles.putIfAbsent(s.section(), s.title());
                sections.computeIfAbsent(s.section(), k -> new Sums())
                        .add(null, Money.between(s.amountMin(), s.amountMax()));
            }
        }

        public WhatIfViews.Result result() {
            List<WhatIfViews.Sum> vs = new ArrayList<>();
            villages.forEach((v, s) -> vs.add(s.view(v, null)));
            List<WhatIfViews.Sum> ss = new ArrayList<>();
            sections.forEach((k, s) -> ss.add(s.view(k, sectionTitles.get(k))));
            int n = households.size();
            return new WhatIfViews.Result(new WhatIfViews.ScenarioView(new TreeMap<>(scenario.readings()),
                    scenario.scheduleId() == null ? null : scenario.scheduleId() + "/" + scenario.scheduleVersion()),
                    n, changed, n - changed - failed, failed, total.view("合计", null), vs, ss, List.copyOf(households));
        }
    }

    /**
     * True when the new quote's money lines, area swaps, pending items and incentive amount equal the stored ones
     * where money and quantities are concerned (the explanation's words are not compared: rendering them for every
     * unchanged household was most of a run's cost, and a household whose words alone differ owes nothing more).
     */
    static boolean sameLines(Quote a, Quote b) {
        if (a.totalMin().compareTo(b.totalMin()) != 0 || a.totalMax().compareTo(b.totalMax()) != 0
                || a.lines().size() != b.lines().size() || a.areaSwaps().size() != b.areaSwaps().size()
                || a.pending().size() != b.pending().size()) {
            return false;
        }
        for (int i = 0; i < a.lines().size(); i++) {
            QuoteLine x = a.lines().get(i);
            QuoteLine y = b.lines().get(i);
            if (!java.util.Objects.equals(x.ref(), y.ref()) || !x.code().equals(y.code())
                    || !eq(x.quantity(), y.quantity()) || !eq(x.unitPriceMin(), y.unitPriceMin())
                    || !eq(x.unitPriceMax(), y.unitPriceMax()) || !eq(x.amountMin(), y.amountMin())
                    || !eq(x.amountMax(), y.amountMax()) || x.status() != y.status()) {
                return false;
            }
        }
        for (int i = 0; i < a.areaSwaps().size(); i++) {
            if (!eq(a.areaSwaps().get(i).swapAreaM2(), b.areaSwaps().get(i).swapAreaM2())) {
                return false;
            }
        }
        BigDecimal ia = a.incentive() == null ? null : a.incentive().amount();
        BigDecimal ib = b.incentive() == null ? null : b.incentive().amount();
        return eq(ia, ib);
    }

    private static boolean eq(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    /** Old and new sums of one scope (the 片区, a village, a section). */
    private static final class Sums {
        int households;
        Money before = Money.ZERO;
        Money after = Money.ZERO;

        void add(Money b, Money a) {
            if (b != null) {
                households++;
                before = before.plus(b);
            }
            if (a != null) {
                after = after.plus(a);
            }
        }

        WhatIfViews.Sum view(String key, String title) {
            return new WhatIfViews.Sum(key, title, households, before, after, Delta.between(before, after));
        }
    }
}
