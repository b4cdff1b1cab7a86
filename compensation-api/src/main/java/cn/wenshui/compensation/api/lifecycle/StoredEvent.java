package cn.wenshui.compensation.api.lifecycle;

import cn.wenshui.compensation.api.ledger.Canonical;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A household_event row exactly as stored. The content hash covers every column but itself and the MAC
 * ("household-event/v1", length-prefixed); the MAC, keyed with the ledger's key, covers those and the hash
 * ("household-event-mac/v1"). {@code ledgerSeq}: the ledger entry the event caused (its dates re-issued) or, for
 * 奖励核定, the entry whose incentive it records.
 */
record StoredEvent(long seq, long householdId, String kind, LocalDate eventDate, Integer round, BigDecimal amount,
                   boolean finalPayment, String note, String stateAfter, Long ledgerSeq, Instant recordedAt,
                   String recordedBy, String prevHash, String contentHash, String mac) {

    static final String GENESIS = "0".repeat(64);

    private Object[] columns() {
        return new Object[]{seq, householdId, kind, eventDate, round, amount == null ? null : amount.toPlainString(),
                finalPayment, note, stateAfter, ledgerSeq, recordedAt.toString(), recordedBy, prevHash};
    }

    String computeHash() {
        return Canonical.sha256(lengthPrefixed(new StringBuilder("household-event/v1\n"), columns()));
    }

    String macPreimage() {
        StringBuilder b = new StringBuilder("household-event-mac/v1\n");
        lengthPrefixed(b, columns());
        return lengthPrefixed(b, new Object[]{contentHash});
    }

    private static String lengthPrefixed(StringBuilder b, Object[] columns) {
        for (Object v : columns) {
            String s = v == null ? "" : v.toString();
            b.append(v == null ? -1 : s.length()).append(':').append(s).append('\n');
        }
        return b.toString();
    }

    StoredEvent withHash() {
        return new StoredEvent(seq, householdId, kind, eventDate, round, amount, finalPayment, note, stateAfter,
                ledgerSeq, recordedAt, recordedBy, prevHash, computeHash(), mac);
    }

    StoredEvent withMac(String m) {
        return new StoredEvent(seq, householdId, kind, eventDate, round, amount, finalPayment, note, stateAfter,
                ledgerSeq, recordedAt, recordedBy, prevHash, contentHash, m);
    }
}
