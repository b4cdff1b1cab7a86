package cn.wenshui.compensation.api.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the event endpoints take and answer. */
public final class EventViews {
    private EventViews() {
    }

    /** A new event: {@code kind} an {@link EventKind} id; {@code amount} and {@code final} only for PAYMENT. */
    public record NewEvent(String kind, LocalDate date, Integer round, BigDecimal amount,
                           @com.fasterxml.jackson.annotation.JsonProperty("final") Boolean finalPayment, String note) {
    }

    public record Kind(String kind, String label, String description) {
        static Kind of(EventKind k) {
            return new Kind(k.name(), k.label(), k.description());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(long seq, String kind, String label, LocalDate date, Integer round, BigDecimal amount,
                        boolean finalPayment, String note, String state, String stateLabel, Long ledgerEntry,
                        Instant recordedAt, String recordedBy, String contentHash) {
    }

    /** The dates the quote takes from the events (I-34 decides which payment is {@code compensationPaid}). */
    public record Dates(LocalDate agreementSigned, LocalDate compensationPaid, LocalDate movedOut) {
    }

    /**
     * 三(三) as the core decides it for the events' dates, with the days left to each deadline as of {@code asOf}
     * (negative: passed). {@code status} is the core's (NOT_STARTED, AWAITING_MOVE_OUT, DECIDED, REFERRED).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Incentive(String status, LocalDate startDate, LocalDate fullDeadline, LocalDate reducedDeadline,
                            LocalDate asOf, Long daysLeftFull, Long daysLeftReduced, LocalDate movedOut,
                            Long dayNumber, BigDecimal amount, String explanation, String instalmentsReading,
                            String holidayReading) {
    }

    /** A household's events and where they leave it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Events(String household, String state, String stateLabel, List<Kind> allowedNext,
                         List<Event> events, Dates dates, Incentive incentive, Long currentEntry) {
    }

    /** The answer to a recorded event: it, where it leaves the file, and the entry re-issued because of it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Recorded(Event event, String state, String stateLabel, List<Kind> allowedNext,
                           Long reissuedEntry, Long supersededEntry) {
    }
}
