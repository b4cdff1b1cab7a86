package cn.wenshui.compensation.api.lifecycle;

import static cn.wenshui.compensation.api.lifecycle.EventKind.*;

import cn.wenshui.compensation.api.household.HouseholdState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The order a household's events may come in: a table of the events each state allows (docs/lifecycle.md), a few
 * guards where the state alone does not decide (a file moved out before signing or payment, I-46), and the date
 * rules. Pure: it folds events into a {@link Position} and says why an event does not fit.
 */
public final class Lifecycle {

    /**
     * The events each state allows. MOVED_OUT may come before signing and payment (I-32, I-46): its row lists what
     * may still follow, and {@link #allowed} keeps those whose facts are missing.
     */
    static final Map<HouseholdState, List<EventKind>> TABLE = new EnumMap<>(HouseholdState.class);

    static {
        TABLE.put(HouseholdState.REGISTERED, List.of(APPRAISAL_RECEIVED, OBJECTION, REFERRED_TO_COMMAND));
        TABLE.put(HouseholdState.APPRAISED, List.of(PUBLISHED, OBJECTION, REFERRED_TO_COMMAND));
        TABLE.put(HouseholdState.PUBLISHED_1, List.of(PUBLISHED, OBJECTION, REFERRED_TO_COMMAND));
        TABLE.put(HouseholdState.PUBLISHED_2, List.of(SIGNED, MOVED_OUT, OBJECTION, REFERRED_TO_COMMAND));
        TABLE.put(HouseholdState.SIGNED, List.of(PAYMENT, MOVED_OUT, OBJECTION));
        TABLE.put(HouseholdState.PARTLY_PAID, List.of(PAYMENT, MOVED_OUT, OBJECTION));
        TABLE.put(HouseholdState.PAID, List.of(MOVED_OUT, OBJECTION));
        TABLE.put(HouseholdState.MOVED_OUT, List.of(SIGNED, PAYMENT, INCENTIVE_DECIDED, OBJECTION));
        TABLE.put(HouseholdState.INCENTIVE_DECIDED, List.of(ARCHIVED));
        TABLE.put(HouseholdState.ARCHIVED, List.of());
        TABLE.put(HouseholdState.OBJECTION, List.of(REVIEW_DONE));
        TABLE.put(HouseholdState.REFERRED, List.of(REVIEW_DONE));
    }

    private Lifecycle() {
    }

    /** One event as the machine needs it. */
    public record Event(EventKind kind, LocalDate date, Integer round, BigDecimal amount, boolean finalPayment) {
    }

    public record Payment(LocalDate date, BigDecimal amount, boolean finalPayment) {
    }

    /**
     * Where a file stands: its state, the state an objection or referral set aside (REVIEW_DONE returns to it), and
     * the dated facts the incentive needs.
     */
    public record Position(HouseholdState state, HouseholdState asideFrom, int publishedRounds, LocalDate signed,
                           List<Payment> payments, LocalDate movedOut, LocalDate lastDate,
                           LocalDate lastDateBesidesMove) {

        public boolean paidInFull() {
            return payments.stream().anyMatch(Payment::finalPayment);
        }

        public LocalDate firstPayment() {
            return payments.isEmpty() ? null : payments.get(0).date();
        }

        /** The day the compensation was paid in full (the final instalment), null before. */
        public LocalDate finalPayment() {
            return payments.stream().filter(Payment::finalPayment).map(Payment::date).findFirst().orElse(null);
        }
    }

    /** A just-registered file. */
    public static Position start() {
        return new Position(HouseholdState.REGISTERED, null, 0, null, List.of(), null, null, null);
    }

    /** Why an event does not fit: the field, the rule, and the message in both languages. */
    public static final class Refusal extends Exception {
        private final String field;
        private final String rule;
        private final String zh;

        Refusal(String field, String rule, String zh, String en) {
            super(en, null, false, false);
            this.field = field;
            this.rule = rule;
            this.zh = zh;
        }

        public String field() {
            return field;
        }

        public String rule() {
            return rule;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return getMessage();
        }
    }

    /** The events that may come next, in the table's order. */
    public static List<EventKind> allowed(Position p) {
        List<EventKind> out = new ArrayList<>();
        for (EventKind k : TABLE.get(p.state())) {
            if (p.state() != HouseholdState.MOVED_OUT || movedOutAllows(p, k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Moved out before everything was done (I-46): signing, then payment, then the incentive. */
    private static boolean movedOutAllows(Position p, EventKind k) {
        return switch (k) {
            case SIGNED -> p.signed() == null;
            case PAYMENT -> p.signed() != null && !p.paidInFull();
            case INCENTIVE_DECIDED -> p.signed() != null && p.paidInFull();
            default -> true;
        };
    }

    /** The position after {@code e}, or why {@code e} does not fit. */
    public static Position apply(Position p, Event e) throws Refusal {
        List<EventKind> allowed = allowed(p);
        if (!allowed.contains(e.kind())) {
            throw new Refusal("kind", "event-out-of-order",
                    "当前状态为「" + p.state().label() + "」(" + p.state().name() + "),不能记录「" + e.kind().label()
                            + "」;可记录的下一事件:" + zhList(allowed),
                    "event " + e.kind().name() + " is not allowed in state " + p.state().name() + " ("
                            + p.state().label() + "); allowed next: " + enList(allowed));
        }
        fields(e);
        dates(p, e);
        HouseholdState s = p.state();
        int rounds = p.publishedRounds();
        LocalDate signed = p.signed();
        List<Payment> payments = p.payments();
        LocalDate moved = p.movedOut();
        HouseholdState aside = p.asideFrom();
        switch (e.kind()) {
            case APPRAISAL_RECEIVED -> s = HouseholdState.APPRAISED;
            case PUBLISHED -> {
                int round = e.round() == null ? rounds + 1 : e.round();
                if (round != rounds + 1) {
                    throw new Refusal("round", "publication-round", "应为第" + (rounds + 1) + "轮公示,而非第" + round + "轮",
                            "the next publication is round " + (rounds + 1) + ", not " + round);
                }
                rounds = round;
                s = round == 1 ? HouseholdState.PUBLISHED_1 : HouseholdState.PUBLISHED_2;
            }
            case SIGNED -> {
                signed = e.date();
                s = s == HouseholdState.MOVED_OUT ? s : HouseholdState.SIGNED;
            }
            case PAYMENT -> {
                payments = new ArrayList<>(payments);
                payments.add(new Payment(e.date(), e.amount(), e.finalPayment()));
                payments = List.copyOf(payments);
                if (s != HouseholdState.MOVED_OUT) {
                    s = e.finalPayment() ? HouseholdState.PAID : HouseholdState.PARTLY_PAID;
                }
            }
            case MOVED_OUT -> {
                moved = e.date();
                s = HouseholdState.MOVED_OUT;
            }
            case INCENTIVE_DECIDED -> s = HouseholdState.INCENTIVE_DECIDED;
            case ARCHIVED -> s = HouseholdState.ARCHIVED;
            case OBJECTION -> {
                aside = s;
                s = HouseholdState.OBJECTION;
            }
            case REFERRED_TO_COMMAND -> {
                aside = s;
                s = HouseholdState.REFERRED;
            }
            case REVIEW_DONE -> {
                s = aside;
                aside = null;
            }
        }
        LocalDate last = later(p.lastDate(), e.date());
        LocalDate besidesMove = e.kind() == MOVED_OUT ? p.lastDateBesidesMove() : later(p.lastDateBesidesMove(), e.date());
        return new Position(s, aside, rounds, signed, payments, moved, last, besidesMove);
    }

    /** Folds a file's events from its registration. */
    public static Position replay(List<Event> events) throws Refusal {
        Position p = start();
        for (Event e : events) {
            p = apply(p, e);
        }
        return p;
    }

    private static void fields(Event e) throws Refusal {
        if (e.date() == null) {
            throw new Refusal("date", "required", "须填写事件日期", "date is required");
        }
        if (e.kind() == PAYMENT) {
            if (e.amount() == null || e.amount().signum() <= 0) {
                throw new Refusal("amount", "positive", "付款金额须大于0", "a payment's amount must be positive");
            }
            if (e.amount().stripTrailingZeros().scale() > 2) {
                throw new Refusal("amount", "fen", "付款金额最多精确到分", "a payment's amount has at most two decimals");
            }
        } else if (e.amount() != null) {
            throw new Refusal("amount", "not-allowed", "只有「付款」事件填写金额", "only a PAYMENT carries an amount");
        }
        if (e.finalPayment() && e.kind() != PAYMENT) {
            throw new Refusal("final", "not-allowed", "只有「付款」事件可标记付清", "only a PAYMENT can be final");
        }
        if (e.round() != null && e.kind() != PUBLISHED) {
            throw new Refusal("round", "not-allowed", "只有「公示」事件填写轮次", "only a PUBLISHED event has a round");
        }
    }

    /**
     * Dates never go backwards, except that signing and payment may follow a move-out dated before them (I-32, I-46):
     * they are compared with the events other than the move.
     */
    private static void dates(Position p, Event e) throws Refusal {
        LocalDate bound = (e.kind() == SIGNED || e.kind() == PAYMENT) ? p.lastDateBesidesMove() : p.lastDate();
        if (bound != null && e.date().isBefore(bound)) {
            throw new Refusal("date", "date-order", "「" + e.kind().label() + "」日期" + e.date() + "早于此前事件的日期" + bound
                    + "(当前状态「" + p.state().label() + "」)", "the " + e.kind().name() + " date " + e.date()
                    + " is before the date of an earlier event, " + bound + " (state " + p.state().name() + ")");
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    static String zhList(List<EventKind> kinds) {
        return kinds.isEmpty() ? "无(已归档)" : String.join("、", kinds.stream().map(EventKind::named).toList());
    }

    static String enList(List<EventKind> kinds) {
        return kinds.isEmpty() ? "none (archived)" : String.join(", ", kinds.stream().map(EventKind::name).toList());
    }
}
