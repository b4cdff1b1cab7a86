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

    public QuoteService(EngineRegistry registry, LedgerService ledger) {
        this.registry = registry;
        this.ledger = ledger;
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
}
