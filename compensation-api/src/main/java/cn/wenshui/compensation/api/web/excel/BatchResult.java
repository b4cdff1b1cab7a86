package cn.wenshui.compensation.api.web.excel;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.Quote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One uploaded workbook, quoted: every household that could be quoted with its quote, every household skipped and
 * why, every problem found, and the 片区 totals. Kept in memory by {@link BatchStore}.
 */
public record BatchResult(String batchId, Instant createdAt, String fileName, String scheduleId, int scheduleVersion,
                          String engineVersion, List<QuotedHousehold> quoted, List<SkippedHousehold> skipped,
                          List<BatchError> errors, Totals totals, long parseMillis, long quoteMillis) {

    public BatchResult {
        quoted = List.copyOf(quoted);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
    }

    /** A household quoted: its input as read, its quote, and its ledger entry if it was saved. */
    public record QuotedHousehold(String id, int row, Household input, Quote quote, Long ledgerEntryId) {
        public QuotedHousehold withLedgerEntry(Long entry) {
            return new QuotedHousehold(id, row, input, quote, entry);
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
