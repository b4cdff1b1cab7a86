package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.ledger.LedgerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Keeps each new ledger entry's digest as the entry is appended, so the dashboard of a large 片区 never has to read
 * the stored quotes back. Entries made before (or whose digest could not be stored) are derived on first need.
 */
@ApplicationScoped
public class CaseloadDigests {
    private static final Logger LOG = Logger.getLogger(CaseloadDigests.class);

    private final CaseloadRepository repository;

    public CaseloadDigests(CaseloadRepository repository) {
        this.repository = repository;
    }

    void onAppended(@Observes LedgerService.Appended e) {
        try {
            repository.store(EntryDigest.of(e.seq(), e.quote()));
        } catch (java.sql.SQLException | RuntimeException ex) {
            // The entry is committed; its digest will be derived from the stored quote when the dashboard needs it.
            LOG.warnf("caseload digest of ledger entry %d not stored (%s); it will be derived later", e.seq(),
                    ex.getClass().getSimpleName());
        }
    }
}
