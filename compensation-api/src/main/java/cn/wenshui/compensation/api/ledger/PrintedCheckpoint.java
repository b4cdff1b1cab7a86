package cn.wenshui.compensation.api.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.logging.Logger;

/**
 * The chain-head checkpoint printed on a 补偿明细表 (template web/print.html, {@code inject:ledgerCheckpoint}): the
 * latest checkpoint, at or after the printed entry. The household's signed copy then anchors the whole chain up to
 * it; GET /api/v1/ledger/verify?anchorId=…&anchorHash=… checks it later.
 */
@ApplicationScoped
@Named("ledgerCheckpoint")
public class PrintedCheckpoint {
    private static final Logger LOG = Logger.getLogger(PrintedCheckpoint.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** What the sheet prints: entry id, hash, when it was recorded (Beijing time). */
    public record View(long id, String hash, String recordedAt) {
    }

    private final Checkpoints checkpoints;
    private final LedgerRepository repository;

    PrintedCheckpoint(Checkpoints checkpoints, LedgerRepository repository) {
        this.checkpoints = checkpoints;
        this.repository = repository;
    }

    /** Null only when no checkpoint can be had (the file cannot be read or written): the sheet then prints none. */
    public View forEntry(long entryId) {
        try {
            Checkpoints.Checkpoint cp = checkpoints.latest().orElse(null);
            if (cp == null || cp.seq() < entryId) {
                // Written by another instance (its own checkpoint file): record the head as the database holds it.
                LedgerRepository.Head head = repository.head();
                cp = checkpoints.record("seen", head.lastSeq(), head.lastHash());
            }
            return new View(cp.seq(), cp.hash(), TIME.format(cp.at()));
        } catch (SQLException | RuntimeException e) {
            LOG.errorf("no checkpoint for the printed sheet of entry %d: %s", entryId, e.getMessage());
            return null;
        }
    }
}
