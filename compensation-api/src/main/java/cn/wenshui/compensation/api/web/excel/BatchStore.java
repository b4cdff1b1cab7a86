package cn.wenshui.compensation.api.web.excel;

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
 * {@code compensation.batch.keep-households} quoted households over all of them (default 30,000, about 300 MiB of
 * heap at 10 lines a household); the oldest batch goes first, the newest is always kept. A restart forgets them all
 * (the ledger is the record; a batch is a working result). Ids are 128 random bits, so a batch can be reached only
 * by whoever was given its id.
 */
@ApplicationScoped
public class BatchStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "compensation.batch.keep", defaultValue = "20")
    int keep;

    @ConfigProperty(name = "compensation.batch.keep-households", defaultValue = "30000")
    int keepHouseholds;

    private final LinkedHashMap<String, BatchResult> batches = new LinkedHashMap<>();

    public static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public synchronized void put(BatchResult batch) {
        batches.remove(batch.batchId());
        batches.put(batch.batchId(), batch);
        int households = batches.values().stream().mapToInt(r -> r.quoted().size()).sum();
        Iterator<Map.Entry<String, BatchResult>> it = batches.entrySet().iterator();
        while (it.hasNext() && batches.size() > 1 && (batches.size() > keep || households > keepHouseholds)) {
            households -= it.next().getValue().quoted().size();
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
