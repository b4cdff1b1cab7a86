package cn.wenshui.compensation.api.lifecycle;

import cn.wenshui.compensation.api.ledger.LedgerKey;
import cn.wenshui.compensation.api.ledger.SideChain;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The events' tamper evidence, checked with the ledger's (GET /api/v1/ledger/verify): every event's content hash,
 * MAC (the ledger's key) and link to the event before it, no gap in the sequence, and the head row.
 */
@ApplicationScoped
@Unremovable
public class EventChain implements SideChain {
    static final String NAME = "household-events";
    private static final int BATCH = 500;
    /** Problems listed; all breaks make the chain invalid. */
    private static final int MAX_LISTED = 100;

    private final EventRepository repository;
    private final LedgerKey key;

    public EventChain(EventRepository repository, LedgerKey key) {
        this.repository = repository;
        this.key = key;
    }

    @Override
    public Check verify() {
        try {
            List<String> problems = new ArrayList<>();
            boolean valid = true;
            String prev = StoredEvent.GENESIS;
            long after = 0;
            long count = 0;
            while (true) {
                List<StoredEvent> batch = repository.range(after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                for (StoredEvent e : batch) {
                    List<String> found = new ArrayList<>();
                    if (e.seq() != after + 1) {
                        found.add("event " + (after + 1) + (e.seq() > after + 2 ? "–" + (e.seq() - 1) : "")
                                + " missing from the chain");
                    }
                    String recomputed = e.computeHash();
                    if (!recomputed.equals(e.contentHash())) {
                        found.add("event " + e.seq() + ": content hash stored " + e.contentHash() + ", recomputed "
                                + recomputed + " — a stored column was changed after the event was recorded");
                    }
                    if (!key.matches(e.macPreimage(), e.mac())) {
                        found.add("event " + e.seq() + ": MAC does not match — changed outside the service");
                    }
                    if (!prev.equals(e.prevHash())) {
                        found.add("event " + e.seq() + ": chain link prev_hash " + e.prevHash()
                                + " but the previous event's hash is " + prev);
                    }
                    if (!found.isEmpty()) {
                        valid = false;
                        for (String f : found) {
                            if (problems.size() < MAX_LISTED) {
                                problems.add(f);
                            }
                        }
                    }
                    prev = e.contentHash();
                    after = e.seq();
                    count++;
                }
            }
            EventRepository.Head head = repository.head();
            if (head.lastSeq() != after || !head.lastHash().equals(prev)) {
                valid = false;
                problems.add("the event chain head (event " + head.lastSeq() + ", " + head.lastHash()
                        + ") does not match the last event (" + after + ", " + prev + ")");
            }
            return new Check(NAME, valid, count, head.lastHash(), problems);
        } catch (SQLException ex) {
            throw new IllegalStateException("household events read failed", ex);
        }
    }
}
