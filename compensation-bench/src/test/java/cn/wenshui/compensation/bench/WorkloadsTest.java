package cn.wenshui.compensation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark workloads are real, valid households (the benchmarks themselves never run in mvn verify). */
class WorkloadsTest {
    static final Workloads W = new Workloads();

    @Test
    void everyVariantQuotes() {
        assertThat(W.dropped()).isEmpty();
    }

    @Test
    void typicalHasSixtyLinesOverEveryPriceModel() throws InvalidInventoryException {
        Household h = W.typical();
        assertThat(h.items()).hasSize(Workloads.TYPICAL_LINES);
        Set<String> kinds = W.variants().stream().filter(v -> h.items().contains(v.input()))
                .map(Workloads.Variant::kind).collect(Collectors.toSet());
        assertThat(kinds).contains("fixed", "range", "range-appraised", "range-overridden", "tiers:depthM",
                "tiers:trunkDiameterCm", "tiers:heatedAreaM2", "staged", "share", "excess-within", "excess-beyond",
                "pro-rata-height", "column-height", "surcharge", "shared-price-cell", "pending", "not-compensated",
                "timber-increment");
        assertThat(kinds).containsAll(W.variants().stream().map(Workloads.Variant::kind).toList());
        Quote q = W.engine().quote(h);
        assertThat(q.lines().stream().map(l -> l.code()).toList()).contains("3-1.moving-subsidy", "3-2.settlement",
                "3-3.incentive", "1-3.moving-subsidy", "1-3.settlement");
        assertThat(q.areaSwaps()).hasSize(2);
        assertThat(q.pending()).isNotEmpty();
        assertThat(q.incentive().status()).isEqualTo(Incentive.Status.DECIDED);
    }

    @Test
    void readmeHouseholdIsTheWorkedExample() throws InvalidInventoryException {
        Quote q = W.engine().quote(W.readme());
        assertThat(q.lines()).hasSize(5);
        assertThat(q.totalMin()).isEqualByComparingTo("91274.00");
        assertThat(q.totalMax()).isEqualByComparingTo("96274.00");
    }

    @Test
    void worstCaseListsEveryRow() throws InvalidInventoryException {
        Household h = W.worstCase();
        assertThat(h.items()).hasSize(Workloads.WORST_LINES);
        Set<String> listed = h.items().stream().map(i -> i.code()).collect(Collectors.toSet());
        List<String> listable = ScheduleLoader.loadDefault().items().stream()
                .filter(i -> i.mode() != Mode.AREA_SWAP)
                .map(ScheduleItem::code)
                .filter(c -> !Set.of("3-1.moving-subsidy", "3-2.settlement", "3-3.incentive", "1-3.moving-subsidy",
                        "1-3.settlement").contains(c))
                .toList();
        assertThat(listed).containsAll(listable);
        assertThat(W.engine().quote(h).lines().size()).isGreaterThan(900);
    }

    @Test
    void batchQuotes() throws InvalidInventoryException {
        List<Household> batch = W.batch(2_000, QuoteBenchmark.SEED);
        for (Household h : batch) {
            W.engine().quote(h);
        }
        assertThat(W.batch(3, 7)).isEqualTo(W.batch(3, 7));
    }

    /** households/typical.json (the body scripts/http-load.sh posts) is the typical household as generated. */
    @Test
    void committedTypicalJsonIsCurrent() throws Exception {
        Path file = Path.of("households/typical.json");
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(Files.readString(file)))
                .as("regenerate with: java -cp compensation-bench/target/benchmarks.jar "
                        + "cn.wenshui.compensation.bench.Workloads typical > compensation-bench/households/typical.json")
                .isEqualTo(m.readTree(m.writeValueAsString(Workloads.toJson(W.typical()))));
    }
}
