package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.caseload.CaseloadRepository;
import cn.wenshui.compensation.api.caseload.CaseloadService;
import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.ledger.LedgerViews;
import cn.wenshui.compensation.api.problem.Params;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Scope;
import cn.wenshui.compensation.diff.QuoteDiff;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What-if runs over the caseload (every household's current entry re-quoted under other readings or another schedule
 * version, nothing written) and the difference of any two quotes: two ledger entries, or an entry and its re-quote
 * under a scenario.
 */
@ApplicationScoped
public class WhatIfService {
    private static final ObjectMapper READER = cn.wenshui.compensation.api.ledger.Canonical.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final int CHUNK = 500;

    private final CaseloadService caseload;
    private final WhatIfRepository repository;
    private final EngineRegistry registry;
    private final LedgerService ledger;
    private final Causes causes;

    public WhatIfService(CaseloadService caseload, WhatIfRepository repository, EngineRegistry registry,
                         LedgerService ledger) {
        this.caseload = caseload;
        this.repository = repository;
        this.registry = registry;
        this.ledger = ledger;
        this.causes = new Causes((id, v) -> registry.schedule(id, v).orElse(null));
    }

    /** A what-if: readings to switch (key → option), a schedule version ({@code id/version}), filters. */
    public record Request(Map<String, String> readings, String schedule, String village, String group,
                          String state) {
    }

    public WhatIfViews.Result run(Request request) {
        WhatIfCalculator.Scenario scenario = scenario(request.readings(), request.schedule());
        HouseholdState state = Params.constant("state", request.state(), HouseholdState.class);
        CaseloadRepository.Filter filter = new CaseloadRepository.Filter(Params.blank(request.village()),
                Params.blank(request.group()), state);
        List<CaseloadRepository.Row> rows = caseload.rows(filter);
        WhatIfCalculator.Run run = new WhatIfCalculator.Run(scenario, registry::engine, causes);
        // a chunk of stored entries at a time: only the answer is kept, not every inventory and quote at once
        for (int from = 0; from < rows.size(); from += CHUNK) {
            try {
                repository.cases(rows.subList(from, Math.min(rows.size(), from + CHUNK))).forEach(run::add);
            } catch (SQLException e) {
                throw new IllegalStateException("what-if read failed", e);
            }
        }
        return run.result();
    }

    /** The scenario, checked: every reading a known switch and option, the schedule a loaded version (else 422). */
    public WhatIfCalculator.Scenario scenario(Map<String, String> readings, String schedule) {
        Map<String, String> r = readings == null ? Map.of() : new LinkedHashMap<>(readings);
        Map<String, List<String>> switches = Readings.switches();
        for (Map.Entry<String, String> e : r.entrySet()) {
            List<String> options = switches.get(e.getKey());
            if (options == null) {
                throw ProblemException.badField(422, "readings." + e.getKey(), "unknown-reading",
                        "没有名为「" + e.getKey() + "」的解释开关;可用:" + String.join(", ", switches.keySet()),
                        "no reading named '" + e.getKey() + "'; known: " + String.join(", ", switches.keySet()));
            }
            if (e.getValue() == null || !options.contains(e.getValue())) {
                throw ProblemException.badField(422, "readings." + e.getKey(), "unknown-option",
                        "解释开关「" + e.getKey() + "」没有选项「" + e.getValue() + "」;可选:" + String.join(", ", options),
                        "reading '" + e.getKey() + "' has no option '" + e.getValue() + "'; options: "
                                + String.join(", ", options));
            }
        }
        Schedule s = schedule(schedule);
        return new WhatIfCalculator.Scenario(r, s == null ? null : s.id(), s == null ? null : s.version());
    }

    /** A schedule version named {@code id/version}; null when blank; 422 when not loaded here. */
    Schedule schedule(String named) {
        if (named == null || named.isBlank()) {
            return null;
        }
        String[] parts = named.trim().split("/");
        Schedule s = parts.length == 2 && parts[1].matches("\\d{1,6}")
                ? registry.schedule(parts[0], Integer.parseInt(parts[1])).orElse(null) : null;
        if (s == null) {
            String known = String.join(", ", registry.schedules().stream().map(x -> x.id() + "/" + x.version())
                    .toList());
            throw ProblemException.badField(422, "schedule", "unknown-schedule-version",
                    "标准版本「" + named + "」未加载,须写作 编号/版本,可用:" + known,
                    "schedule version '" + named + "' is not loaded (write id/version); loaded: " + known);
        }
        return s;
    }

    /** Two quotes compared: {@code fromQuote} → {@code toQuote}, the entries or scenario behind each, the lines' causes. */
    public record Difference(Side from, Side to, QuoteDiff diff, List<WhatIfViews.LineChange> lines) {
    }

    /** One side: a ledger entry ({@code entry}), or an entry re-quoted under a scenario ({@code scenario}). */
    public record Side(Long entry, String householdId, String schedule, Map<String, String> readings,
                       WhatIfViews.ScenarioView scenario, boolean current) {
    }

    /** The difference of two ledger entries (any two, of one household or two). */
    public Difference difference(long from, long to) {
        Entry a = entry(from, "from");
        Entry b = entry(to, "to");
        return difference(a.side(null), a, b.side(null), b.quote, b.scheduleId, b.scheduleVersion, b.readings);
    }

    /** The difference of an entry and its re-quote under a scenario (nothing stored). */
    public Difference difference(long from, WhatIfCalculator.Scenario scenario) {
        Entry a = entry(from, "from");
        String id = scenario.scheduleId() != null ? scenario.scheduleId() : a.scheduleId;
        int version = scenario.scheduleVersion() != null ? scenario.scheduleVersion() : a.scheduleVersion;
        Map<String, String> readings = new java.util.TreeMap<>(a.readings);
        readings.putAll(scenario.readings());
        QuoteEngine engine = registry.engine(id, version, readings).orElseThrow();
        Quote after;
        try {
            after = engine.quote(a.input);
        } catch (InvalidInventoryException e) {
            throw ProblemException.badField(422, "schedule", "does-not-quote",
                    "台账记录 " + from + " 的清单在该版本或解释下无法计算:" + e.violations(),
                    "the inventory of entry " + from + " does not quote under the scenario: " + e.violations());
        }
        WhatIfViews.ScenarioView sv = new WhatIfViews.ScenarioView(new java.util.TreeMap<>(scenario.readings()),
                scenario.scheduleId() == null ? null : scenario.scheduleId() + "/" + scenario.scheduleVersion());
        Side to = new Side(null, a.householdId, id + "/" + version, readings, sv, false);
        return difference(a.side(null), a, to, after, id, version, readings);
    }

    private Difference difference(Side fromSide, Entry a, Side toSide, Quote after, String id, int version,
                                  Map<String, String> readings) {
        QuoteDiff diff = QuoteDiff.between(a.quote, after);
        List<WhatIfViews.LineChange> lines = diff.changedLines().stream().map(l -> new WhatIfViews.LineChange(l,
                causes.of(l, a.scheduleId, a.scheduleVersion, a.readings, id, version, readings))).toList();
        return new Difference(fromSide, toSide, diff, lines);
    }

    private record Entry(long seq, String householdId, String scheduleId, int scheduleVersion,
                         Map<String, String> readings, Household input, Quote quote, boolean current) {
        Side side(WhatIfViews.ScenarioView scenario) {
            return new Side(seq, householdId, scheduleId + "/" + scheduleVersion, readings, scenario, current);
        }
    }

    private Entry entry(long seq, String field) {
        LedgerViews.Entry e = ledger.get(seq, Scope.all()).orElseThrow(() -> ProblemException.badField(422, field,
                "unknown-entry", "台账中没有编号为 " + seq + " 的记录", "no ledger entry " + seq));
        try {
            Map<String, String> readings = READER.convertValue(e.readings(), new TypeReference<>() {
            });
            return new Entry(seq, e.householdId(), e.scheduleId(), e.scheduleVersion(), readings,
                    READER.treeToValue(e.input(), Household.class), READER.treeToValue(e.quote(), Quote.class),
                    e.supersededBy() == null);
        } catch (Exception ex) {
            throw ProblemException.badField(409, field, "stored-entry-unreadable",
                    "台账记录 " + seq + " 的存储内容无法读取,请先校验该记录",
                    "the stored quote of entry " + seq + " cannot be read; verify the entry");
        }
    }

    /** The loaded schedule versions as {@code id/version}, for the page's choice. */
    public List<String> scheduleVersions() {
        return registry.schedules().stream().map(s -> s.id() + "/" + s.version()
                + (s.fixture() ? " (测试用)" : "")).toList();
    }

    /** 三(三)'s section as the schedule in force names it (the page's label for the incentive). */
    public String incentiveTitle() {
        Schedule s = registry.latest();
        return s.incentive().map(i -> i.section() + " " + s.sectionTitle(i.section()).orElse("")).orElse("");
    }

    /** The switches and their options, default first. */
    public Map<String, List<String>> switches() {
        return Readings.switches();
    }

    /** Interpretation id and title of each switch, from the schedule in force. */
    public Map<String, String> switchTitles() {
        Map<String, String> out = new LinkedHashMap<>();
        registry.latest().interpretations().stream().filter(i -> i.key() != null)
                .forEach(i -> out.putIfAbsent(i.key(), i.id() + " " + i.title()));
        return out;
    }
}
