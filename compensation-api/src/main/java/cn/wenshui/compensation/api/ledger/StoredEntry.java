package cn.wenshui.compensation.api.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ledger row exactly as stored; its content hash covers every column but the hash itself (and, in format 1, the
 * columns added with format 2). {@code mac} is the keyed MAC over the whole row (null until sealed).
 */
record StoredEntry(long seq, String householdId, String headOfHousehold, String village, String scheduleId,
                   int scheduleVersion, String engineVersion, String readingsJson, String inputJson,
                   String quoteJson, BigDecimal totalMin, BigDecimal totalMax, Instant createdAt, String createdBy,
                   Long supersedes, String idempotencyKey, String requestHash, String prevHash,
                   String contentHash, String ownerFirm, String operatorName, int hashFormat, String mac) {

    /** A row not sealed yet: the MAC is added when it is written (LedgerRepository). */
    StoredEntry(long seq, String householdId, String headOfHousehold, String village, String scheduleId,
                int scheduleVersion, String engineVersion, String readingsJson, String inputJson,
                String quoteJson, BigDecimal totalMin, BigDecimal totalMax, Instant createdAt, String createdBy,
                Long supersedes, String idempotencyKey, String requestHash, String prevHash,
                String contentHash, String ownerFirm, String operatorName, int hashFormat) {
        this(seq, householdId, headOfHousehold, village, scheduleId, scheduleVersion, engineVersion, readingsJson,
                inputJson, quoteJson, totalMin, totalMax, createdAt, createdBy, supersedes, idempotencyKey,
                requestHash, prevHash, contentHash, ownerFirm, operatorName, hashFormat, null);
    }

    static final String GENESIS = "0".repeat(64);
    /** The format new entries are written in. */
    static final int CURRENT_FORMAT = 2;

    /**
     * SHA-256 over the length-prefixed columns, so no two different rows share a preimage. The preimage is
     * versioned: format 1 ("ledger-entry/v1", entries written before access control) covers the original columns;
     * format 2 ("ledger-entry/v2") also covers the owner firm and the operator's display name. Each entry is
     * checked in the format stored with it, so old entries stay verifiable. Never change a format in place.
     */
    String computeHash() {
        StringBuilder b;
        Object[] columns;
        Object[] v1 = {seq, householdId, headOfHousehold, village, scheduleId, scheduleVersion, engineVersion,
                readingsJson, inputJson, quoteJson, totalMin.toPlainString(), totalMax.toPlainString(),
                createdAt.toString(), createdBy, supersedes, idempotencyKey, requestHash, prevHash};
        switch (hashFormat) {
            case 1 -> {
                b = new StringBuilder("ledger-entry/v1\n");
                columns = v1;
            }
            case 2 -> {
                b = new StringBuilder("ledger-entry/v2\n");
                columns = java.util.Arrays.copyOf(v1, v1.length + 2);
                columns[v1.length] = ownerFirm;
                columns[v1.length + 1] = operatorName;
            }
            default -> {
                // An unknown format cannot be verified: a hash nothing can equal makes the check fail visibly.
                return "unknown hash format " + hashFormat;
            }
        }
        return Canonical.sha256(lengthPrefixed(b, columns));
    }

    /**
     * What the MAC covers ("ledger-mac/v1"): every stored column, whatever the hash format, then the format and the
     * content hash. So it also covers the columns a format-1 hash leaves out (owner firm, operator).
     */
    String macPreimage() {
        Object[] columns = {seq, householdId, headOfHousehold, village, scheduleId, scheduleVersion, engineVersion,
                readingsJson, inputJson, quoteJson, totalMin.toPlainString(), totalMax.toPlainString(),
                createdAt.toString(), createdBy, supersedes, idempotencyKey, requestHash, prevHash, ownerFirm,
                operatorName, hashFormat, contentHash};
        return lengthPrefixed(new StringBuilder("ledger-mac/v1\n"), columns);
    }

    private static String lengthPrefixed(StringBuilder b, Object[] columns) {
        for (Object v : columns) {
            String s = v == null ? "" : v.toString();
            b.append(v == null ? -1 : s.length()).append(':').append(s).append('\n');
        }
        return b.toString();
    }

    StoredEntry withHash() {
        return withContentHash(computeHash());
    }

    StoredEntry withContentHash(String hash) {
        return new StoredEntry(seq, householdId, headOfHousehold, village, scheduleId, scheduleVersion, engineVersion,
                readingsJson, inputJson, quoteJson, totalMin, totalMax, createdAt, createdBy, supersedes,
                idempotencyKey, requestHash, prevHash, hash, ownerFirm, operatorName, hashFormat, mac);
    }

    StoredEntry withMac(String entryMac) {
        return new StoredEntry(seq, householdId, headOfHousehold, village, scheduleId, scheduleVersion, engineVersion,
                readingsJson, inputJson, quoteJson, totalMin, totalMax, createdAt, createdBy, supersedes,
                idempotencyKey, requestHash, prevHash, contentHash, ownerFirm, operatorName, hashFormat, entryMac);
    }
}
