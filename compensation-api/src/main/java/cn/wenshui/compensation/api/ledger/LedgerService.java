package cn.wenshui.compensation.api.ledger;

import cn.wenshui.compensation.api.engine.Canonical;
import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The tamper-evident ledger: append, read, and re-check entries and the chain. */
@ApplicationScoped
public class LedgerService {
    static final int VERIFY_BATCH = 500;

    private final LedgerRepository repository;
    private final EngineRegistry registry;

    public LedgerService(LedgerRepository repository, EngineRegistry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    /** The appended (or, for a repeated idempotency key, the first) entry. */
    public record Result(LedgerViews.Entry entry, boolean replayed) {
    }

    /**
     * Who writes an entry: the authenticated principal, the firm that will own the entry (null for the town's own
     * entries) and an optional display name of the person at the keyboard (X-Operator).
     */
    public record Author(String principal, String ownerFirm, String operatorName, Scope scope) {
    }

    public Result append(Household input, Quote quote, QuoteEngine engine, Author author, Long supersedes,
                         String idempotencyKey) {
        String inputJson = Canonical.json(input);
        String quoteJson = Canonical.json(quote);
        String readingsJson = Canonical.json(engine.readings().asMap());
        String requestHash = Canonical.sha256(inputJson + "\n" + Objects.toString(supersedes, ""));
        try {
            if (supersedes != null) {
                // Only an entry the author may see can be corrected; any other is reported as unknown.
                StoredEntry old = repository.find(supersedes, author.scope()).orElseThrow(() -> ProblemException.badField(422,
                        "supersedes", "supersedes-unknown", "被更正的台账记录 " + supersedes + " 不存在",
                        "ledger entry " + supersedes + " does not exist"));
                if (!old.householdId().equals(input.id())) {
                    throw ProblemException.badField(422, "supersedes", "supersedes-other-household",
                            "被更正的记录属于住户「" + old.householdId() + "」,与本次住户不同",
                            "entry " + supersedes + " belongs to household " + old.householdId());
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            LedgerRepository.Appended a = repository.append(author.principal(), idempotencyKey, head -> new StoredEntry(
                    head.lastSeq() + 1, input.id(), input.headOfHousehold(), input.village(), quote.scheduleId(),
                    quote.scheduleVersion(), quote.engineVersion(), readingsJson, inputJson, quoteJson,
                    quote.totalMin(), quote.totalMax(), now, author.principal(), supersedes, idempotencyKey,
                    requestHash, head.lastHash(), null, author.ownerFirm(), author.operatorName(),
                    StoredEntry.CURRENT_FORMAT).withHash());
            // Keys are looked up per principal (the repository); the same key with another request is refused.
            if (a.replayed() && (!requestHash.equals(a.entry().requestHash())
                    || !author.principal().equals(a.entry().createdBy()))) {
                throw ProblemException.badField(422, "Idempotency-Key", "idempotency-key-reused",
                        "该幂等键已用于另一份不同的请求", "this Idempotency-Key was already used for a different request");
            }
            return new Result(view(a.entry(), true), a.replayed());
        } catch (SQLException e) {
            throw new IllegalStateException("ledger append failed", e);
        }
    }

    public Optional<LedgerViews.Entry> get(long id, Scope scope) {
        try {
            return repository.find(id, scope).map(e -> view(e, true));
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    public LedgerViews.EntryPage list(LedgerRepository.Filter filter, Scope scope, int page, int size) {
        try {
            LedgerRepository.Page p = repository.list(filter, scope, page, size);
            return new LedgerViews.EntryPage(p.entries().stream().map(e -> view(e, false)).toList(), page, size,
                    p.total());
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    /** Re-checks one entry: its content hash, its link to the previous entry, and its quote recomputed. */
    public Optional<LedgerViews.EntryCheck> verify(long id, Scope scope) {
        try {
            Optional<StoredEntry> found = repository.find(id, scope);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            StoredEntry e = found.get();
            String expectedPrev = e.seq() == 1 ? StoredEntry.GENESIS
                    : repository.find(e.seq() - 1, Scope.all()).map(StoredEntry::contentHash).orElse("(missing entry)");
            LedgerViews.EntryCheck c = check(e, expectedPrev, true);
            if (scope.restricted() && !c.chainLinkMatches()) {
                // The previous entry may be another firm's: say that the link is broken, not what it links to.
                c = new LedgerViews.EntryCheck(c.id(), c.valid(), c.contentHashMatches(), false, c.quoteReproduced(),
                        c.storedHash(), c.recomputedHash(), c.storedPrevHash(), null, c.recomputedWithEngine(),
                        c.differences().stream().map(d -> d.startsWith("chain link:")
                                ? "chain link: prev_hash " + e.prevHash() + " does not match the previous entry" : d)
                                .toList());
            }
            return Optional.of(c);
        } catch (SQLException ex) {
            throw new IllegalStateException("ledger read failed", ex);
        }
    }

    /** Walks the chain from the first entry: every hash, every link, and the head. */
    public LedgerViews.ChainCheck verifyChain() {
        try {
            List<LedgerViews.EntryCheck> broken = new ArrayList<>();
            String prev = StoredEntry.GENESIS;
            long after = 0;
            long count = 0;
            while (true) {
                List<StoredEntry> batch = repository.range(after, VERIFY_BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                for (StoredEntry e : batch) {
                    if (e.seq() != after + 1) {
                        broken.add(new LedgerViews.EntryCheck(after + 1, false, false, false, false, null, null,
                                null, prev, null, List.of("entry " + (after + 1) + " is missing from the chain")));
                    }
                    LedgerViews.EntryCheck c = check(e, prev, false);
                    if (!c.valid()) {
                        broken.add(c);
                    }
                    prev = e.contentHash();
                    after = e.seq();
                    count++;
                }
            }
            LedgerRepository.Head head = repository.head();
            if (head.lastSeq() != after || !head.lastHash().equals(prev)) {
                broken.add(new LedgerViews.EntryCheck(head.lastSeq(), false, false, false, false, head.lastHash(),
                        prev, null, null, null, List.of("the chain head (entry " + head.lastSeq() + ", " + head.lastHash()
                        + ") does not match the last entry (" + after + ", " + prev + ")")));
            }
            return new LedgerViews.ChainCheck(broken.isEmpty(), count, head.lastHash(), broken);
        } catch (SQLException ex) {
            throw new IllegalStateException("ledger read failed", ex);
        }
    }

    private LedgerViews.EntryCheck check(StoredEntry e, String expectedPrev, boolean recompute) {
        List<String> diffs = new ArrayList<>();
        String recomputed = e.computeHash();
        boolean hashOk = recomputed.equals(e.contentHash());
        if (!hashOk) {
            diffs.add("content hash: stored " + e.contentHash() + ", recomputed " + recomputed
                    + " — a stored column was changed after the entry was written");
        }
        boolean linkOk = expectedPrev.equals(e.prevHash());
        if (!linkOk) {
            diffs.add("chain link: prev_hash " + e.prevHash() + " but the previous entry's hash is " + expectedPrev);
        }
        boolean quoteOk = true;
        String engineUsed = null;
        if (recompute) {
            try {
                Map<String, String> readings = Canonical.MAPPER.readValue(e.readingsJson(), new TypeReference<>() {
                });
                Optional<QuoteEngine> engine = registry.engine(e.scheduleId(), e.scheduleVersion(), readings);
                if (engine.isEmpty()) {
                    quoteOk = false;
                    diffs.add("schedule " + e.scheduleId() + " v" + e.scheduleVersion() + " is not loaded here");
                } else {
                    engineUsed = QuoteEngine.VERSION;
                    Household h = Canonical.MAPPER.readValue(e.inputJson(), Household.class);
                    Quote q = engine.get().quote(h);
                    JsonNode stored = Canonical.tree(e.quoteJson());
                    JsonNode now = Canonical.tree(Canonical.json(q));
                    diff("quote", stored, now, diffs);
                    quoteOk = stored.equals(now);
                    if (!e.engineVersion().equals(QuoteEngine.VERSION)) {
                        diffs.add("note: stored with engine " + e.engineVersion() + ", recomputed with "
                                + QuoteEngine.VERSION);
                    }
                }
            } catch (InvalidInventoryException ex) {
                quoteOk = false;
                diffs.add("the stored input no longer quotes: " + ex.violations());
            } catch (Exception ex) {
                quoteOk = false;
                diffs.add("the stored input or readings cannot be read: " + ex.getMessage());
            }
        }
        return new LedgerViews.EntryCheck(e.seq(), hashOk && linkOk && quoteOk, hashOk, linkOk, quoteOk,
                e.contentHash(), recomputed, e.prevHash(), expectedPrev, engineUsed, diffs);
    }

    /** Lists up to 20 paths where two JSON trees differ, with both values. */
    static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= 20 || Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(path + "." + n, a.get(n), b.get(n), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> ia = a.elements();
            Iterator<JsonNode> ib = b.elements();
            for (int i = 0; ia.hasNext(); i++) {
                diff(path + "[" + i + "]", ia.next(), ib.next(), out);
            }
        } else {
            out.add(path + ": stored " + a + ", recomputed " + b);
        }
    }

    private static LedgerViews.Entry view(StoredEntry e, boolean full) {
        return new LedgerViews.Entry(e.seq(), e.householdId(), e.headOfHousehold(), e.village(), e.scheduleId(),
                e.scheduleVersion(), e.engineVersion(), readable(e.readingsJson()), e.createdAt(), e.createdBy(),
                e.operatorName(), e.ownerFirm(), e.supersedes(), e.totalMin(), e.totalMax(), e.prevHash(), e.contentHash(),
                full ? readable(e.inputJson()) : null, full ? readable(e.quoteJson()) : null);
    }

    /** A stored JSON column as a tree; a damaged one is shown as text, so a tampered entry can still be read. */
    private static JsonNode readable(String json) {
        try {
            return Canonical.tree(json);
        } catch (IllegalArgumentException e) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(json);
        }
    }
}
