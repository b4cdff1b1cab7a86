package cn.wenshui.compensation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.testing.Quotes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole-household scenarios kept as data, in the manner of OpenFisca's YAML tests: each file under
 * {@code src/test/resources/scenarios/} lists households (in the same shape as {@link Household}) with the quote
 * worked out by hand from the regulation, the arithmetic in the file's comments. One dynamic test per scenario.
 *
 * <p>Expectations, all optional except the totals: {@code lineCount}; {@code lines} by code (and ref where a code
 * repeats) with {@code amount} or {@code amountMin}/{@code amountMax} and {@code quantity}; {@code subtotals} by
 * section; {@code swaps} by code (when given, exactly these); {@code pending} codes (when omitted, none); and
 * {@code incentive} (status, startDate, day, amount, deadlines). A scenario may switch readings, e.g.
 * {@code readings: {subsidy-cliff: NO_LESS_THAN_FLAT}}.
 */
@DisplayName("住户情景:整户报价与手算结果一致(YAML 情景,OpenFisca 式)")
class ScenarioTest {

    static final String DIR = "scenarios";

    static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One file: a list of scenarios. */
    record ScenarioFile(List<Scenario> scenarios) {
    }

    record Scenario(String name, Map<String, String> readings, Household household, Expected expected) {
    }

    record Expected(BigDecimal totalMin, BigDecimal totalMax, Integer lineCount, List<ExpectedLine> lines,
                    List<ExpectedSubtotal> subtotals, List<ExpectedSwap> swaps, List<String> pending,
                    ExpectedIncentive incentive) {
    }

    /** A money line, found by code (and ref when the code repeats). */
    record ExpectedLine(String code, String ref, BigDecimal amount, BigDecimal amountMin, BigDecimal amountMax,
                        BigDecimal quantity) {
    }

    record ExpectedSubtotal(String section, BigDecimal amount, BigDecimal min, BigDecimal max) {
    }

    record ExpectedSwap(String code, BigDecimal area) {
    }

    record ExpectedIncentive(Incentive.Status status, LocalDate startDate, Long day, BigDecimal amount,
                             LocalDate fullDeadline, LocalDate reducedDeadline) {
    }

    /** A scenario with the file it comes from. */
    record Loaded(Path file, Scenario scenario) {
    }

    static List<Loaded> loadAll() {
        URL dir = ScenarioTest.class.getClassLoader().getResource(DIR);
        assertThat(dir).as("test resource directory %s", DIR).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            List<Loaded> all = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                ScenarioFile sf;
                try {
                    sf = YAML.readValue(f.toFile(), ScenarioFile.class);
                } catch (IOException e) {
                    throw new AssertionError("cannot read scenario file " + f.getFileName() + ": " + e.getMessage(), e);
                }
                assertThat(sf.scenarios()).as("scenarios in %s", f.getFileName()).isNotEmpty();
                sf.scenarios().forEach(s -> all.add(new Loaded(f, s)));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    @DisplayName("情景:每个 YAML 情景一个测试,以情景名命名")
    Stream<DynamicTest> scenarios() {
        return loadAll().stream().map(l -> DynamicTest.dynamicTest(l.scenario().name(), l.file().toUri(),
                () -> check(l.scenario())));
    }

    @Test
    @DisplayName("情景文件:至少8个情景,名称唯一,每个情景都有住户与合计")
    void scenarioFilesAreWellFormed() {
        List<Loaded> all = loadAll();
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        Set<String> names = new HashSet<>();
        for (Loaded l : all) {
            Scenario s = l.scenario();
            assertThat(s.name()).as("name in %s", l.file().getFileName()).isNotBlank();
            assertThat(names.add(s.name())).as("duplicate scenario name %s", s.name()).isTrue();
            assertThat(s.household()).as("household of %s", s.name()).isNotNull();
            assertThat(s.expected()).as("expected of %s", s.name()).isNotNull();
            assertThat(s.expected().totalMin()).as("totalMin of %s", s.name()).isNotNull();
            assertThat(s.expected().totalMax()).as("totalMax of %s", s.name()).isNotNull();
        }
    }

    static QuoteEngine engine(Scenario s) {
        return s.readings() == null || s.readings().isEmpty() ? Quotes.ENGINE
                : new QuoteEngine(Quotes.SCHEDULE, Readings.of(s.readings()));
    }

    static void check(Scenario s) {
        Quote q = Quotes.quote(engine(s), s.household());
        Expected e = s.expected();
        SoftAssertions soft = new SoftAssertions();

        soft.assertThat(q.totalMin()).as("totalMin").isEqualByComparingTo(e.totalMin());
        soft.assertThat(q.totalMax()).as("totalMax").isEqualByComparingTo(e.totalMax());
        if (e.lineCount() != null) {
            soft.assertThat(q.lines()).as("money lines").hasSize(e.lineCount());
        }

        for (ExpectedLine x : nonNull(e.lines())) {
            List<QuoteLine> found = q.lines().stream()
                    .filter(l -> l.code().equals(x.code()) && (x.ref() == null || x.ref().equals(l.ref())))
                    .toList();
            String what = x.code() + (x.ref() == null ? "" : " ref " + x.ref());
            soft.assertThat(found).as("lines matching %s", what).hasSize(1);
            if (found.size() != 1) {
                continue;
            }
            QuoteLine l = found.get(0);
            BigDecimal min = x.amount() != null ? x.amount() : x.amountMin();
            BigDecimal max = x.amount() != null ? x.amount() : x.amountMax();
            soft.assertThat(min).as("expected amount of %s (give amount or amountMin/amountMax)", what).isNotNull();
            soft.assertThat(max).as("expected amount of %s (give amount or amountMin/amountMax)", what).isNotNull();
            if (min != null) {
                soft.assertThat(l.amountMin()).as("amountMin of %s", what).isEqualByComparingTo(min);
            }
            if (max != null) {
                soft.assertThat(l.amountMax()).as("amountMax of %s", what).isEqualByComparingTo(max);
            }
            if (x.quantity() != null) {
                soft.assertThat(l.quantity()).as("quantity of %s", what).isEqualByComparingTo(x.quantity());
            }
        }

        for (ExpectedSubtotal x : nonNull(e.subtotals())) {
            List<Subtotal> found = q.subtotals().stream().filter(t -> t.section().equals(x.section())).toList();
            soft.assertThat(found).as("subtotal of %s", x.section()).hasSize(1);
            if (found.size() != 1) {
                continue;
            }
            BigDecimal min = x.amount() != null ? x.amount() : x.min();
            BigDecimal max = x.amount() != null ? x.amount() : x.max();
            soft.assertThat(found.get(0).amountMin()).as("subtotal min of %s", x.section()).isEqualByComparingTo(min);
            soft.assertThat(found.get(0).amountMax()).as("subtotal max of %s", x.section()).isEqualByComparingTo(max);
        }

        if (e.swaps() != null) {
            soft.assertThat(q.areaSwaps()).extracting(AreaSwap::code).as("area swaps")
                    .containsExactlyInAnyOrderElementsOf(e.swaps().stream().map(ExpectedSwap::code).toList());
            for (ExpectedSwap x : e.swaps()) {
                q.areaSwaps().stream().filter(a -> a.code().equals(x.code())).findFirst().ifPresent(a ->
                        soft.assertThat(a.swapAreaM2()).as("swap area of %s", x.code()).isEqualByComparingTo(x.area()));
            }
        }

        soft.assertThat(q.pending()).extracting(PendingItem::code).as("pending items")
                .containsExactlyInAnyOrderElementsOf(nonNull(e.pending()));

        ExpectedIncentive xi = e.incentive();
        if (xi != null) {
            Incentive i = q.incentive();
            soft.assertThat(i).as("incentive").isNotNull();
            if (i != null) {
                if (xi.status() != null) {
                    soft.assertThat(i.status()).as("incentive status").isEqualTo(xi.status());
                }
                if (xi.startDate() != null) {
                    soft.assertThat(i.startDate()).as("incentive start").isEqualTo(xi.startDate());
                }
                if (xi.day() != null) {
                    soft.assertThat(i.dayNumber()).as("incentive day").isEqualTo(xi.day());
                }
                if (xi.amount() != null) {
                    soft.assertThat(i.amount()).as("incentive amount").isNotNull();
                    if (i.amount() != null) {
                        soft.assertThat(i.amount()).as("incentive amount").isEqualByComparingTo(xi.amount());
                    }
                }
                if (xi.fullDeadline() != null) {
                    soft.assertThat(i.fullDeadline()).as("50000 deadline").isEqualTo(xi.fullDeadline());
                }
                if (xi.reducedDeadline() != null) {
                    soft.assertThat(i.reducedDeadline()).as("30000 deadline").isEqualTo(xi.reducedDeadline());
                }
            }
        }

        // What holds for every quote: the totals are the sums of the money lines and of the subtotals, and nothing
        // pending (appraisal, negotiation, committee …) is among the money lines.
        soft.assertThat(q.totalMin()).as("totalMin = sum of line minima")
                .isEqualByComparingTo(sum(q.lines().stream().map(QuoteLine::amountMin)));
        soft.assertThat(q.totalMax()).as("totalMax = sum of line maxima")
                .isEqualByComparingTo(sum(q.lines().stream().map(QuoteLine::amountMax)));
        soft.assertThat(q.totalMin()).as("totalMin = sum of subtotals")
                .isEqualByComparingTo(sum(q.subtotals().stream().map(Subtotal::amountMin)));
        soft.assertThat(q.totalMax()).as("totalMax = sum of subtotals")
                .isEqualByComparingTo(sum(q.subtotals().stream().map(Subtotal::amountMax)));
        Set<String> pendingCodes = new HashSet<>(q.pending().stream().map(PendingItem::code).toList());
        soft.assertThat(q.lines()).filteredOn(l -> pendingCodes.contains(l.code())).as("no pending item is summed")
                .isEmpty();

        soft.assertAll();
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
