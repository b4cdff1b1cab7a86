package cn.wenshui.compensation.api.ledger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * At start: seals the entries of a ledger that predates MACs (once: only with an empty checkpoint file and no entry
 * sealed yet), anchors a ledger found without checkpoints, and otherwise says loudly when the ledger no longer
 * reaches its latest checkpoint. What the first two trust is written in docs/security.md.
 */
@ApplicationScoped
class LedgerSeal {
    private static final Logger LOG = Logger.getLogger(LedgerSeal.class);

    private final LedgerRepository repository;
    private final Checkpoints checkpoints;

    LedgerSeal(LedgerRepository repository, Checkpoints checkpoints) {
        this.repository = repository;
        this.checkpoints = checkpoints;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (checkpoints.count() > 0) {
            check();
            return;
        }
        Optional<LedgerRepository.Sealing> sealing = repository.sealUnsealed();
        if (sealing.isPresent()) {
            LedgerRepository.Sealing s = sealing.get();
            checkpoints.record("backfill", s.head().lastSeq(), s.head().lastHash());
            LOG.warnf("台账:%d 条记录写于 MAC 启用之前,已按数据库现状补加 MAC(sealed %d of %d entries written before "
                    + "MACs existed, trusting them as found; head %d recorded in %s)%s", s.sealed(), s.sealed(),
                    s.entries(), s.head().lastSeq(), checkpoints.path(), s.refused().isEmpty() ? ""
                            : "; NOT sealed, their hash or link does not check out: entries " + s.refused());
            return;
        }
        LedgerRepository.Head head = repository.head();
        if (head.lastSeq() > 0) {
            checkpoints.record("anchor", head.lastSeq(), head.lastHash());
            LOG.warnf("台账校验点文件为空,已以数据库现有链头为锚点(no checkpoint file: anchored at entry %d as found "
                    + "in the database; a truncation before this start cannot be told from it) → %s",
                    head.lastSeq(), checkpoints.path());
        }
    }

    private void check() throws SQLException {
        Checkpoints.Checkpoint last = checkpoints.latest().orElseThrow();
        String stored = repository.hashes(java.util.List.of(last.seq())).get(last.seq());
        if (stored == null) {
            LOG.errorf("台账被截断:ledger truncated — checkpoint of %s recorded entry %d, which the database no "
                    + "longer holds (GET /api/v1/ledger/verify)", last.at(), last.seq());
        } else if (!stored.equals(last.hash())) {
            LOG.errorf("台账被改写:ledger forked — entry %d differs from its checkpoint of %s "
                    + "(GET /api/v1/ledger/verify)", last.seq(), last.at());
        }
        if (checkpoints.unreadable() > 0) {
            LOG.warnf("%d unreadable line(s) in the checkpoint file %s", checkpoints.unreadable(), checkpoints.path());
        }
    }
}
