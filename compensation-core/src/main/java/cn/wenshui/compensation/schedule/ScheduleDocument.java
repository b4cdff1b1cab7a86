package cn.wenshui.compensation.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The data file's shape, read strictly by {@link ScheduleLoader}. {@code validFrom}/{@code validUntil}: the dates the
 * version is in force (absent validFrom: the issue date; absent validUntil: until the next version of the same id
 * begins). {@code fixture}: a version made up for tests, never the regulation (see docs/what-if.md).
 */
public record ScheduleDocument(String id, int version, String title, String documentNumber, String issuer,
                               LocalDate issued, LocalDate validFrom, LocalDate validUntil, boolean fixture,
                               String source, List<Section> sections, List<Unit> units,
                               List<Interpretation> interpretations, List<Note> notes,
                               Map<String, String> hints, List<ScheduleItem> items) {
    public ScheduleDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
        units = units == null ? List.of() : List.copyOf(units);
        interpretations = interpretations == null ? List.of() : List.copyOf(interpretations);
        notes = notes == null ? List.of() : List.copyOf(notes);
        hints = hints == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hints));
        items = items == null ? List.of() : List.copyOf(items);
    }
}
