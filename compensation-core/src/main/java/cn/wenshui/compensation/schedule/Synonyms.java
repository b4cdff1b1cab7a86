package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday words staff type to find a schedule's rows (院墙 for 围墙, 猪圈 for (简易)猪、羊圈), kept as data beside the
 * schedule in {@code /schedules/<schedule id>.synonyms.yaml}. They only help searching; no price or rule comes from
 * them. A file naming a row the schedule does not have is refused, every problem at once.
 */
public final class Synonyms {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** The file's form: {@code schedule: <id>} and entries of words with the codes they find. */
    record Document(@JsonProperty(required = true) String schedule, @JsonProperty(required = true) List<Entry> entries) {
    }

    record Entry(@JsonProperty(required = true) List<String> words, @JsonProperty(required = true) List<String> codes) {
    }

    private static final Synonyms NONE = new Synonyms(Map.of());

    /** Row code → its words (normalised), in file order. */
    private final Map<String, List<String>> wordsByCode;

    private Synonyms(Map<String, List<String>> wordsByCode) {
        this.wordsByCode = wordsByCode;
    }

    public static Synonyms none() {
        return NONE;
    }

    /** The resource of a schedule's words. */
    public static String resource(String scheduleId) {
        return "/schedules/" + scheduleId + ".synonyms.yaml";
    }

    /** The words kept beside the schedule on the classpath; none when it has no such file. */
    public static Synonyms forSchedule(Schedule schedule) {
        String resource = resource(schedule.id());
        try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
            return in == null ? NONE : load(in, resource, schedule);
        } catch (IOException e) {
            throw new ScheduleException(resource, List.of(String.valueOf(e.getMessage())));
        }
    }

    public static Synonyms load(InputStream in, String source, Schedule schedule) {
        Document doc;
        try {
            doc = YAML.readValue(in, Document.class);
        } catch (IOException e) {
            throw new ScheduleException(source, List.of(String.valueOf(e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        if (doc == null || doc.entries() == null) {
            throw new ScheduleException(source, List.of("no entries"));
        }
        if (!schedule.id().equals(doc.schedule())) {
            problems.add("schedule: " + doc.schedule() + " is not " + schedule.id());
        }
        Map<String, Set<String>> byCode = new LinkedHashMap<>();
        for (int i = 0; i < doc.entries().size(); i++) {
            Entry e = doc.entries().get(i);
            String at = "entries[" + i + "]";
            if (e == null || e.words() == null || e.words().isEmpty() || e.codes() == null || e.codes().isEmpty()) {
                problems.add(at + ": needs words and codes");
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String w : e.words()) {
                String n = ScheduleSearch.normalise(w);
                if (n.isEmpty()) {
                    problems.add(at + ": a blank word");
                } else if (!words.add(n)) {
                    problems.add(at + ": word " + w + " twice");
                }
            }
            Set<String> codes = new HashSet<>();
            for (String c : e.codes()) {
                if (c == null || schedule.item(c).isEmpty()) {
                    problems.add(at + ": no row with code " + c + " in " + schedule);
                } else if (!codes.add(c)) {
                    problems.add(at + ": code " + c + " twice");
                } else {
                    byCode.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(words);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScheduleException(source, problems);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        byCode.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new Synonyms(Collections.unmodifiableMap(out));
    }

    /** The words of a row (normalised: no spaces, NFKC, lower case); empty when it has none. */
    public List<String> of(String code) {
        return wordsByCode.getOrDefault(code, List.of());
    }

    /** Every row code that has words. */
    public Set<String> codes() {
        return wordsByCode.keySet();
    }
}
