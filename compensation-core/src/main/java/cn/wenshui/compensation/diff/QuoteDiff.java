package cn.wenshui.compensation.diff;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The difference between two quotes ({@code before} → {@code after}), line by line: money lines (structures, trees,
 * subsidies), area swaps, pending items, the incentive, every section's subtotal and the total.
 *
 * <p>Lines are matched by their inventory reference and row code, and the how-manieth line with that pair
 * (interpretation I-50): the same {@code ref} with another row is a removed line and an added one. The engine numbers
 * lines without a {@code ref} by their position, so for such inventories a line removed in the middle shifts the
 * numbers of the lines after it; give refs (the form and the workbook do) to compare line for line.
 *
 * <p>Amounts are compared exactly ({@code compareTo}, so 700 and 700.00 are equal); differences are end by end
 * ({@link Delta}, I-51).
 */
public record QuoteDiff(Money totalBefore, Money totalAfter, Delta totalDifference, List<SubtotalDiff> subtotals,
                        List<LineDiff> lines, List<AreaSwapDiff> areaSwaps, List<PendingDiff> pending,
                        IncentiveDiff incentive, Counts counts) {

    public QuoteDiff {
        subtotals = List.copyOf(subtotals);
        lines = List.copyOf(lines);
        areaSwaps = List.copyOf(areaSwaps);
        pending = List.copyOf(pending);
    }

    /** How many money lines were added, removed, changed and left as they were. */
    public record Counts(int added, int removed, int changed, int unchanged) {
    }

    /** One money line before and after (either null when added or removed), the fields that differ, the amount moved. */
    public record LineDiff(Change change, String ref, String code, String section, String category, String spec,
                           QuoteLine before, QuoteLine after, List<String> changedFields, Delta amountDifference) {
    }

    /** One section's subtotal before and after (zero where the section has no lines). */
    public record SubtotalDiff(String section, String title, Money before, Money after, Delta difference) {
    }

    public record AreaSwapDiff(Change change, String code, AreaSwap before, AreaSwap after,
                               List<String> changedFields) {
    }

    public record PendingDiff(Change change, String ref, String code, PendingItem before, PendingItem after,
                              List<String> changedFields) {
    }

    /** The 三(三) incentive before and after; {@code amountDifference} only when both amounts are decided. */
    public record IncentiveDiff(Change change, Incentive before, Incentive after, List<String> changedFields,
                                BigDecimal amountDifference) {
    }

    /** True when nothing differs at all. */
    public boolean isEmpty() {
        return counts.added() + counts.removed() + counts.changed() == 0
                && areaSwaps.stream().allMatch(s -> s.change() == Change.UNCHANGED)
                && pending.stream().allMatch(p -> p.change() == Change.UNCHANGED)
                && incentive.change() == Change.UNCHANGED && totalDifference.isZero();
    }

    /** The lines that were added, removed or changed (what a page lists first). */
    public List<LineDiff> changedLines() {
        return lines.stream().filter(l -> l.change() != Change.UNCHANGED).toList();
    }

    public static QuoteDiff between(Quote before, Quote after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<LineDiff> lines = new ArrayList<>();
        int[] counts = new int[Change.values().length];
        for (Pair<QuoteLine> p : match(before.lines(), after.lines(), l -> l.ref() + "\u0000" + l.code())) {
            LineDiff d = line(p.before, p.after);
            counts[d.change().ordinal()]++;
            lines.add(d);
        }
        List<AreaSwapDiff> swaps = new ArrayList<>();
        for (Pair<AreaSwap> p : match(before.areaSwaps(), after.areaSwaps(), AreaSwap::code)) {
            List<String> f = new ArrayList<>();
            if (p.before != null && p.after != null) {
                num(f, "basisAreaM2", p.before.basisAreaM2(), p.after.basisAreaM2());
                num(f, "ratio", p.before.ratio(), p.after.ratio());
                num(f, "swapAreaM2", p.before.swapAreaM2(), p.after.swapAreaM2());
                same(f, "explanation", p.before.explanation(), p.after.explanation());
            }
            AreaSwap any = p.after != null ? p.after : p.before;
            swaps.add(new AreaSwapDiff(change(p, f), any.code(), p.before, p.after, f));
        }
        List<PendingDiff> pending = new ArrayList<>();
        for (Pair<PendingItem> p : match(before.pending(), after.pending(), i -> i.ref() + "\u0000" + i.code())) {
            List<String> f = new ArrayList<>();
            if (p.before != null && p.after != null) {
                num(f, "quantity", p.before.quantity(), p.after.quantity());
                same(f, "mode", p.before.mode(), p.after.mode());
                same(f, "reason", p.before.reason(), p.after.reason());
            }
            PendingItem any = p.after != null ? p.after : p.before;
            pending.add(new PendingDiff(change(p, f), any.ref(), any.code(), p.before, p.after, f));
        }
        Money tb = Money.between(before.totalMin(), before.totalMax());
        Money ta = Money.between(after.totalMin(), after.totalMax());
        return new QuoteDiff(tb, ta, Delta.between(tb, ta), subtotals(before, after), lines, swaps, pending,
                incentive(before.incentive(), after.incentive()),
                new Counts(counts[Change.ADDED.ordinal()], counts[Change.REMOVED.ordinal()],
                        counts[Change.CHANGED.ordinal()], counts[Change.UNCHANGED.ordinal()]));
    }

    private static LineDiff line(QuoteLine b, QuoteLine a) {
        List<String> f = new ArrayList<>();
        if (b != null && a != null) {
            num(f, "quantity", b.quantity(), a.quantity());
            same(f, "unit", b.unit(), a.unit());
            num(f, "unitPriceMin", b.unitPriceMin(), a.unitPriceMin());
            num(f, "unitPriceMax", b.unitPriceMax(), a.unitPriceMax());
            num(f, "amountMin", b.amountMin(), a.amountMin());
            num(f, "amountMax", b.amountMax(), a.amountMax());
            same(f, "status", b.status(), a.status());
            same(f, "interpretations", b.interpretations(), a.interpretations());
            same(f, "explanation", b.explanation(), a.explanation());
        }
        QuoteLine any = a != null ? a : b;
        Change c = b == null ? Change.ADDED : a == null ? Change.REMOVED
                : f.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
        return new LineDiff(c, any.ref(), any.code(), any.section(), any.category(), any.spec(), b, a, f,
                Delta.between(amount(b), amount(a)));
    }

    private static Money amount(QuoteLine l) {
        return l == null ? null : Money.between(l.amountMin(), l.amountMax());
    }

    private static List<SubtotalDiff> subtotals(Quote before, Quote after) {
        Map<String, Subtotal> b = new LinkedHashMap<>();
        before.subtotals().forEach(s -> b.put(s.section(), s));
        Map<String, Subtotal> a = new LinkedHashMap<>();
        after.subtotals().forEach(s -> a.put(s.section(), s));
        LinkedHashSet<String> sections = new LinkedHashSet<>(b.keySet());
        sections.addAll(a.keySet());
        List<SubtotalDiff> out = new ArrayList<>();
        for (String section : sections) {
            Subtotal sb = b.get(section);
            Subtotal sa = a.get(section);
            Money mb = sb == null ? Money.ZERO : Money.between(sb.amountMin(), sb.amountMax());
            Money ma = sa == null ? Money.ZERO : Money.between(sa.amountMin(), sa.amountMax());
            out.add(new SubtotalDiff(section, (sa != null ? sa : sb).title(), mb, ma, Delta.between(mb, ma)));
        }
        return out;
    }

    private static IncentiveDiff incentive(Incentive b, Incentive a) {
        List<String> f = new ArrayList<>();
        if (b != null && a != null) {
            same(f, "status", b.status(), a.status());
            same(f, "startDate", b.startDate(), a.startDate());
            same(f, "fullDeadline", b.fullDeadline(), a.fullDeadline());
            same(f, "reducedDeadline", b.reducedDeadline(), a.reducedDeadline());
            same(f, "movedOut", b.movedOut(), a.movedOut());
            num(f, "amount", b.amount(), a.amount());
            same(f, "explanation", b.explanation(), a.explanation());
        }
        Change c = b == null && a == null ? Change.UNCHANGED : b == null ? Change.ADDED : a == null ? Change.REMOVED
                : f.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
        BigDecimal moved = b != null && a != null && b.amount() != null && a.amount() != null
                ? a.amount().subtract(b.amount()) : null;
        return new IncentiveDiff(c, b, a, f, moved);
    }

    private static <T> Change change(Pair<T> p, List<String> fields) {
        return p.before == null ? Change.ADDED : p.after == null ? Change.REMOVED
                : fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
    }

    private static void num(List<String> out, String name, BigDecimal b, BigDecimal a) {
        if (b == null ? a != null : a == null || b.compareTo(a) != 0) {
            out.add(name);
        }
    }

    private static void same(List<String> out, String name, Object b, Object a) {
        if (!Objects.equals(b, a)) {
            out.add(name);
        }
    }

    private record Pair<T>(T before, T after) {
    }

    /**
     * Pairs items with the same key and the same occurrence of it (the second line 「3」/code X with the second),
     * in the order of {@code after}, with removed items placed after the kept item that preceded them in
     * {@code before}.
     */
    private static <T> List<Pair<T>> match(List<T> before, List<T> after, Function<T, String> key) {
        Map<String, T> b = keyed(before, key);
        Map<String, T> a = keyed(after, key);
        List<Pair<T>> out = new ArrayList<>();
        // removed items, each attached to the key of the before-item preceding it (null: at the start)
        Map<String, List<T>> removedAfter = new LinkedHashMap<>();
        String previous = null;
        for (Map.Entry<String, T> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                removedAfter.computeIfAbsent(previous, k -> new ArrayList<>()).add(e.getValue());
            } else {
                previous = e.getKey();
            }
        }
        removedAfter.getOrDefault(null, List.of()).forEach(t -> out.add(new Pair<>(t, null)));
        for (Map.Entry<String, T> e : a.entrySet()) {
            out.add(new Pair<>(b.get(e.getKey()), e.getValue()));
            removedAfter.getOrDefault(e.getKey(), List.of()).forEach(t -> out.add(new Pair<>(t, null)));
        }
        return out;
    }

    private static <T> Map<String, T> keyed(List<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (T t : items) {
            String k = key.apply(t);
            int n = seen.merge(k, 1, Integer::sum);
            out.put(k + "\u0000#" + n, t);
        }
        return out;
    }
}
