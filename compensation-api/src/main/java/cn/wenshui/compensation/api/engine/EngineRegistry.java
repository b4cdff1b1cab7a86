package cn.wenshui.compensation.api.engine;

import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * The schedules this service knows and the engines over them. Readings come from
 * {@code compensation.readings.<key>=<OPTION>}; a bad key or option stops the service at start.
 *
 * <p>Versions: the schedule on the classpath (文政发〔2023〕6号 v1) and every file a deployment names in
 * {@code compensation.schedules.extra} (comma-separated; {@code classpath:/…} or a file path), loaded and checked as
 * data, no code per version. New quotes use the version of the default schedule in force today (Asia/Shanghai), or the
 * one {@code compensation.schedules.in-force=<id>/<version>} names (I-53); a file that does not load, two versions
 * beginning the same day, or no version in force stops the service at start.
 */
@ApplicationScoped
public class EngineRegistry {
    private static final String READINGS_PREFIX = "compensation.readings.";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ScheduleVersions versions;
    private final String defaultId;
    private final Schedule pinned;
    private final Readings readings;
    private final Map<String, QuoteEngine> engines = new ConcurrentHashMap<>();
    private final Map<Schedule, QuoteEngine> configured = new ConcurrentHashMap<>();

    public EngineRegistry(Config config) {
        Schedule base = DefaultSchedule.get();
        List<Schedule> all = new ArrayList<>();
        all.add(base);
        for (String file : config.getOptionalValues("compensation.schedules.extra", String.class).orElse(List.of())) {
            if (!file.isBlank()) {
                all.add(load(file.trim()));
            }
        }
        this.versions = new ScheduleVersions(all);
        this.defaultId = base.id();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(READINGS_PREFIX)) {
                chosen.put(name.substring(READINGS_PREFIX.length()), config.getValue(name, String.class));
            }
        }
        this.readings = Readings.of(chosen);
        Optional<String> pin = config.getOptionalValue("compensation.schedules.in-force", String.class)
                .filter(p -> !p.isBlank());
        if (pin.isPresent()) {
            String[] parts = pin.get().trim().split("/");
            this.pinned = parts.length == 2 && parts[1].matches("\\d{1,6}")
                    ? schedule(parts[0], Integer.parseInt(parts[1])).orElse(null) : null;
            if (pinned == null) {
                throw new IllegalStateException("compensation.schedules.in-force=" + pin.get()
                        + ": no such schedule version is loaded (write <id>/<version>)");
            }
        } else {
            this.pinned = null;
            if (versions.inForce(defaultId, today()).isEmpty()) {
                throw new IllegalStateException("no version of " + defaultId + " is in force on " + today());
            }
        }
    }

    private static Schedule load(String file) {
        if (file.startsWith("classpath:")) {
            return ScheduleLoader.loadResource(file.substring("classpath:".length()));
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return ScheduleLoader.load(in, file);
        } catch (IOException e) {
            throw new IllegalStateException("compensation.schedules.extra: cannot read " + file, e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Every loaded version, by id then version. */
    public List<Schedule> schedules() {
        return versions.all();
    }

    /** The validity of each version (I-53). */
    public ScheduleVersions versions() {
        return versions;
    }

    /** The version new quotes use now: the pinned one, else the default schedule's version in force today. */
    public Schedule latest() {
        return pinned != null ? pinned : versions.inForce(defaultId, today()).orElseThrow(
                () -> new IllegalStateException("no version of " + defaultId + " is in force on " + today()));
    }

    /** True when a deployment pinned the version new quotes use ({@code compensation.schedules.in-force}). */
    public boolean pinned() {
        return pinned != null;
    }

    /** The version of {@code id} new quotes would use: the in-force one (the pinned one for its id). */
    public Optional<Schedule> schedule(String id) {
        if (pinned != null && pinned.id().equals(id)) {
            return Optional.of(pinned);
        }
        Optional<Schedule> now = versions.inForce(id, today());
        return now.isPresent() ? now
                : versions.all().stream().filter(s -> s.id().equals(id)).reduce((a, b) -> b);
    }

    public Optional<Schedule> schedule(String id, int version) {
        return versions.all().stream().filter(s -> s.id().equals(id) && s.version() == version).findFirst();
    }

    /** The engine for new quotes: the version in force (or pinned) under the configured readings. */
    public QuoteEngine current() {
        return configured.computeIfAbsent(latest(), s -> new QuoteEngine(s, readings));
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
