package cn.wenshui.compensation.bench;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The quote engine alone, on one thread (one core): a typical household (60 lines over every price model, with
 * subsidies, premises, area swaps and the incentive), the README's household (2 lines, with subsidies and the
 * incentive: 5 quote lines), a worst case (1,000 lines, every row, 20 premises) and a batch of 10,000 households of
 * 5–60 lines. Run with {@code compensation-bench/scripts/jmh.sh}; add {@code -prof gc} for the
 * allocation per quote ({@code gc.alloc.rate.norm}, bytes per operation). The fork uses the service's collector
 * (SerialGC, as the deployment note in docs/performance.md sets it): it collects on the quoting core itself, so the score is
 * one core's, where G1 would do part of its work on the machine's other core.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(1)
public class QuoteBenchmark {
    public static final int BATCH = 10_000;
    public static final long SEED = 20230520L;

    QuoteEngine engine;
    Household typical;
    Household worst;
    Household readme;
    List<Household> batch;

    @Setup(Level.Trial)
    public void setUp() {
        Workloads w = new Workloads();
        engine = w.engine();
        typical = w.typical();
        worst = w.worstCase();
        readme = w.readme();
        batch = w.batch(BATCH, SEED);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Quote typical() throws InvalidInventoryException {
        return engine.quote(typical);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Quote readme() throws InvalidInventoryException {
        return engine.quote(readme);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Quote worstCase() throws InvalidInventoryException {
        return engine.quote(worst);
    }

    /** One operation = all 10,000 households; the score is milliseconds per batch. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void batch10k(Blackhole bh) throws InvalidInventoryException {
        for (Household h : batch) {
            bh.consume(engine.quote(h));
        }
    }
}
