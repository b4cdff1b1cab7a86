package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.Subtotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One uploaded workbook, quoted: every household that could be quoted with the figures of its quote, every
 * household skipped and why, every problem found, and the 片区 totals. Kept in memory by {@link BatchStore}.
 *
 * <p>A kept batch holds each household's input and a summary of its quote, not the quote: the full quotes (a line
 * each, with its explanation) were most of a batch's memory and are read only by the results workbook, which quotes
 * the households again, one at a time, with the engine that quoted them ({@link #fullQuote}); the engine is a pure
 * function of the household, so it gives the same quote.
 */
public record BatchResult(String batchId, Instant createdAt, String fileName, String scheduleId, int scheduleVersion,
                          String engineVersion, List<QuotedHousehold> quoted, List<SkippedHousehold> skipped,
                          List<BatchError> errors, Totals totals, long parseMillis, long quoteMillis,
                          QuoteEngine engine) {

    public BatchResult {
        quoted = List.copyOf(quoted);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
    }

    /** The household's full quote, computed again by the engine that quoted the batch. */
    public Quote fullQuote(QuotedHousehold h) {
        try {
            return engine.quote(h.input());
        } catch (InvalidInventoryException e) {
            // the same engine accepted the same input when the batch was made
            throw new IllegalStateException("household " + h.id() + " no longer quotes", e);
        }
    }

    /** The 清单 lines read for the households quoted: what a kept batch's memory grows with. */
    public int inputLines() {
        int n = 0;
        for (QuotedHousehold h : quoted) {
            n += h.input() == null || h.input().items() == null ? 0 : h.input().items().size();
        }
        return n;
    }

    /**
     * A household quoted: its input as read, the figures of its quote, its ledger entry if it was saved, and the
     * entry that one superseded (the household's current entry before this upload; null when none or unchanged).
     */
    public record QuotedHousehold(String id, int row, Household input, QuoteSummary quote, Long ledgerEntryId,
                                  Long supersededEntryId) {
        public QuotedHousehold(String id, int row, Household input, QuoteSummary quote, Long ledgerEntryId) {
            this(id, row, input, quote, ledgerEntryId, null);
        }

        public QuotedHousehold withLedgerEntry(Long entry, Long superseded) {
            return new QuotedHousehold(id, row, input, quote, entry, superseded);
        }
    }

    /** What the pages, the JSON and the 住户汇总 sheet show of a household's quote (the lines are not kept). */
    public record QuoteSummary(String headOfHousehold, String village, BigDecimal totalMin, BigDecimal totalMax,
                               boolean summedLinesExact, int lines, int pending, Incentive incentive, List<Subtotal> subtotals,
                               BigDecimal mainHouseSwapM2, BigDecimal homesteadSwapM2) {

        public static QuoteSummary of(Quote q) {
            BigDecimal main = null;
            BigDecimal homestead = null;
            for (AreaSwap a : q.areaSwaps()) {
                if (a.code().endsWith("main-house")) {
                    main = main == null ? a.swapAreaM2() : main.add(a.swapAreaM2());
                } else {
                    homestead = homestead == null ? a.swapAreaM2() : homestead.add(a.swapAreaM2());
                }
            }
            return new QuoteSummary(q.headOfHousehold(), q.village(), q.totalMin(), q.totalMax(), q.isSummedLinesExact(),
                    q.lines().size(), q.pending().size(), q.incentive(), List.copyOf(q.subtotals()), main, homestead);
        }
    }

    /** A household not quoted because of the errors listed for it. */
    public record SkippedHousehold(String id, int row, int errorCount) {
    }

    /** A section's total over the quoted households. */
    public record SectionTotal(String section, String title, BigDecimal min, BigDecimal max, int households) {
    }

    /**
     * @param households   households in the 住户 sheet (quoted + skipped)
     * @param pendingItems items awaiting appraisal, negotiation or a committee (not in any amount)
     * @param exactHouseholds quoted households whose total is one amount (no range left)
     */
    public record Totals(int households, int quotedHouseholds, int skippedHouseholds, int errors, int warnings,
                         BigDecimal totalMin, BigDecimal totalMax, List<SectionTotal> sections, int lines,
                         int pendingItems, int exactHouseholds, BigDecimal mainHouseSwapM2,
                         BigDecimal homesteadSwapM2) {
        public Totals {
            sections = List.copyOf(sections);
        }
    }
}
