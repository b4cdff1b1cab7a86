package cn.wenshui.compensation.api.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the ledger endpoints answer. */
public final class LedgerViews {
    private LedgerViews() {
    }

    /**
     * One entry. {@code input} and {@code quote} are omitted in lists. {@code createdBy} is the authenticated
     * principal that wrote it; {@code operator} the optional display name sent as X-Operator; {@code ownerFirm} the
     * appraisal firm that owns it (absent for the town's own entries).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(long id, String householdId, String headOfHousehold, String village, String scheduleId,
                        int scheduleVersion, String engineVersion, JsonNode readings, Instant createdAt,
                        String createdBy, String operator, String ownerFirm, Long supersedes, BigDecimal totalMin, BigDecimal totalMax,
                        String prevHash, String contentHash, JsonNode input, JsonNode quote) {
    }

    public record EntryPage(List<Entry> items, int page, int size, long total) {
    }

    /** The outcome of re-checking one entry; {@code differences} says what does not match, in words. */
    public record EntryCheck(long id, boolean valid, boolean contentHashMatches, boolean chainLinkMatches,
                             boolean quoteReproduced, String storedHash, String recomputedHash,
                             String storedPrevHash, String expectedPrevHash, String recomputedWithEngine,
                             List<String> differences) {
    }

    /** The outcome of walking the whole chain (hashes and links; per-entry verify also recomputes quotes). */
    public record ChainCheck(boolean valid, long entries, String headHash, List<EntryCheck> broken) {
    }
}
