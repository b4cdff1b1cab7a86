package cn.wenshui.compensation.api.lifecycle;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.api.ledger.IdempotencyKeys;
import cn.wenshui.compensation.api.ledger.LedgerKey;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.ledger.LedgerViews;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.quote.HouseholdDates;
import cn.wenshui.compensation.api.quote.QuoteService;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Scope;
import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A household's life as dated events: records them in order ({@link Lifecycle}), keeps the file's state with them,
 * and carries their dates into the household's current ledger entry (re-issued, superseding it) so the quote's
 * 三(三) incentive is decided by what happened, never by dates typed again.
 */
@ApplicationScoped
public class EventService implements HouseholdDates {
    /** Events whose dates the quote takes (签约, 付款, 搬迁交房) and the one that reads the incentive (奖励核定). */
    private static final Set<EventKind> DATING = Set.of(EventKind.SIGNED, EventKind.PAYMENT, EventKind.MOVED_OUT,
            EventKind.INCENTIVE_DECIDED);
    static final int MAX_NOTE = 2000;

    private final EventRepository repository;
    private final LedgerService ledger;
    private final QuoteService quotes;
    private final EngineRegistry registry;
    private final LedgerKey key;

    public EventService(EventRepository repository, LedgerService ledger, QuoteService quotes, EngineRegistry registry,
                        LedgerKey key) {
        this.repository = repository;
        this.ledger = ledger;
        this.quotes = quotes;
        this.registry = registry;
        this.key = key;
    }

    /** A recorded event; {@code replayed}: the event first recorded under the request's Idempotency-Key. */
    public record Result(EventViews.Recorded recorded, boolean replayed) {
    }

    /**
     * Records one event (staff only); refused events leave everything stored as it was. With an Idempotency-Key, a
     * retry of the same request answers with the event it recorded first (a 付款 is never recorded twice by a
     * retry); the same key with another request is refused (422).
     */
    public Result record(String code, EventViews.NewEvent request, Caller caller, String idempotencyKey)
            throws InvalidInventoryException {
        if (!caller.isStaff()) {
            throw new ForbiddenException("only staff record a household's events");
        }
        if (request == null) {
            throw ProblemException.badField(400, "$", "body-required", "请求内容不能为空,须为住户事件 JSON",
                    "the request body must be a household event (JSON)");
        }
        EventKind kind = kind(request.kind());
        String note = note(request.note());
        try (Connection c = repository.connection()) {
            c.setAutoCommit(false);
            try {
                EventRepository.HouseholdRow h = repository.household(c, code, true).orElseThrow(() -> missing(code));
                String requestHash = requestHash(kind, request, note);
                if (idempotencyKey != null) {
                    Optional<EventRepository.Request> first = repository.request(c, h.id(), caller.name(),
                            idempotencyKey);
                    if (first.isPresent()) {
                        c.rollback();
                        return replayed(first.get(), requestHash, c, h);
                    }
                }
                Lifecycle.Position before = replay(repository.events(c, h.id()));
                Lifecycle.Position after;
                try {
                    after = Lifecycle.apply(before, new Lifecycle.Event(kind, request.date(), request.round(),
                            request.amount(), Boolean.TRUE.equals(request.finalPayment())));
                } catch (Lifecycle.Refusal r) {
                    throw ProblemException.badField(422, r.field(), r.rule(), r.zh(), r.en());
                }
                QuoteEngine engine = registry.current();
                Dates dates = dates(after, engine.readings());
                if (engine.incentive(dates) == null) {
                    throw ProblemException.badField(422, "date", "date-out-of-range",
                            "日期" + request.date() + "超出可受理的范围", "the date " + request.date()
                                    + " is outside the range the engine accepts");
                }
                Long ledgerSeq = null;
                Long superseded = null;
                BigDecimal amount = kind == EventKind.PAYMENT ? request.amount().setScale(2, RoundingMode.UNNECESSARY)
                        : null;
                if (DATING.contains(kind)) {
                    Optional<LedgerViews.Entry> current = ledger.current(code, Scope.all());
                    if (current.isPresent()) {
                        LedgerViews.Entry entry = current.get();
                        LedgerViews.Entry synced = sync(entry, dates, kind, request.date(), caller);
                        if (synced.id() != entry.id()) {
                            ledgerSeq = synced.id();
                            superseded = entry.id();
                        }
                        if (kind == EventKind.INCENTIVE_DECIDED) {
                            ledgerSeq = synced.id();
                            amount = decided(synced);
                        }
                    } else if (kind == EventKind.INCENTIVE_DECIDED) {
                        throw ProblemException.badField(422, "kind", "no-quote",
                                "住户「" + code + "」尚无台账报价,无法核定奖励", "household " + code
                                        + " has no ledger entry yet: there is no quote to decide the incentive on");
                    }
                }
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                Integer round = kind == EventKind.PUBLISHED ? Integer.valueOf(after.publishedRounds()) : null;
                Long seqOfEntry = ledgerSeq;
                BigDecimal stored = amount;
                StoredEvent e = repository.append(c, head -> new StoredEvent(head.lastSeq() + 1, h.id(), kind.name(),
                        request.date(), round, stored, Boolean.TRUE.equals(request.finalPayment()), note,
                        after.state().name(), seqOfEntry, now, caller.name(), head.lastHash(), null, null),
                        ev -> key.mac(ev.macPreimage()));
                repository.updateState(c, h.id(), after.state().name(), caller.name(), now);
                if (idempotencyKey != null) {
                    repository.keepRequest(c, e, idempotencyKey, requestHash);
                }
                c.commit();
                return new Result(new EventViews.Recorded(view(e), after.state().name(), after.state().label(),
                        kinds(Lifecycle.allowed(after)), ledgerSeq != null && superseded != null ? ledgerSeq : null,
                        superseded), false);
            } catch (SQLException | RuntimeException | InvalidInventoryException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("household event append failed", ex);
        }
    }

    /** What makes a retried event "the same request": every field the caller sent, normalised. */
    private static String requestHash(EventKind kind, EventViews.NewEvent r, String note) {
        return Canonical.sha256(String.join("\n", kind.name(), String.valueOf(r.date()), String.valueOf(r.round()),
                r.amount() == null ? "" : r.amount().stripTrailingZeros().toPlainString(),
                String.valueOf(Boolean.TRUE.equals(r.finalPayment())), note == null ? "" : note));
    }

    /** The answer to a retry: the first event and the household as it stands now. */
    private Result replayed(EventRepository.Request first, String requestHash, Connection c,
                            EventRepository.HouseholdRow h) throws SQLException {
        if (!first.requestHash().equals(requestHash)) {
            throw ProblemException.badField(422, IdempotencyKeys.HEADER, "idempotency-key-reused",
                    "该幂等键已用于另一份不同的事件请求", "this Idempotency-Key was already used for a different event");
        }
        StoredEvent e = first.event();
        Lifecycle.Position now = replay(repository.events(c, h.id()));
        Long reissued = e.ledgerSeq() != null && !EventKind.INCENTIVE_DECIDED.name().equals(e.kind())
                ? e.ledgerSeq() : null;
        Long superseded = reissued == null ? null
                : ledger.get(reissued, Scope.all()).map(LedgerViews.Entry::supersedes).orElse(null);
        return new Result(new EventViews.Recorded(view(e), now.state().name(), now.state().label(),
                kinds(Lifecycle.allowed(now)), reissued, superseded), true);
    }

    /** A household's events, state, the next events allowed, and 三(三) as of {@code asOf} (null: today). */
    public EventViews.Events events(String code, LocalDate asOf, Caller caller) {
        try (Connection c = repository.connection()) {
            EventRepository.HouseholdRow h = repository.household(c, code, false)
                    .filter(row -> !caller.isAppraiser() || caller.firm().equals(row.appraisalFirm()))
                    .orElseThrow(() -> missing(code));
            List<StoredEvent> stored = repository.events(c, h.id());
            Lifecycle.Position p = replay(stored);
            QuoteEngine engine = registry.current();
            Dates dates = dates(p, engine.readings());
            LocalDate day = asOf == null ? LocalDate.now() : asOf;
            return new EventViews.Events(h.code(), p.state().name(), p.state().label(),
                    caller.isStaff() ? kinds(Lifecycle.allowed(p)) : List.of(),
                    stored.stream().map(EventService::view).toList(),
                    new EventViews.Dates(dates.agreementSigned(), dates.compensationPaid(), dates.movedOut()),
                    incentive(engine, dates, day), ledger.current(code, caller.scope()).map(LedgerViews.Entry::id)
                    .orElse(null));
        } catch (SQLException ex) {
            throw new IllegalStateException("household events read failed", ex);
        }
    }

    /** The dates a household's events give its quotes (QuoteService applies them to every recorded quote). */
    @Override
    public Optional<Dates> of(String code) {
        try (Connection c = repository.connection()) {
            Optional<EventRepository.HouseholdRow> h = repository.household(c, code, false);
            if (h.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(dates(replay(repository.events(c, h.get().id())), registry.readings()));
        } catch (SQLException ex) {
            throw new IllegalStateException("household events read failed", ex);
        }
    }

    /**
     * The quote's dates from the events: signing, the payment I-34 names (the final instalment under
     * LAST_INSTALMENT, so none until 付清; the first under FIRST_INSTALMENT), and the handover (I-35).
     */
    static Dates dates(Lifecycle.Position p, Readings readings) {
        LocalDate paid = readings.incentiveInstalments() == Readings.Instalments.FIRST_INSTALMENT
                ? p.firstPayment() : p.finalPayment();
        return new Dates(p.signed(), paid, p.movedOut());
    }

    private EventViews.Incentive incentive(QuoteEngine engine, Dates dates, LocalDate asOf) {
        Incentive i = engine.incentive(dates);
        Readings r = engine.readings();
        if (i == null) {
            return null;
        }
        return new EventViews.Incentive(i.status().name(), i.startDate(), i.fullDeadline(), i.reducedDeadline(), asOf,
                i.fullDeadline() == null ? null : ChronoUnit.DAYS.between(asOf, i.fullDeadline()),
                i.reducedDeadline() == null ? null : ChronoUnit.DAYS.between(asOf, i.reducedDeadline()),
                i.movedOut(), i.dayNumber(), i.amount(), i.explanation(), r.incentiveInstalments().name(),
                r.incentiveDeadlineHoliday().name());
    }

    /** The entry with the events' dates: itself if they already match, else a new entry superseding it. */
    private LedgerViews.Entry sync(LedgerViews.Entry entry, Dates dates, EventKind kind, LocalDate day, Caller caller)
            throws InvalidInventoryException {
        Household in;
        try {
            in = Canonical.MAPPER.treeToValue(entry.input(), Household.class);
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new IllegalStateException("ledger entry " + entry.id() + " holds an unreadable input", ex);
        }
        Dates had = in.dates() == null ? new Dates(null, null, null) : in.dates();
        if (had.equals(dates)) {
            return entry;
        }
        Household out = new Household(in.id(), in.headOfHousehold(), in.village(), in.soleDwelling(),
                in.hardshipExtensionApproved(), in.demolishedBuildingAreaM2(), in.mainHouse(), in.items(),
                in.livestockPremises(), dates);
        // The operator line says why the entry was re-issued: the event that changed its dates.
        String why = caller.name() + " · 住户事件「" + kind.label() + "」" + day + " 更新日期";
        return quotes.reissueWithEventDates(out, entry.id(), why, caller).entry();
    }

    /** 奖励核定: the incentive the (synced) entry's quote decided; refused while the dates do not decide it. */
    private static BigDecimal decided(LedgerViews.Entry entry) {
        JsonNode incentive = entry.quote() == null ? null : entry.quote().get("incentive");
        String status = incentive == null || incentive.get("status") == null ? "NOT_STARTED"
                : incentive.get("status").asText();
        switch (status) {
            case "DECIDED" -> {
                return incentive.get("amount").decimalValue().setScale(2, RoundingMode.UNNECESSARY);
            }
            case "REFERRED" -> {
                return null; // I-32 REFER_TO_TOWN: decided as none here, 凤城镇 verifies
            }
            default -> throw ProblemException.badField(422, "kind", "incentive-not-decided",
                    "台账记录 " + entry.id() + " 的三(三)奖励尚未确定(" + status + "),不能核定",
                    "the incentive of ledger entry " + entry.id() + " is not decided yet (" + status + ")");
        }
    }

    private static Lifecycle.Position replay(List<StoredEvent> stored) {
        Lifecycle.Position p = Lifecycle.start();
        for (StoredEvent e : stored) {
            EventKind k = EventKind.valueOf(e.kind());
            try {
                p = Lifecycle.apply(p, new Lifecycle.Event(k, e.eventDate(), e.round(),
                        k == EventKind.PAYMENT ? e.amount() : null, e.finalPayment()));
            } catch (Lifecycle.Refusal r) {
                throw new IllegalStateException("stored event " + e.seq() + " does not follow its predecessors: "
                        + r.en() + " (GET /api/v1/ledger/verify)");
            }
        }
        return p;
    }

    private static EventViews.Event view(StoredEvent e) {
        EventKind k = EventKind.valueOf(e.kind());
        HouseholdState s = HouseholdState.valueOf(e.stateAfter());
        return new EventViews.Event(e.seq(), k.name(), k.label(), e.eventDate(), e.round(), e.amount(),
                e.finalPayment(), e.note(), s.name(), s.label(), e.ledgerSeq(), e.recordedAt(), e.recordedBy(),
                e.contentHash());
    }

    static List<EventViews.Kind> kinds(List<EventKind> kinds) {
        return kinds.stream().map(EventViews.Kind::of).toList();
    }

    private static EventKind kind(String s) {
        if (s == null || s.isBlank()) {
            throw ProblemException.badField(400, "kind", "required", "须填写事件类型", "kind is required");
        }
        try {
            return EventKind.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            String all = String.join(", ", Arrays.stream(EventKind.values()).map(EventKind::name).toList());
            throw ProblemException.badField(400, "kind", "unknown-kind", "未知的事件类型「" + s + "」,可用:" + all,
                    "unknown event kind " + s + "; kinds: " + all);
        }
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw ProblemException.badField(400, "note", "too-long", "备注不得超过" + MAX_NOTE + "字",
                    "note is longer than " + MAX_NOTE + " characters");
        }
        if (note.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
            throw ProblemException.badField(400, "note", "control-character", "备注不得含有控制字符",
                    "note must not contain control characters");
        }
        return note.strip();
    }

    static ProblemException missing(String code) {
        return ProblemException.notFound("no household " + code, "没有编号为「" + code + "」的住户");
    }

}
