package cn.wenshui.compensation.api.caseload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the dashboard needs of one ledger entry's quote: the 三(三) incentive (status, start, the two deadlines, the
 * move-out day, the amount once decided) and the count of items waiting for someone else's decision.
 */
public record EntryDigest(long seq, String incentiveStatus, BigDecimal incentiveAmount, LocalDate incentiveStart,
                          LocalDate fullDeadline, LocalDate reducedDeadline, LocalDate movedOut,
                          int pendingAppraisal, int pendingNegotiation, int pendingCommittee, int pendingOther) {

    /** Reads the digest from the quote as the ledger stores it (the API's JSON). */
    static EntryDigest of(long seq, String quoteJson, ObjectMapper mapper) {
        JsonNode q;
        try {
            q = mapper.readTree(quoteJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode inc = q.path("incentive");
        int appraisal = 0, negotiation = 0, committee = 0, other = 0;
        for (JsonNode p : q.path("pending")) {
            switch (p.path("mode").asText()) {
                case "appraisal" -> appraisal++;
                case "negotiation" -> negotiation++;
                case "committee" -> committee++;
                default -> other++;
            }
        }
        return new EntryDigest(seq, text(inc, "status"), inc.hasNonNull("amount") ? inc.get("amount").decimalValue() : null,
                date(inc, "startDate"), date(inc, "fullDeadline"), date(inc, "reducedDeadline"), date(inc, "movedOut"),
                appraisal, negotiation, committee, other);
    }

    /** The digest of a quote just computed (the same facts {@link #of(long, String, ObjectMapper)} reads back). */
    static EntryDigest of(long seq, cn.wenshui.compensation.quote.Quote quote) {
        int appraisal = 0, negotiation = 0, committee = 0, other = 0;
        for (cn.wenshui.compensation.quote.PendingItem p : quote.pending()) {
            switch (p.mode()) {
                case APPRAISAL -> appraisal++;
                case NEGOTIATION -> negotiation++;
                case COMMITTEE -> committee++;
                default -> other++;
            }
        }
        cn.wenshui.compensation.quote.Incentive inc = quote.incentive();
        return inc == null
                ? new EntryDigest(seq, null, null, null, null, null, null, appraisal, negotiation, committee, other)
                : new EntryDigest(seq, inc.status().name(), inc.amount(), inc.startDate(), inc.fullDeadline(),
                inc.reducedDeadline(), inc.movedOut(), appraisal, negotiation, committee, other);
    }

    int pendingTotal() {
        return pendingAppraisal + pendingNegotiation + pendingCommittee + pendingOther;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }
}
