package cn.wenshui.compensation.bench;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.QuoteEngine;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The engine's cost in CPU time of the whole process, not wall-clock time: quotes per CPU-second (one core) and
 * bytes allocated per quote. Unlike JMH's wall-clock scores it does not drop when other processes share the cores,
 * so it is the figure to compare with "100,000 typical quotes/s on one core" on a busy machine. Process time, not
 * the quoting thread's, so that the garbage collector's and the JIT's work are counted too; run it with the
 * service's collector ({@code -XX:+UseSerialGC}, as {@code compensation-bench/scripts/jmh.sh} does). Bytes are still the quoting
 * thread's allocation. Each workload is
 * warmed up for {@code warmup} CPU-seconds, then measured over {@code measure} CPU-seconds (default 5 and 5). Then
 * the same for the JSON work of one POST of the typical household ({@link JsonBenchmark}'s operations).
 *
 * <pre>java -XX:+UseSerialGC -cp compensation-bench/target/benchmarks.jar cn.wenshui.compensation.bench.CpuTime [warmup] [measure]</pre>
 */
public final class CpuTime {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    static volatile Object sink;

    private CpuTime() {
    }

    public static void main(String[] args) throws Exception {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        Workloads w = new Workloads();
        QuoteEngine engine = w.engine();
        List<Household> batch = w.batch(QuoteBenchmark.BATCH, QuoteBenchmark.SEED);
        System.out.printf("%-12s %14s %14s %16s %12s%n", "workload", "quotes/cpu-s", "µs/quote", "bytes/quote",
                "lines/quote");
        report("readme", List.of(w.readme()), engine, warmup, measure);
        report("typical", List.of(w.typical()), engine, warmup, measure);
        report("worstCase", List.of(w.worstCase()), engine, warmup, measure);
        report("batch10k", batch, engine, warmup, measure);
        double cpu = time(batch, engine);
        System.out.printf("one pass over the 10,000 households: %.0f ms of CPU%n", cpu * 1000);

        // the rest of a POST /api/v1/quotes of the typical household, besides HTTP
        JsonBenchmark json = new JsonBenchmark();
        json.setUp();
        System.out.printf("%n%-16s %14s %14s %16s%n", "json (typical)", "ops/cpu-s", "µs/op", "bytes/op");
        report("readHousehold", json::readHousehold, warmup, measure);
        report("writeQuote", json::writeQuote, warmup, measure);
        report("readQuoteWrite", json::readQuoteWrite, warmup, measure);
        report("canonicalHash", json::canonicalHash, warmup, measure);
    }

    interface Op {
        Object call() throws Exception;
    }

    static void report(String name, Op op, double warmup, double measure) throws Exception {
        run(op, warmup);
        long tid = Thread.currentThread().getId();
        long alloc0 = THREADS.getThreadAllocatedBytes(tid);
        long cpu0 = OS.getProcessCpuTime();
        long n = run(op, measure);
        double seconds = (OS.getProcessCpuTime() - cpu0) / 1e9;
        long bytes = THREADS.getThreadAllocatedBytes(tid) - alloc0;
        System.out.printf("%-16s %14.0f %14.1f %16d%n", name, n / seconds, seconds * 1e6 / n, bytes / n);
    }

    static long run(Op op, double seconds) throws Exception {
        long end = OS.getProcessCpuTime() + (long) (seconds * 1e9);
        long n = 0;
        while (true) {
            for (int k = 0; k < 16; k++) {
                sink = op.call();
                n++;
            }
            if (OS.getProcessCpuTime() >= end) {
                return n;
            }
        }
    }

    static void report(String name, List<Household> households, QuoteEngine engine, double warmup, double measure)
            throws InvalidInventoryException {
        run(households, engine, warmup);
        long tid = Thread.currentThread().getId();
        long alloc0 = THREADS.getThreadAllocatedBytes(tid);
        long cpu0 = OS.getProcessCpuTime();
        long n = run(households, engine, measure);
        double seconds = (OS.getProcessCpuTime() - cpu0) / 1e9;
        long bytes = THREADS.getThreadAllocatedBytes(tid) - alloc0;
        long lines = 0;
        for (Household h : households) {
            lines += engine.quote(h).lines().size();
        }
        System.out.printf("%-12s %14.0f %14.1f %16d %12.1f%n", name, n / seconds, seconds * 1e6 / n, bytes / n,
                (double) lines / households.size());
    }

    /** Quotes round-robin until {@code seconds} of the process's CPU time are used; returns how many. */
    static long run(List<Household> households, QuoteEngine engine, double seconds) throws InvalidInventoryException {
        long end = OS.getProcessCpuTime() + (long) (seconds * 1e9);
        long n = 0;
        int i = 0;
        while (true) {
            for (int k = 0; k < 64; k++) {
                sink = engine.quote(households.get(i));
                i = i + 1 == households.size() ? 0 : i + 1;
                n++;
            }
            if (OS.getProcessCpuTime() >= end) {
                return n;
            }
        }
    }

    static double time(List<Household> households, QuoteEngine engine) throws InvalidInventoryException {
        long cpu0 = OS.getProcessCpuTime();
        for (Household h : households) {
            sink = engine.quote(h);
        }
        return (OS.getProcessCpuTime() - cpu0) / 1e9;
    }
}
