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
     * appraisal firm that owns it (absent for the town's own entries). {@code supersedes}: the entry this one
     * corrects; {@code supersededBy}: the first entry that corrects this one (absent while it is current).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(long id, String householdId, String headOfHousehold, String village, String scheduleId,
                        int scheduleVersion, String engineVersion, JsonNode readings, Instant createdAt,
                        String createdBy, String operator, String ownerFirm, Long supersedes, Long supersededBy, BigDecimal totalMin, BigDecimal totalMax,
                        String prevHash, String contentHash, JsonNode input, JsonNode quote) {
    }

    public record EntryPage(List<Entry> items, int page, int size, long total) {
    }

    /**
     * The outcome of re-checking one entry; {@code differences} says what does not match, in words.
     * {@code macMatches}: the entry's keyed MAC checks out (false: changed outside the service, hashes recomputed or
     * not). {@code checkpointMatches}: every checkpoint recorded for this entry names its hash (null: none recorded).
     * {@code ledgerIntact}: the ledger still reaches its latest checkpoint with the hash recorded there (false: cut
     * back or rewritten; not part of {@code valid}, which speaks of this entry).
     */
    public record EntryCheck(long id, boolean valid, boolean contentHashMatches, boolean chainLinkMatches,
                             boolean quoteReproduced, String storedHash, String recomputedHash,
                             String storedPrevHash, String expectedPrevHash, String recomputedWithEngine,
                             List<String> differences, Boolean macMatches, Boolean checkpointMatches,
                             Boolean ledgerIntact) {
    }

    /**
     * The outcome of walking the whole chain (hashes, MACs, links, the head, and every checkpoint; per-entry verify
     * also recomputes quotes). {@code truncated}: the ledger ends before a checkpoint (null: it does not).
     * {@code forks}: entries whose stored hash is not the one a checkpoint recorded (at most 100 listed;
     * {@code forkedEntries} counts all). {@code recomputed}: entries whose content hash and link check out but
     * whose MAC does not — rewritten outside the service with their hashes recomputed.
     */
    public record ChainCheck(boolean valid, long entries, String headHash, List<EntryCheck> broken,
                             Truncation truncated, List<Fork> forks, long forkedEntries, List<Long> recomputed,
                             CheckpointView lastCheckpoint, long checkpoints, List<SideChain.Check> sideChains) {
    }

    /** The ledger ends at {@code ledgerEndsAt}, but entry {@code checkpointId} was recorded with this hash. */
    public record Truncation(long ledgerEndsAt, long checkpointId, String checkpointHash, Instant recordedAt,
                             String source) {
    }

    /** Entry {@code id} is stored with {@code storedHash}, but a checkpoint recorded {@code checkpointHash}. */
    public record Fork(long id, String storedHash, String checkpointHash, Instant recordedAt, String source) {
    }

    public record CheckpointView(String kind, long id, String hash, Instant recordedAt) {
    }
}
