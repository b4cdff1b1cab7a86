package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a schedule data file strictly and validates it: unknown fields, duplicated codes, missing prices, unknown
 * interpretation ids and tier-table findings no interpretation covers all fail loudly, all at once.
 */
public final class ScheduleLoader {
    /** The schedule this project implements, on the classpath. */
    public static final String DEFAULT_RESOURCE = "/schedules/wenzhengfa-2023-6.v1.yaml";
    private static final Pattern CODE = Pattern.compile("[0-9]-?[0-9]?\\.[a-z0-9.-]+");
    private static final Set<String> LINT_KINDS = Set.of("gap", "point", "overlap", "cliff", "blank");

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // absent booleans (lowerIncluded, blank …) read as false; version is checked below
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ScheduleLoader() {
    }

    /** The schedule of 文政发〔2023〕6号, version 1. */
    public static Schedule loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    public static Schedule loadResource(String resource) {
        try (InputStream in = ScheduleLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScheduleException(resource, List.of("resource not found"));
            }
            return load(in, resource);
        } catch (IOException e) {
            throw new ScheduleException(resource, List.of(e.getMessage()));
        }
    }

    public static Schedule load(InputStream in, String source) {
        ScheduleDocument doc;
        try {
            doc = YAML.readValue(in, ScheduleDocument.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ScheduleException(source, List.of(e.getOriginalMessage() + " at " + location(e)));
        } catch (IOException e) {
            throw new ScheduleException(source, List.of(String.valueOf(e.getMessage())));
        }
        List<String> problems = validate(doc);
        if (!problems.isEmpty()) {
            throw new ScheduleException(source, problems);
        }
        Schedule schedule = new Schedule(doc);
        problems.addAll(schedule.hintProblems());
        for (LintFinding f : ScheduleLint.uncovered(schedule)) {
            problems.add(f.code() + ": " + f.kind() + " " + f.where() + " " + f.message()
                    + " (no interpretation entry covers it)");
        }
        if (!problems.isEmpty()) {
            throw new ScheduleException(source, problems);
        }
        return schedule;
    }

    private static String location(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                ? "line " + p.getLocation().getLineNr() : "?";
    }

    private static List<String> validate(ScheduleDocument doc) {
        List<String> p = new ArrayList<>();
        require(p, doc.id(), "id");
        require(p, doc.title(), "title");
        require(p, doc.documentNumber(), "documentNumber");
        if (doc.version() < 1) {
            p.add("version: must be 1 or more");
        }
        if (doc.issued() == null) {
            p.add("issued: missing");
        }
        LocalDate from = doc.validFrom() != null ? doc.validFrom() : doc.issued();
        if (from != null && doc.validUntil() != null && doc.validUntil().isBefore(from)) {
            p.add("validUntil: before validFrom " + from);
        }
        Set<String> sections = new HashSet<>();
        for (Section sec : doc.sections()) {
            if (sec.id() == null || sec.id().isBlank() || sec.title() == null || sec.title().isBlank()) {
                p.add("section: needs id and title");
            } else if (!sections.add(sec.id())) {
                p.add("section " + sec.id() + ": duplicated");
            }
        }
        if (sections.isEmpty()) {
            p.add("sections: missing");
        }
        Set<String> units = new HashSet<>();
        for (Unit u : doc.units()) {
            if (u.unit() == null || u.unit().isBlank() || u.name() == null || u.name().isBlank()) {
                p.add("unit: needs unit and name");
            } else if (!units.add(u.unit())) {
                p.add("unit " + u.unit() + ": duplicated");
            }
            if (u.oncePerHousehold() && !u.counted()) {
                p.add("unit " + u.unit() + ": only a counted unit can be once per household");
            }
        }
        Set<String> interpretationIds = new HashSet<>();
        for (Interpretation i : doc.interpretations()) {
            if (!interpretationIds.add(i.id())) {
                p.add("interpretation " + i.id() + ": duplicated id");
            }
            require(p, i.title(), "interpretation " + i.id() + ": title");
            if (i.options() == null || i.options().isEmpty()) {
                p.add("interpretation " + i.id() + ": no options");
            }
            for (String k : i.lintCovers() == null ? List.<String>of() : i.lintCovers()) {
                if (!LINT_KINDS.contains(k)) {
                    p.add("interpretation " + i.id() + ": unknown lint kind " + k);
                }
            }
        }
        Set<String> codes = new HashSet<>();
        for (ScheduleItem item : doc.items()) {
            String at = "item " + item.code();
            if (item.code() == null || !CODE.matcher(item.code()).matches()) {
                p.add(at + ": code must be lower-case like 1-1.annex.brick-wood");
            } else if (!codes.add(item.code())) {
                p.add(at + ": duplicated code");
            }
            if (!sections.contains(item.section())) {
                p.add(at + ": unknown section " + item.section());
            }
            require(p, item.category(), at + ": category");
            require(p, item.unit(), at + ": unit");
            if (item.unit() != null && !units.contains(item.unit())) {
                p.add(at + ": unit " + item.unit() + " is not declared under units");
            }
            if (item.mode() == null) {
                p.add(at + ": mode missing");
                continue;
            }
            for (String id : item.interpretations()) {
                if (!interpretationIds.contains(id)) {
                    p.add(at + ": unknown interpretation " + id);
                }
            }
            validatePrice(p, at, item);
            validateComputed(p, at, item);
        }
        List<ScheduleItem> incentive = doc.items().stream()
                .filter(i -> i.computedFrom() == ComputedFrom.DATES).toList();
        if (incentive.size() > 1) {
            p.add("computedFrom dates: one row at most (the incentive) is computed from the dates, found "
                    + incentive.size());
        }
        for (Note n : doc.notes()) {
            String at = "note " + n.id();
            require(p, n.id(), at + ": id");
            require(p, n.clause(), at + ": clause");
            require(p, n.printed(), at + ": printed");
            if (n.rows().isEmpty()) {
                p.add(at + ": names no rows");
            }
            for (String code : n.rows()) {
                if (!codes.contains(code)) {
                    p.add(at + ": unknown row " + code);
                }
            }
            if (n.pending() != null && (!n.pending().isPending() || n.pendingWhat() == null
                    || n.pendingWhat().isBlank())) {
                p.add(at + ": pending needs a mode decided elsewhere and pendingWhat");
            }
        }
        for (ScheduleItem item : doc.items()) {
            if (item.sharesPriceOf() != null) {
                var target = doc.items().stream().filter(i -> i.code().equals(item.sharesPriceOf())).findFirst();
                if (target.isEmpty() || target.get().price() == null) {
                    p.add("item " + item.code() + ": sharesPriceOf names no priced row");
                }
            }
        }
        return p;
    }

    /**
     * A computed row: an area swap is computed from mainHouse and only an area swap is; the others are money rows
     * tiered by what they are computed from (area, or days for the incentive, whose paying tiers each need an upper
     * day bound and an amount, since the texts that state the incentive read them).
     */
    private static void validateComputed(List<String> p, String at, ScheduleItem item) {
        ComputedFrom from = item.computedFrom();
        if (item.mode() == Mode.AREA_SWAP || from == ComputedFrom.MAIN_HOUSE) {
            if (item.mode() != Mode.AREA_SWAP || from != ComputedFrom.MAIN_HOUSE) {
                p.add(at + ": an area-swap row, and only an area-swap row, is computed from mainHouse");
            }
            return;
        }
        if (from == null) {
            return;
        }
        Measure expected = from == ComputedFrom.DATES ? Measure.DAYS : Measure.AREA_M2;
        if (item.mode() != Mode.MONEY || !(item.price() instanceof Price.Tiered t) || t.measure() != expected) {
            p.add(at + ": a row computed from " + from.field() + " needs a money price in tiers by "
                    + expected.key());
            return;
        }
        if (from == ComputedFrom.DATES) {
            for (Tier tier : t.tiers()) {
                if (tier.amount() == null || (tier.amount().signum() > 0 && tier.upper() == null)) {
                    p.add(at + " tier 「" + tier.printed() + "」: an incentive tier needs an amount, and a paying "
                            + "tier an upper day bound");
                }
            }
        }
    }

    private static void validatePrice(List<String> p, String at, ScheduleItem item) {
        Price price = item.price();
        switch (item.mode()) {
            case MONEY -> {
                if (price == null && item.sharesPriceOf() == null) {
                    p.add(at + ": a money row needs a price or sharesPriceOf");
                }
                if (price instanceof Price.Swap) {
                    p.add(at + ": a swap ratio belongs to an area-swap row");
                }
            }
            case AREA_SWAP -> {
                if (!(price instanceof Price.Swap s) || !positive(s.ratio())) {
                    p.add(at + ": an area-swap row needs a positive swap ratio");
                }
            }
            default -> {
                if (price != null) {
                    p.add(at + ": a " + item.mode() + " row carries no price");
                }
            }
        }
        if (price instanceof Price.Fixed f && (f.amount() == null || f.amount().signum() < 0)) {
            p.add(at + ": fixed amount missing or negative");
        } else if (price instanceof Price.Range r) {
            if (!positive(r.min()) || !positive(r.max()) || r.min().compareTo(r.max()) > 0) {
                p.add(at + ": range needs 0 < min ≤ max");
            }
        } else if (price instanceof Price.Tiered t) {
            if (t.measure() == null || t.tiers() == null || t.tiers().isEmpty()) {
                p.add(at + ": tiers need a measure and at least one tier");
                return;
            }
            for (Tier tier : t.tiers()) {
                String w = at + " tier 「" + tier.printed() + "」";
                int kinds = (tier.amount() != null ? 1 : 0) + (tier.min() != null || tier.max() != null ? 1 : 0)
                        + (tier.blank() ? 1 : 0);
                if (kinds != 1) {
                    p.add(w + ": needs exactly one of amount, min+max, blank");
                } else if (tier.amount() != null && tier.amount().signum() < 0) {
                    p.add(w + ": negative amount");
                } else if (!tier.blank() && tier.amount() == null && (tier.min() == null || tier.max() == null
                        || tier.min().compareTo(tier.max()) > 0)) {
                    p.add(w + ": range needs min ≤ max");
                }
                if (tier.printedBounds().isEmpty()) {
                    p.add(w + ": empty bounds");
                }
                require(p, tier.printed(), w + ": printed");
            }
        } else if (price instanceof Price.Staged s) {
            if (s.stages() == null || s.stages().isEmpty()) {
                p.add(at + ": staged price needs stages");
            }
        } else if (price instanceof Price.Share s) {
            if (!positive(s.percent()) || s.linkable() == null || s.linkable().isEmpty()) {
                p.add(at + ": share needs a percent and linkable categories");
            }
        } else if (price instanceof Price.Excess e) {
            if (!positive(e.threshold()) || !positive(e.rate()) || !positive(e.excessIncrement())) {
                p.add(at + ": excess needs threshold, rate and excessIncrement");
            }
        }
    }

    private static boolean positive(BigDecimal x) {
        return x != null && x.signum() > 0;
    }

    private static void require(List<String> p, String value, String what) {
        if (value == null || value.isBlank()) {
            p.add(what + ": missing");
        }
    }
}
