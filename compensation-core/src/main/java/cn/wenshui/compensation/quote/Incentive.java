package cn.wenshui.compensation.quote;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 三(三) the timed incentive. Without a move-out date the deadlines are given instead of an amount.
 *
 * @param startDate        the later of signing and payment
 * @param fullDeadline     the last day to move out for the first tier's reward
 * @param reducedDeadline  the last day to move out for the second tier's reward
 * @param dayNumber        the move-out day counted from the start (I-10)
 */
public record Incentive(Status status, LocalDate startDate, LocalDate fullDeadline, LocalDate reducedDeadline,
                        LocalDate movedOut, Long dayNumber, BigDecimal amount, String explanation) {

    public enum Status {
        /** Signing or payment not yet dated: the clock has not started. */
        NOT_STARTED,
        /** The clock runs; the deadlines say what moving out by each date earns. */
        AWAITING_MOVE_OUT,
        /** Moved out: the amount is decided (0 after the 45th day; I-32 when moved before the start). */
        DECIDED,
        /** Moved out before signing and payment, and I-32 refers the award to 凤城镇 for verification (pending). */
        REFERRED
    }
}
