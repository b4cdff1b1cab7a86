package cn.wenshui.compensation.bench;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.json.JsonSettings;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

/**
 * What the HTTP endpoint does besides the engine, on one thread: read the typical household's JSON, write its
 * quote as JSON, both together with the quote (the CPU of one POST /api/v1/quotes minus HTTP), and the ledger's
 * extra work for a persisted quote (canonical sorted JSON of input and quote, SHA-256). The mappers are set up
 * by the same {@link JsonSettings} as compensation-api's wire mapper and its ledger's canonical mapper.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
    ObjectMapper wire;
    ObjectMapper canonical;
    QuoteEngine engine;
    byte[] typicalJson;
    Household typical;
    Quote typicalQuote;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Workloads w = new Workloads();
        engine = w.engine();
        wire = JsonSettings.apply(new ObjectMapper());
        canonical = JsonSettings.canonical();
        typicalJson = wire.writeValueAsBytes(Workloads.toJson(w.typical()));
        typical = wire.readValue(typicalJson, Household.class);
        typicalQuote = engine.quote(typical);
    }

    @Benchmark
    public Household readHousehold() throws IOException {
        return wire.readValue(typicalJson, Household.class);
    }

    @Benchmark
    public byte[] writeQuote() throws JsonProcessingException {
        return wire.writeValueAsBytes(typicalQuote);
    }

    /** Body in, quote out: what POST /api/v1/quotes costs in CPU besides HTTP. */
    @Benchmark
    public byte[] readQuoteWrite() throws IOException, InvalidInventoryException {
        Household h = wire.readValue(typicalJson, Household.class);
        return wire.writeValueAsBytes(engine.quote(h));
    }

    /** The ledger's extra CPU per persisted quote: canonical JSON of input and quote, and their hashes. */
    @Benchmark
    public String canonicalHash() throws JsonProcessingException, NoSuchAlgorithmException {
        String input = canonical.writeValueAsString(typical);
        String quote = canonical.writeValueAsString(typicalQuote);
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(input.getBytes(StandardCharsets.UTF_8));
        d.update(quote.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d.digest());
    }
}
