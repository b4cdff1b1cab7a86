package cn.wenshui.compensation.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's official working-day calendar for the years 国务院办公厅 has published (calendars/cn-public-holidays.yaml):
 * public holidays, 调休 working weekends, and otherwise Saturday and Sunday as rest days. Used for I-33
 * (《民法典》第二百零三条). Immutable.
 */
public final class WorkingDays {
    public static final String DEFAULT_RESOURCE = "/calendars/cn-public-holidays.yaml";

    /** One 放假 period of a notice. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }

    /** One year's notice: its title, 放假 periods and 调休上班 days. */
    public record Year(String notice, List<Holiday> holidays, List<LocalDate> workdays) {
    }

    record Document(Map<Integer, Year> years) {
    }

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final WorkingDays OFFICIAL = load(DEFAULT_RESOURCE);

    private final Set<Integer> years;
    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Set<LocalDate> workdays = new HashSet<>();

    private WorkingDays(Document doc) {
        years = Set.copyOf(doc.years().keySet());
        doc.years().forEach((year, y) -> {
            for (Holiday h : y.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    holidays.put(d, h.name());
                }
            }
            workdays.addAll(y.workdays());
        });
    }

    /** The calendar held in the core module's resources (2023–2026). */
    public static WorkingDays official() {
        return OFFICIAL;
    }

    static WorkingDays load(String resource) {
        try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("calendar resource not found: " + resource);
            }
            return new WorkingDays(YAML.readValue(in, Document.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the official notice for the year of {@code d} is held. */
    public boolean knows(LocalDate d) {
        return years.contains(d.getYear());
    }

    /** The holiday {@code d} falls in, if any. */
    public Optional<String> holiday(LocalDate d) {
        return Optional.ofNullable(holidays.get(d));
    }

    /** A 调休 weekend on which people work. */
    public boolean isAdjustedWorkday(LocalDate d) {
        return workdays.contains(d);
    }

    /** Neither a public holiday nor a weekend (unless a 调休 working weekend). */
    public boolean isWorkingDay(LocalDate d) {
        if (holidays.containsKey(d)) {
            return false;
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || workdays.contains(d);
    }

    /** {@code d} itself if a working day, else the first working day after it. */
    public LocalDate onOrNextWorkingDay(LocalDate d) {
        LocalDate x = d;
        while (!isWorkingDay(x)) {
            x = x.plusDays(1);
        }
        return x;
    }
}
