package cn.wenshui.compensation.schedule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a schedule's rows by what staff type: a row's printed name, an everyday word kept in {@link Synonyms}, or any
 * printed text. The best match comes first, so that a name typed in full wins: 「桃树」 finds 「杏树、桃树」 before
 * 「核桃树」. Full-width characters and spaces do not matter.
 */
public final class ScheduleSearch {
    /** How well a row matches; lower is better. */
    enum Rank { EXACT_NAME, EXACT_WORD, NAME_PREFIX, NAME_PART, WORD_PART, PRINTED_TEXT }

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Printed names list several things in one cell: 杏树、桃树; 苹果树、梨树及其他; 室内隔断 / 夹墙. */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、,;/]|及|或");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

    private record Indexed(ScheduleItem item, int order, Set<String> names, List<String> words, String text) {
    }

    private final List<Indexed> rows = new ArrayList<>();

    public ScheduleSearch(Schedule schedule, Synonyms synonyms) {
        int order = 0;
        for (ScheduleItem i : schedule.items()) {
            Set<String> names = new LinkedHashSet<>();
            names(names, i.category());
            names(names, i.spec());
            if (i.spec() != null && !i.spec().isBlank()) {
                names.add(normalise(i.category() + i.spec()));
            }
            names.remove("");
            String text = normalise(i.code()) + normalise(i.category()) + normalise(i.spec())
                    + normalise(i.printed()) + normalise(i.remarks());
            rows.add(new Indexed(i, order++, names, synonyms.of(i.code()), text));
        }
    }

    /** The rows matching {@code query}, best first (then in schedule order); all rows for a blank query. */
    public List<ScheduleItem> find(String query) {
        String q = normalise(query);
        record Hit(Indexed row, Rank rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Indexed r : rows) {
            Rank rank = q.isEmpty() ? Rank.PRINTED_TEXT : rank(r, q);
            if (rank != null) {
                hits.add(new Hit(r, rank));
            }
        }
        hits.sort(Comparator.comparing(Hit::rank).thenComparingInt(h -> h.row().order()));
        return hits.stream().map(h -> h.row().item()).toList();
    }

    private static Rank rank(Indexed r, String q) {
        if (r.names().contains(q)) {
            return Rank.EXACT_NAME;
        }
        if (r.words().contains(q)) {
            return Rank.EXACT_WORD;
        }
        if (r.names().stream().anyMatch(n -> n.startsWith(q))) {
            return Rank.NAME_PREFIX;
        }
        if (r.names().stream().anyMatch(n -> n.contains(q))) {
            return Rank.NAME_PART;
        }
        if (r.words().stream().anyMatch(w -> w.contains(q))) {
            return Rank.WORD_PART;
        }
        return r.text().contains(q) ? Rank.PRINTED_TEXT : null;
    }

    /** A printed name, its listed parts and each without its bracketed note: 厕所(室外) → 厕所(室外), 厕所. */
    private static void names(Set<String> out, String printed) {
        if (printed == null || printed.isBlank()) {
            return;
        }
        String whole = normalise(printed);
        out.add(whole);
        out.add(PARENTHESES.matcher(whole).replaceAll(""));
        for (String part : NAME_SEPARATORS.split(whole)) {
            out.add(part);
            out.add(PARENTHESES.matcher(part).replaceAll(""));
        }
    }

    /** Full-width to half-width (NFKC), no whitespace, lower case: how queries, names and words are compared. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
