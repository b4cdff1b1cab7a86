package cn.wenshui.compensation.api.engine;

import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * The schedules this service knows and the engines over them. Readings come from
 * {@code compensation.readings.<key>=<OPTION>}; a bad key or option stops the service at start.
 */
@ApplicationScoped
public class EngineRegistry {
    private static final String READINGS_PREFIX = "compensation.readings.";

    private final List<Schedule> schedules;
    private final Readings readings;
    private final QuoteEngine current;
    private final Map<String, QuoteEngine> engines = new ConcurrentHashMap<>();

    public EngineRegistry(Config config) {
        this.schedules = List.of(DefaultSchedule.get());
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(READINGS_PREFIX)) {
                chosen.put(name.substring(READINGS_PREFIX.length()), config.getValue(name, String.class));
            }
        }
        this.readings = Readings.of(chosen);
        this.current = new QuoteEngine(latest(), readings);
    }

    public List<Schedule> schedules() {
        return schedules;
    }

    /** The newest version of the default schedule. */
    public Schedule latest() {
        return schedules.get(schedules.size() - 1);
    }

    public Optional<Schedule> schedule(String id) {
        return schedules.stream().filter(s -> s.id().equals(id)).reduce((a, b) -> b);
    }

    public Optional<Schedule> schedule(String id, int version) {
        return schedules.stream().filter(s -> s.id().equals(id) && s.version() == version).findFirst();
    }

    /** The engine for new quotes: the latest schedule under the configured readings. */
    public QuoteEngine current() {
        return current;
    }

    public Readings readings() {
        return readings;
    }

    /** An engine for a stored entry: its schedule version and its readings (for re-computation). */
    public Optional<QuoteEngine> engine(String scheduleId, int version, Map<String, String> readingsUsed) {
        return schedule(scheduleId, version).map(s -> engines.computeIfAbsent(
                s.id() + "/" + s.version() + "/" + new java.util.TreeMap<>(readingsUsed),
                k -> new QuoteEngine(s, Readings.of(readingsUsed))));
    }
}
