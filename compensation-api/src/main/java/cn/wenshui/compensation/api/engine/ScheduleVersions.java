package cn.wenshui.compensation.api.engine;

import cn.wenshui.compensation.schedule.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a schedule is in force on a day (interpretation I-53): the version of that id whose validity
 * holds the day — from its {@code validFrom} (else its issue date) to its {@code validUntil}, else to the day before
 * the next version of the same id begins. Never a guess: two versions of one id beginning on the same day, or the
 * same id and version twice, refuse to load.
 */
public final class ScheduleVersions {
    private final List<Schedule> sorted;

    public ScheduleVersions(List<Schedule> schedules) {
        List<String> problems = new ArrayList<>();
        List<Schedule> s = new ArrayList<>(schedules);
        s.sort(Comparator.comparing(Schedule::id).thenComparingInt(Schedule::version));
        for (int i = 1; i < s.size(); i++) {
            Schedule a = s.get(i - 1);
            Schedule b = s.get(i);
            if (!a.id().equals(b.id())) {
                continue;
            }
            if (a.version() == b.version()) {
                problems.add(b.id() + " version " + b.version() + " is loaded twice");
            } else if (!b.validFrom().isAfter(a.validFrom())) {
                problems.add(b.id() + " version " + b.version() + " begins " + b.validFrom()
                        + ", not after version " + a.version() + " (" + a.validFrom() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("schedule versions: " + String.join("; ", problems));
        }
        this.sorted = List.copyOf(s);
    }

    /** Every version, by id then version. */
    public List<Schedule> all() {
        return sorted;
    }

    /** The last day the version is in force (null: open-ended). */
    public LocalDate validUntil(Schedule s) {
        if (s.validUntil() != null) {
            return s.validUntil();
        }
        return next(s).map(n -> n.validFrom().minusDays(1)).orElse(null);
    }

    /** The version of {@code id} in force on {@code day}, if any. */
    public Optional<Schedule> inForce(String id, LocalDate day) {
        for (Schedule s : sorted) {
            if (s.id().equals(id) && !day.isBefore(s.validFrom())) {
                LocalDate until = validUntil(s);
                if (until == null || !day.isAfter(until)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Schedule> next(Schedule s) {
        return sorted.stream().filter(o -> o.id().equals(s.id()) && o.version() > s.version()).findFirst();
    }
}
