package cn.wenshui.compensation.api.quote;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.security.ForbiddenException;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Quotes a household and, when asked, records the quote in the ledger: shared by POST /quotes?persist=true and
 * POST /ledger/quotes. It returns results; the resources turn them into HTTP answers.
 */
@ApplicationScoped
public class QuoteService {
    private final EngineRegistry registry;
    private final LedgerService ledger;
    private final HouseholdDates householdDates;

    public QuoteService(EngineRegistry registry, LedgerService ledger, HouseholdDates householdDates) {
        this.registry = registry;
        this.ledger = ledger;
        this.householdDates = householdDates;
    }

    public Quote quote(Household household) throws InvalidInventoryException {
        if (household == null) {
            throw ProblemException.badField(400, "$", "body-required", "请求内容不能为空,须为住户清单 JSON",
                    "the request body must be a household inventory (JSON)");
        }
        return registry.current().quote(household);
    }

    /**
     * The optional display name of the person at the keyboard (X-Operator). It is recorded next to the principal,
     * never instead of it. HTTP headers are Latin-1, so a Chinese name arrives percent-encoded UTF-8
     * ({@code %E7%8E%8B%E4%BA%94}).
     */
    static String operator(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String name;
        try {
            name = java.net.URLDecoder.decode(header.trim(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(400, "X-Operator", "bad-encoding", "X-Operator 须为百分号编码的 UTF-8",
                    "X-Operator must be percent-encoded UTF-8");
        }
        // A name never holds control characters; \r\n or \0 stored here would forge lines in exports and logs.
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badField(400, "X-Operator", "control-character", "X-Operator 不得含有控制字符(如换行、NUL)",
                    "X-Operator must not contain control characters (such as CR, LF or NUL)");
        }
        return name;
    }

    /** The recorded entry; for a repeated Idempotency-Key, the first entry (replayed). */
    public LedgerService.Result issue(Household household, Long supersedes, String idempotencyKey, String operator,
                                      Caller caller) throws InvalidInventoryException {
        return record(withEventDates(household), supersedes, idempotencyKey, operator, caller);
    }

    /**
     * The lifecycle's re-issue of a household's current entry with the dates of the event being recorded (not yet
     * stored, so not checked against the stored events).
     */
    public LedgerService.Result reissueWithEventDates(Household household, long supersedes, String operator,
                                                      Caller caller) throws InvalidInventoryException {
        return record(household, supersedes, null, operator, caller);
    }

    private LedgerService.Result record(Household household, Long supersedes, String idempotencyKey, String operator,
                                        Caller caller) throws InvalidInventoryException {
        if (!caller.isStaff() && !caller.isAppraiser()) {
            throw new ForbiddenException("only staff and appraisers record quotes");
        }
        QuoteEngine engine = registry.current();
        Quote quote = quote(household);
        // The entry names the authenticated principal; an appraiser's entry is owned by its firm.
        LedgerService.Author author = new LedgerService.Author(caller.name(),
                caller.isAppraiser() ? caller.firm() : null, operator(operator), caller.scope());
        return ledger.append(household, quote, engine, author, supersedes, idempotencyKey);
    }

    /**
     * A filed household's recorded quote takes its dates from the household's events, never from dates typed again
     * (docs/lifecycle.md): none given → the events'; the same as the events' → kept; different → 422 naming
     * {@code dates}. A household without a file (an ad-hoc quote) keeps the dates it was given.
     */
    Household withEventDates(Household h) {
        HouseholdDates.Applied a = householdDates.apply(h);
        if (a.conflict()) {
            throw ProblemException.badField(422, "dates", "dates-from-events",
                    "住户「" + h.id() + "」已建档,报价的日期取自住户事件(签约、付款、搬迁交房),不能另填:事件给出 "
                            + HouseholdDates.show(a.events()) + ",请求为 " + HouseholdDates.show(a.typed())
                            + "。请改为登记事件(/households/" + h.id() + "/events),或不填日期",
                    "household " + h.id() + " has a file: its quote's dates come from its events (signing, payment, "
                            + "handover) and cannot be typed: the events give " + HouseholdDates.show(a.events())
                            + ", the request " + HouseholdDates.show(a.typed()) + ". Record an event instead, or "
                            + "leave dates out");
        }
        return a.household();
    }
}
