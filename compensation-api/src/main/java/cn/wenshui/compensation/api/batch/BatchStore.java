package cn.wenshui.compensation.api.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recent batches, in memory only: at most {@code compensation.batch.keep} batches (default 20) and at most
 * {@code compensation.batch.keep-lines} 清单 lines of quoted households over all of them; the oldest batch goes
 * first, the newest is always kept. A kept batch costs about {@value #BYTES_PER_LINE} bytes of heap per line (its
 * households' input and quote summaries, measured on a 20,000-household workbook: docs/excel.md), so the default
 * bound is the number of lines that fills {@value #HEAP_SHARE_PERCENT} % of the maximum heap (about 570,000 lines with
 * the service's -Xmx512m): the rest is for the workbook being quoted ({@link BatchGate}: one at a time) and the
 * service itself. A restart forgets them all (the ledger is the record; a batch is a working result). Ids are 128
 * random bits, so a batch can be reached only by whoever was given its id.
 */
@ApplicationScoped
public class BatchStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "compensation.batch.keep", defaultValue = "20")
    int keep;

    /** Measured heap per 清单 line of a kept batch (112 MiB for 380,000 lines), rounded up. */
    static final int BYTES_PER_LINE = 320;
    static final int HEAP_SHARE_PERCENT = 35;

    @ConfigProperty(name = "compensation.batch.keep-lines")
    java.util.Optional<Long> keepLinesSetting;

    long keepLines = -1;

    /** The bound in lines: the setting, else the lines that fill the heap share. */
    long keepLines() {
        if (keepLines < 0) {
            keepLines = keepLinesSetting != null && keepLinesSetting.isPresent() ? keepLinesSetting.get()
                    : Runtime.getRuntime().maxMemory() / 100 * HEAP_SHARE_PERCENT / BYTES_PER_LINE;
        }
        return keepLines;
    }

    private final LinkedHashMap<String, BatchResult> batches = new LinkedHashMap<>();

    public static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public synchronized void put(BatchResult batch) {
        batches.remove(batch.batchId());
        batches.put(batch.batchId(), batch);
        long lines = batches.values().stream().mapToLong(BatchResult::inputLines).sum();
        long bound = keepLines();
        Iterator<Map.Entry<String, BatchResult>> it = batches.entrySet().iterator();
        while (it.hasNext() && batches.size() > 1 && (batches.size() > keep || lines > bound)) {
            lines -= it.next().getValue().inputLines();
            it.remove();
        }
    }

    public synchronized Optional<BatchResult> get(String id) {
        return Optional.ofNullable(id == null ? null : batches.get(id));
    }

    public synchronized Optional<BatchResult> latest() {
        BatchResult last = null;
        for (BatchResult r : batches.values()) {
            last = r;
        }
        return Optional.ofNullable(last);
    }

    /** Newest first. */
    public synchronized List<BatchResult> recent() {
        List<BatchResult> all = new ArrayList<>(batches.values());
        Collections.reverse(all);
        return all;
    }
}
