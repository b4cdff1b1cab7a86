package cn.wenshui.compensation.api.ledger;

import java.util.List;

/**
 * A record chained and sealed beside the ledger with the ledger's key (a household's dated events): its own check
 * joins {@link LedgerService#verifyChain()}, so one verification covers both. Implemented outside this package, which
 * depends on none of them.
 */
public interface SideChain {

    /**
     * @param name     what the chain holds (e.g. {@code household-events})
     * @param problems each break found, naming the record by its id
     */
    record Check(String name, boolean valid, long records, String headHash, List<String> problems) {
    }

    Check verify();
}
