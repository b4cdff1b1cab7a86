package cn.wenshui.compensation.api.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** A ledger row exactly as stored; its content hash covers every column but the hash itself. */
record StoredEntry(long seq, String householdId, String headOfHousehold, String village, String scheduleId,
                   int scheduleVersion, String engineVersion, String readingsJson, String inputJson,
                   String quoteJson, BigDecimal totalMin, BigDecimal totalMax, Instant createdAt, String createdBy,
                   Long supersedes, String idempotencyKey, String requestHash, String prevHash,
                   String contentHash) {

    static final String GENESIS = "0".repeat(64);

    /**
     * SHA-256 over the length-prefixed columns, so no two different rows share a preimage. Changing this format
     * breaks every stored hash: version it ("ledger-entry/v1") instead.
     */
    String computeHash() {
        StringBuilder b = new StringBuilder("ledger-entry/v1\n");
        for (Object v : new Object[]{seq, householdId, headOfHousehold, village, scheduleId, scheduleVersion,
                engineVersion, readingsJson, inputJson, quoteJson, totalMin.toPlainString(), totalMax.toPlainString(),
                createdAt.toString(), createdBy, supersedes, idempotencyKey, requestHash, prevHash}) {
            String s = v == null ? "" : v.toString();
            b.append(v == null ? -1 : s.length()).append(':').append(s).append('\n');
        }
        return cn.wenshui.compensation.api.engine.Canonical.sha256(b.toString());
    }
}
