package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.schedule.ScheduleItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What quoting one household gathers: the lines, swaps, pending items, notices and violations, and the sum of the
 * lines of each section.
 */
final class QuoteWork {
    final List<QuoteLine> lines = new ArrayList<>();
    final List<AreaSwap> swaps = new ArrayList<>();
    final List<PendingItem> pending = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    final List<Violation> violations = new ArrayList<>();
    /** Rows paid per household (元/户) already listed, with the index of their line. */
    final Map<String, Integer> perHouseholdRows = new HashMap<>();
    /** The sum of each section's lines, by the section's place in the schedule; null while it has none. */
    final Money[] sectionSums;

    QuoteWork(int sections) {
        sectionSums = new Money[sections];
    }

    void violation(String field, String rule, String zh, String en) {
        violations.add(new Violation(field, rule, zh, en));
    }

    /**
     * Adds a line and its amount to its section's sum. The amount is a line amount, already rounded to the fen
     * ({@link Money#toFen}); {@code unitPrice} is null where no unit price applies.
     */
    void line(PricedRow row, String ref, BigDecimal quantity, String unit, Money unitPrice, Money amount,
              LineStatus status, Supplier<String> why, List<String> interpretations) {
        if (amount.min().scale() != Rounding.FEN_SCALE || amount.max().scale() != Rounding.FEN_SCALE) {
            throw new IllegalStateException("line amounts must be rounded to the fen: " + amount.min() + ", "
                    + amount.max());
        }
        int s = row.section();
        if (s >= 0) {
            sectionSums[s] = sectionSums[s] == null ? amount : sectionSums[s].plus(amount);
        }
        ScheduleItem item = row.item();
        lines.add(new QuoteLine(lines.size() + 1, ref, item.code(), item.section(), item.clause(), item.category(),
                item.spec(), item.printed(), quantity, unit, unitPrice == null ? null : unitPrice.min(),
                unitPrice == null ? null : unitPrice.max(), amount.min(), amount.max(), status, why, null,
                interpretations));
    }

    /** An item decided elsewhere, in the row's own unit. */
    void pending(ScheduleItem item, String ref, BigDecimal quantity, cn.wenshui.compensation.schedule.Mode mode,
                 String reason) {
        pending.add(new PendingItem(ref, item.code(), item.section(), item.clause(), item.category(), item.spec(),
                mode, mode.zh(), quantity, item.unit(), reason));
    }
}
