package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.api.batch.BatchError.Level;
import cn.wenshui.compensation.api.batch.BatchLayout.Column;
import cn.wenshui.compensation.api.batch.BatchParser.HouseholdDraft;
import cn.wenshui.compensation.api.batch.BatchParser.LineDraft;
import cn.wenshui.compensation.api.batch.BatchParser.ParsedWorkbook;
import cn.wenshui.compensation.api.batch.BatchParser.PremisesDraft;
import cn.wenshui.compensation.api.batch.BatchResult.QuoteSummary;
import cn.wenshui.compensation.api.batch.BatchResult.QuotedHousehold;
import cn.wenshui.compensation.api.batch.BatchResult.SectionTotal;
import cn.wenshui.compensation.api.batch.BatchResult.SkippedHousehold;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.quote.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Quotes every household of a parsed workbook with one engine. A household with any unreadable cell or any rule
 * broken is skipped and reported; the engine's violations (JSON paths such as {@code items[3].quantity}) are pointed
 * back at the sheet, row and column they came from. Households are quoted in parallel (the engine is thread-safe);
 * the result keeps the workbook's order.
 */
public final class BatchQuoter {
    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)](?:\\.(.+))?");
    private static final Pattern PREMISES = Pattern.compile("livestockPremises\\[(\\d+)](?:\\.(.+))?");

    private final QuoteEngine engine;
    private final List<Column> itemColumns;

    public BatchQuoter(QuoteEngine engine) {
        this.engine = engine;
        this.itemColumns = BatchLayout.itemColumns(engine.schedule());
    }

    private record Outcome(QuotedHousehold quoted, SkippedHousehold skipped, List<BatchError> errors) {
    }

    public BatchResult quote(String batchId, String fileName, ParsedWorkbook wb, long parseMillis) {
        long start = System.nanoTime();
        Map<String, List<BatchError>> parseErrors = new LinkedHashMap<>();
        for (BatchError e : wb.errors()) {
            if (e.householdId() != null && e.isError()) {
                parseErrors.computeIfAbsent(e.householdId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<HouseholdDraft> drafts = wb.households();
        Outcome[] outcomes = new Outcome[drafts.size()];
        IntStream.range(0, drafts.size()).parallel().forEach(i -> outcomes[i] =
                quoteOne(drafts.get(i), parseErrors.getOrDefault(drafts.get(i).id(), List.of()), wb.columns()));
        List<QuotedHousehold> quoted = new ArrayList<>();
        List<SkippedHousehold> skipped = new ArrayList<>();
        List<BatchError> errors = new ArrayList<>(wb.errors());
        for (Outcome o : outcomes) {
            if (o.quoted != null) {
                quoted.add(o.quoted);
            } else {
                skipped.add(o.skipped);
            }
            errors.addAll(o.errors);
        }
        errors.sort(java.util.Comparator.comparingInt((BatchError e) -> sheetOrder(e.sheet()))
                .thenComparing(e -> e.row() == null ? 0 : e.row())
                .thenComparing(e -> e.column() == null ? "" : String.format("%3s", e.column())));
        long quoteMillis = (System.nanoTime() - start) / 1_000_000;
        return new BatchResult(batchId, Instant.now(), fileName, engine.schedule().id(), engine.schedule().version(),
                QuoteEngine.VERSION, quoted, skipped, errors, totals(engine.schedule().sectionIds(), drafts.size(), quoted, skipped, errors),
                parseMillis, quoteMillis, engine);
    }

    private static int sheetOrder(String sheet) {
        if (sheet == null) {
            return 0;
        }
        return switch (sheet) {
            case BatchLayout.HOUSEHOLDS -> 1;
            case BatchLayout.ITEMS -> 2;
            case BatchLayout.PREMISES -> 3;
            default -> 4;
        };
    }

    private Outcome quoteOne(HouseholdDraft d, List<BatchError> known, Map<String, Map<String, Integer>> columns) {
        List<LineDraft> lines = d.lines().stream().filter(LineDraft::valid).toList();
        List<PremisesDraft> premises = d.premises().stream().filter(PremisesDraft::valid).toList();
        List<ItemInput> items = lines.stream().map(LineDraft::input).toList();
        List<LivestockPremises> livestock = premises.stream().map(PremisesDraft::premises).toList();
        Household h = d.household(items, livestock);
        List<BatchError> found = new ArrayList<>();
        Quote q = null;
        try {
            q = engine.quote(h);
        } catch (InvalidInventoryException e) {
            Set<String> cells = new HashSet<>();
            for (BatchError k : known) {
                cells.add(k.sheet() + "|" + k.row() + "|" + k.column());
            }
            for (Violation v : e.violations()) {
                BatchError mapped = map(v, d, lines, premises, columns);
                if (cells.add(mapped.sheet() + "|" + mapped.row() + "|" + mapped.column())) {
                    found.add(mapped);
                }
            }
        }
        if (q != null && d.valid() && known.isEmpty()) {
            // the summary only: the full quote is computed again when the results workbook is written
            return new Outcome(new QuotedHousehold(d.id(), d.row(), h, QuoteSummary.of(q), null), null, found);
        }
        return new Outcome(null, new SkippedHousehold(d.id(), d.row(), known.size() + found.size()), found);
    }

    /** Points one engine violation at the cell it came from. */
    BatchError map(Violation v, HouseholdDraft d, List<LineDraft> lines, List<PremisesDraft> premises,
                   Map<String, Map<String, Integer>> columns) {
        String sheet = BatchLayout.HOUSEHOLDS;
        int row = d.row();
        String field = v.field();
        List<Column> layout = BatchLayout.HOUSEHOLD_COLUMNS;
        Matcher m = ITEM.matcher(v.field());
        Matcher p = PREMISES.matcher(v.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < lines.size()) {
            sheet = BatchLayout.ITEMS;
            row = lines.get(Integer.parseInt(m.group(1))).row();
            field = m.group(2);
            layout = itemColumns;
        } else if (p.matches() && Integer.parseInt(p.group(1)) < premises.size()) {
            sheet = BatchLayout.PREMISES;
            row = premises.get(Integer.parseInt(p.group(1))).row();
            field = p.group(2);
            layout = BatchLayout.PREMISES_COLUMNS;
        } else if ("$".equals(field)) {
            field = null;
        }
        String f = field;
        Integer col = f == null ? null : columns.getOrDefault(sheet, Map.of()).get(f);
        String header = f == null ? null : layout.stream().filter(c -> c.field().equals(f)).map(Column::header)
                .findFirst().orElse(null);
        return new BatchError(sheet, row, BatchParser.letter(col), header, d.id(), v.field(), v.rule(),
                v.messageZh(), v.messageEn(), Level.ERROR);
    }

    /** The batch's totals, its sections in the schedule's {@code order}. */
    static BatchResult.Totals totals(List<String> order, int households, List<QuotedHousehold> quoted, List<SkippedHousehold> skipped,
                                     List<BatchError> errors) {
        BigDecimal min = Rounding.zero();
        BigDecimal max = Rounding.zero();
        Map<String, BigDecimal[]> sections = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : order) {
            sections.put(s, null);
        }
        int lines = 0;
        int pending = 0;
        int exact = 0;
        BigDecimal main = Rounding.zero();
        BigDecimal homestead = Rounding.zero();
        for (QuotedHousehold h : quoted) {
            QuoteSummary q = h.quote();
            min = min.add(q.totalMin());
            max = max.add(q.totalMax());
            lines += q.lines();
            pending += q.pending();
            exact += q.summedLinesExact() ? 1 : 0;
            for (Subtotal s : q.subtotals()) {
                BigDecimal[] t = sections.get(s.section());
                if (t == null) {
                    t = new BigDecimal[] {Rounding.zero(), Rounding.zero()};
                    sections.put(s.section(), t);
                }
                t[0] = t[0].add(s.amountMin());
                t[1] = t[1].add(s.amountMax());
                titles.put(s.section(), s.title());
                counts.merge(s.section(), 1, Integer::sum);
            }
            if (q.mainHouseSwapM2() != null) {
                main = main.add(q.mainHouseSwapM2());
            }
            if (q.homesteadSwapM2() != null) {
                homestead = homestead.add(q.homesteadSwapM2());
            }
        }
        List<SectionTotal> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> e : sections.entrySet()) {
            if (e.getValue() != null) {
                out.add(new SectionTotal(e.getKey(), titles.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        counts.get(e.getKey())));
            }
        }
        int errorCount = (int) errors.stream().filter(BatchError::isError).count();
        return new BatchResult.Totals(households, quoted.size(), skipped.size(), errorCount,
                errors.size() - errorCount, min, max, out, lines, pending, exact, main, homestead);
    }
}
