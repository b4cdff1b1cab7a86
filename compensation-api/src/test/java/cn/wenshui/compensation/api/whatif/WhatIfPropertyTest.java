package cn.wenshui.compensation.api.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * What-if over generated caseloads (no service, no ledger: the calculator the service runs): a reading switched changes
 * only households whose lines cite that reading's entry, and the what-if's sums equal the sums of the households'
 * quotes under the same readings.
 */
class WhatIfPropertyTest {
    static final Schedule V1 = ScheduleLoader.loadDefault();
    static final Map<String, QuoteEngine> ENGINES = new ConcurrentHashMap<>();
    static final WhatIfCalculator.Engines REGISTRY = (id, v, r) -> id.equals(V1.id()) && v == V1.version()
            ? Optional.of(ENGINES.computeIfAbsent(new TreeMap<>(r).toString(), k -> new QuoteEngine(V1, Readings.of(r))))
            : Optional.empty();
    static final Causes CAUSES = new Causes((id, v) -> id.equals(V1.id()) && v == V1.version() ? V1 : null);
    static final Map<String, String> DEFAULTS = Readings.defaults().asMap();

    /** A household: 框架结构 附属平房, perhaps a 钢管机井 of some depth, perhaps a demolished area for 三(一)、三(二). */
    record Spec(int frameM2, Integer wellDepth, Integer areaM2, int village) {
    }

    static Gen<Spec> spec(int minDepth) {
        Gen<Integer> frame = SourceDSL.integers().between(1, 120);
        Gen<Integer> depth = SourceDSL.integers().between(minDepth, 400).toOptionals(60).map(o -> o.orElse(null));
        Gen<Integer> area = SourceDSL.integers().between(10, 80).toOptionals(70).map(o -> o.orElse(null));
        Gen<Integer> village = SourceDSL.integers().between(0, 3);
        return frame.zip(depth, area, village, Spec::new);
    }

    static List<WhatIfCalculator.Case> caseload(List<Spec> specs) {
        List<WhatIfCalculator.Case> out = new ArrayList<>();
        QuoteEngine engine = REGISTRY.engine(V1.id(), V1.version(), DEFAULTS).orElseThrow();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            List<ItemInput> items = new ArrayList<>();
            items.add(item("A1", "1-1.annex.frame", s.frameM2()));
            if (s.wellDepth() != null) {
                items.add(item("A2", "1-1.well.steel-pipe", s.wellDepth()));
            }
            Household h = new Household("H" + i, "户主" + i, "村" + s.village(), false, false,
                    s.areaM2() == null ? null : BigDecimal.valueOf(s.areaM2()), null, items, null, null);
            out.add(new WhatIfCalculator.Case(h.id(), h.village(), "1组", "APPRAISED", i + 1, V1.id(), V1.version(),
                    DEFAULTS, h, quote(engine, h)));
        }
        return out;
    }

    static Quote quote(QuoteEngine engine, Household h) {
        try {
            return engine.quote(h);
        } catch (cn.wenshui.compensation.quote.InvalidInventoryException e) {
            throw new AssertionError("generated household does not quote: " + e.violations(), e);
        }
    }

    static ItemInput item(String ref, String code, int quantity) {
        return new ItemInput(ref, code, BigDecimal.valueOf(quantity), null, null, null, null, null, null, null, null,
                null);
    }

    static String interpretationOf(String key) {
        return V1.interpretations().stream().filter(i -> key.equals(i.key())).findFirst().orElseThrow().id();
    }

    static boolean cites(Quote q, String id) {
        return q.lines().stream().anyMatch(l -> l.interpretations().contains(id));
    }

    @Test
    @DisplayName("解释I-07 机井超过200米:换一种读法,变动的恰是清单行引用I-07的住户(机井均深于200米时)")
    void machineWellSwitchChangesExactlyTheCitingHouseholds() {
        qt().withExamples(60).forAll(SourceDSL.lists().of(spec(201)).ofSizeBetween(0, 25),
                SourceDSL.arbitrary().pick("MARGINAL", "PLUS_100_PER_EXTRA_METRE")).checkAssert((specs, option) -> {
            List<WhatIfCalculator.Case> cases = caseload(specs);
            WhatIfViews.Result r = WhatIfCalculator.run(cases,
                    new WhatIfCalculator.Scenario(Map.of("machine-well-beyond-200m", option), null, null), REGISTRY,
                    CAUSES);
            Set<String> citing = cases.stream().filter(c -> cites(c.stored(), "I-07")).map(WhatIfCalculator.Case::code)
                    .collect(Collectors.toSet());
            Set<String> changed = r.items().stream().filter(WhatIfViews.HouseholdResult::changed)
                    .map(WhatIfViews.HouseholdResult::code).collect(Collectors.toSet());
            assertThat(changed).isEqualTo(citing);
            // every changed line names the switch as its cause
            r.items().stream().flatMap(h -> h.lines().stream()).forEach(l -> assertThat(l.causes())
                    .anySatisfy(c -> assertThat(c.interpretation()).isEqualTo("I-07")));
        });
    }

    @Test
    @DisplayName("任一解释开关:变动的住户都有清单行在原报价或新报价中引用该开关的解释条目")
    void anySwitchChangesOnlyCitingHouseholds() {
        Gen<String> key = SourceDSL.arbitrary().pick("machine-well-beyond-200m", "subsidy-cliff",
                "tier-boundary-point");
        qt().withExamples(60).forAll(SourceDSL.lists().of(spec(1)).ofSizeBetween(0, 25), key,
                SourceDSL.integers().between(1, 2)).checkAssert((specs, k, n) -> {
            List<String> options = Readings.switches().get(k);
            String option = options.get(Math.min(n, options.size() - 1));
            List<WhatIfCalculator.Case> cases = caseload(specs);
            Map<String, String> switched = Map.of(k, option);
            WhatIfViews.Result r = WhatIfCalculator.run(cases, new WhatIfCalculator.Scenario(switched, null, null),
                    REGISTRY, CAUSES);
            String id = interpretationOf(k);
            Map<String, String> after = new TreeMap<>(DEFAULTS);
            after.putAll(switched);
            QuoteEngine engine = REGISTRY.engine(V1.id(), V1.version(), after).orElseThrow();
            for (int i = 0; i < cases.size(); i++) {
                WhatIfViews.HouseholdResult h = r.items().get(i);
                if (h.changed()) {
                    assertThat(cites(cases.get(i).stored(), id) || cites(quote(engine, cases.get(i).input()), id))
                            .as("household %s changed under %s=%s without citing %s", h.code(), k, option, id)
                            .isTrue();
                }
            }
        });
    }

    @Test
    @DisplayName("假如测算的合计、各村合计等于各户在同一解释下单独报价之和")
    void totalsEqualTheSumOfIndividualQuotes() {
        qt().withExamples(60).forAll(SourceDSL.lists().of(spec(1)).ofSizeBetween(0, 25),
                SourceDSL.arbitrary().pick("WHOLE_DEPTH", "MARGINAL", "PLUS_100_PER_EXTRA_METRE"),
                SourceDSL.arbitrary().pick("LITERAL", "NO_LESS_THAN_FLAT")).checkAssert((specs, well, cliff) -> {
            List<WhatIfCalculator.Case> cases = caseload(specs);
            Map<String, String> switched = Map.of("machine-well-beyond-200m", well, "subsidy-cliff", cliff);
            WhatIfViews.Result r = WhatIfCalculator.run(cases, new WhatIfCalculator.Scenario(switched, null, null),
                    REGISTRY, CAUSES);
            Map<String, String> all = new TreeMap<>(DEFAULTS);
            all.putAll(switched);
            QuoteEngine engine = new QuoteEngine(V1, Readings.of(all));
            Money after = Money.ZERO;
            Money before = Money.ZERO;
            Map<String, Money> byVillage = new TreeMap<>();
            for (WhatIfCalculator.Case c : cases) {
                Quote q = quote(engine, c.input());
                Money m = Money.between(q.totalMin(), q.totalMax());
                after = after.plus(m);
                before = before.plus(Money.between(c.stored().totalMin(), c.stored().totalMax()));
                byVillage.merge(c.village(), m, Money::plus);
            }
            assertThat(r.total().after().min()).isEqualByComparingTo(after.min());
            assertThat(r.total().after().max()).isEqualByComparingTo(after.max());
            assertThat(r.total().before().max()).isEqualByComparingTo(before.max());
            assertThat(r.total().difference().max()).isEqualByComparingTo(after.max().subtract(before.max()));
            for (WhatIfViews.Sum v : r.villages()) {
                assertThat(v.after().max()).isEqualByComparingTo(byVillage.get(v.key()).max());
            }
            assertThat(r.households()).isEqualTo(cases.size());
        });
    }
}
