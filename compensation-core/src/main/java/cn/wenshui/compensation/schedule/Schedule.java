package cn.wenshui.compensation.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the schedule: the regulation's numbers as loaded and validated from its data file. */
public final class Schedule {
    private final ScheduleDocument document;
    private final Map<String, ScheduleItem> byCode = new LinkedHashMap<>();
    /** The engine looks entries up for every line it prices; a scan of the list was ~15 % of a quote's CPU. */
    private final Map<String, Interpretation> interpretationsById = new LinkedHashMap<>();
    private final Map<String, Unit> unitsByName = new LinkedHashMap<>();
    private final Map<String, List<Note>> notesByRow = new LinkedHashMap<>();
    /** The hints with their row references replaced, and what was wrong with them (the loader reports it). */
    private final Map<String, String> hints;
    private final List<String> hintProblems = new java.util.ArrayList<>();

    Schedule(ScheduleDocument document) {
        this.document = document;
        for (ScheduleItem i : document.items()) {
            byCode.put(i.code(), i);
        }
        for (Note n : document.notes()) {
            for (String code : n.rows()) {
                notesByRow.computeIfAbsent(code, c -> new java.util.ArrayList<>()).add(n);
            }
        }
        notesByRow.replaceAll((code, notes) -> List.copyOf(notes));
        for (Unit u : document.units()) {
            unitsByName.putIfAbsent(u.unit(), u);
        }
        if (document.interpretations() != null) {
            for (Interpretation i : document.interpretations()) {
                interpretationsById.putIfAbsent(i.id(), i);
            }
        }
        hints = java.util.Collections.unmodifiableMap(Hints.expand(document.hints(), this, hintProblems));
    }

    public String id() {
        return document.id();
    }

    public int version() {
        return document.version();
    }

    public String title() {
        return document.title();
    }

    public String documentNumber() {
        return document.documentNumber();
    }

    public String issuer() {
        return document.issuer();
    }

    public LocalDate issued() {
        return document.issued();
    }

    /** The first day this version is in force: the file's validFrom, else its issue date. */
    public LocalDate validFrom() {
        return document.validFrom() != null ? document.validFrom() : document.issued();
    }

    /** The last day this version is in force as its file states it (null: until the next version begins). */
    public LocalDate validUntil() {
        return document.validUntil();
    }

    /** True for a version made up for tests (never the regulation). */
    public boolean fixture() {
        return document.fixture();
    }

    public String source() {
        return document.source();
    }

    public List<Interpretation> interpretations() {
        return document.interpretations();
    }

    /** The regulation's sections in printed order (一(一) … 四), as the data file declares them. */
    public List<Section> sections() {
        return document.sections();
    }

    /** The sections whose rows take an appraised price beyond the printed range (I-23: 一(一) 注1). */
    public List<String> appraisalOverrideSections() {
        return sections().stream().filter(Section::appraisalOverrides).map(Section::id).toList();
    }

    /** The section ids in printed order. */
    public List<String> sectionIds() {
        return document.sections().stream().map(Section::id).toList();
    }

    /** The rows the engine computes from the household facts (their {@code computedFrom}), in the file's order. */
    public List<ScheduleItem> computedRows() {
        return items().stream().filter(ScheduleItem::computed).toList();
    }

    /** The rows computed from one household fact, in the file's order. */
    public List<ScheduleItem> computedFrom(ComputedFrom from) {
        return items().stream().filter(i -> i.computedFrom() == from).toList();
    }

    /** The incentive's row: the one computed from the dates (the loader allows one at most). */
    public Optional<ScheduleItem> incentive() {
        return computedFrom(ComputedFrom.DATES).stream().findFirst();
    }

    /**
     * The incentive's rewards in printed order (within 30 days …), from its tiers that pay something: each tier's
     * upper day bound and amount. The loader requires that every such tier has both.
     */
    public List<Reward> incentiveRewards() {
        return incentive().map(Schedule::rewards).orElse(List.of());
    }

    static List<Reward> rewards(ScheduleItem incentive) {
        if (!(incentive.price() instanceof Price.Tiered t)) {
            return List.of();
        }
        return t.tiers().stream().filter(x -> x.amount() != null && x.amount().signum() > 0)
                .map(x -> new Reward(x.upper(), x.amount(), x.printed())).toList();
    }

    /** The incentive's rewards in one phrase, each as {@link Reward#words} writes it, joined by 、. */
    public String incentiveWords() {
        return incentiveRewards().stream().map(Reward::words).collect(java.util.stream.Collectors.joining("、"));
    }

    /**
     * What a form or workbook says beside an input, keyed by the household inventory's field path
     * ({@code dates.movedOut}, {@code livestockPremises[].areaM2}, {@code items[].surchargePercent}); the numbers in
     * them are read from the rows (see the {@code hints:} block of the data file).
     */
    public Map<String, String> hints() {
        return hints;
    }

    public Optional<String> hint(String field) {
        return Optional.ofNullable(field == null ? null : hints.get(field));
    }

    /** A section's title by its id ({@code 三(三)} → its heading's subject); empty for an unknown id. */
    public Optional<String> sectionTitle(String id) {
        return sections().stream().filter(s -> s.id().equals(id)).map(Section::title).findFirst();
    }

    List<String> hintProblems() {
        return hintProblems;
    }

    /** The units rows are priced by, as declared in the data file. */
    public List<Unit> units() {
        return document.units();
    }

    /** A declared unit; every row's unit is one (the loader checks it). */
    public Optional<Unit> unit(String unit) {
        return Optional.ofNullable(unit == null ? null : unitsByName.get(unit));
    }

    /** The printed remarks and notes that go on quote lines (see {@link Note}). */
    public List<Note> notes() {
        return document.notes();
    }

    /** The notes that stand beside a row, in the data file's order. */
    public List<Note> notesFor(String code) {
        return notesByRow.getOrDefault(code, List.of());
    }

    public List<ScheduleItem> items() {
        return document.items();
    }

    public Optional<ScheduleItem> item(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Optional<Interpretation> interpretation(String id) {
        return Optional.ofNullable(id == null ? null : interpretationsById.get(id));
    }

    /** Finds a row by the regulation's own words; whitespace is ignored, as printed spacing is not meaningful. */
    public Optional<ScheduleItem> findByText(String category, String spec) {
        String c = squash(category);
        String s = squash(spec);
        return items().stream()
                .filter(i -> squash(i.category()).equals(c) && squash(i.spec()).equals(s))
                .findFirst();
    }

    public static String squash(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    @Override
    public String toString() {
        return id() + " v" + version();
    }
}
