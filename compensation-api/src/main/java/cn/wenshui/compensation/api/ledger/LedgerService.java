package cn.wenshui.compensation.api.ledger;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Scope;
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

    /** Forks listed in a chain check; all are counted. */
    static final int MAX_FORKS_LISTED = 100;

    private final LedgerRepository repository;
    private final EngineRegistry registry;
    private final LedgerKey key;
    private final Checkpoints checkpoints;
    private final jakarta.enterprise.event.Event<Appended> appended;

    private final jakarta.enterprise.inject.Instance<SideChain> sideChains;

    public LedgerService(LedgerRepository repository, EngineRegistry registry, LedgerKey key,
                         Checkpoints checkpoints, jakarta.enterprise.event.Event<Appended> appended,
                         jakarta.enterprise.inject.Instance<SideChain> sideChains) {
        this.sideChains = sideChains;
        this.repository = repository;
        this.registry = registry;
        this.key = key;
        this.checkpoints = checkpoints;
        this.appended = appended;
    }

    /**
     * Fired (CDI) after an entry is committed, with its quote, for readers that keep facts derived from entries
     * (the caseload). Not fired for an idempotent replay. An observer's failure never undoes the append.
     */
    public record Appended(long seq, String householdId, Quote quote) {
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
        String requestHash = IdempotencyKeys.requestHash(inputJson, supersedes);
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
            LedgerRepository.Appended a = repository.append(author.principal(), idempotencyKey, supersedes, head -> new StoredEntry(
                    head.lastSeq() + 1, input.id(), input.headOfHousehold(), input.village(), quote.scheduleId(),
                    quote.scheduleVersion(), quote.engineVersion(), readingsJson, inputJson, quoteJson,
                    quote.totalMin(), quote.totalMax(), now, author.principal(), supersedes, idempotencyKey,
                    requestHash, head.lastHash(), null, author.ownerFirm(), author.operatorName(),
                    StoredEntry.CURRENT_FORMAT).withHash());
            if (a.replayed()) {
                IdempotencyKeys.refuseReuse(a.entry(), requestHash, author.principal());
            } else {
                appended.fire(new Appended(a.entry().seq(), input.id(), quote));
            }
            return new Result(view(a.entry(), true, null), a.replayed());
        } catch (LedgerRepository.AlreadySuperseded e) {
            // A household keeps one current entry: correct the correction, not the old entry again.
            throw ProblemException.badField(409, "supersedes", "supersedes-already-superseded",
                    "台账记录 " + e.entry + " 已被第" + e.by + "号更正,请更正现行记录 " + e.by,
                    "ledger entry " + e.entry + " is already superseded by entry " + e.by
                            + "; correct the current entry instead");
        } catch (SQLException e) {
            throw new IllegalStateException("ledger append failed", e);
        }
    }

    public Optional<LedgerViews.Entry> get(long id, Scope scope) {
        try {
            Optional<StoredEntry> e = repository.find(id, scope);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(view(e.get(), true, repository.supersededBy(id).orElse(null)));
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    /** One version of a household's quote: the entry, and the entry that corrected it (null while it is current). */
    public record Version(LedgerViews.Entry entry, Long supersededBy) {
        public boolean current() {
            return supersededBy == null;
        }
    }

    /** A household's entries in the scope, oldest first, each marked with the entry that superseded it. */
    public List<Version> versions(String householdId, Scope scope) {
        try {
            return repository.versions(householdId, scope).stream()
                    .map(v -> new Version(view(v.entry(), false, v.supersededBy()), v.supersededBy())).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    /** The household's current entry: the newest one no other entry supersedes. */
    public Optional<LedgerViews.Entry> current(String householdId, Scope scope) {
        try {
            List<LedgerRepository.Version> all = repository.versions(householdId, scope);
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).supersededBy() == null) {
                    return get(all.get(i).entry().seq(), scope);
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    /** The id of the household's current entry in the scope, read without the entries (one query). */
    public Optional<Long> currentId(String householdId, Scope scope) {
        try {
            return repository.currentSeq(householdId, scope);
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    /** The entry that corrected {@code seq} first, if any. */
    public Optional<Long> supersededBy(long seq) {
        try {
            return repository.supersededBy(seq);
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    /** Newest first; null filters match all; {@code to} is inclusive. */
    public LedgerViews.EntryPage list(String householdId, String village, java.time.LocalDate from,
                                      java.time.LocalDate to, Scope scope, int page, int size) {
        return list(new LedgerRepository.Filter(householdId, village, from, to), scope, page, size);
    }

    LedgerViews.EntryPage list(LedgerRepository.Filter filter, Scope scope, int page, int size) {
        try {
            LedgerRepository.Page p = repository.list(filter, scope, page, size);
            Map<Long, Long> by = repository.supersededBy(p.entries().stream().map(StoredEntry::seq).toList());
            return new LedgerViews.EntryPage(p.entries().stream().map(e -> view(e, false, by.get(e.seq()))).toList(),
                    page, size, p.total());
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
            List<String> diffs = new ArrayList<>(c.differences());
            // Checkpoints recorded for this very entry: one naming another hash means the entry was replaced.
            Boolean checkpointOk = null;
            for (Checkpoints.Checkpoint cp : checkpoints.at(e.seq())) {
                boolean same = cp.hash().equals(e.contentHash());
                checkpointOk = (checkpointOk == null || checkpointOk) && same;
                if (!same) {
                    diffs.add("checkpoint: entry " + e.seq() + " was recorded with hash " + cp.hash() + " at "
                            + cp.at() + " (" + cp.kind() + "); the ledger now holds another entry in its place (fork)");
                }
            }
            String ledgerProblem = ledgerProblem(scope);
            if (ledgerProblem != null) {
                diffs.add(ledgerProblem);
            }
            boolean valid = c.valid() && !Boolean.FALSE.equals(checkpointOk);
            if (scope.restricted() && !c.chainLinkMatches()) {
                // The previous entry may be another firm's: say that the link is broken, not what it links to.
                diffs = diffs.stream().map(d -> d.startsWith("chain link:")
                        ? "chain link: prev_hash " + e.prevHash() + " does not match the previous entry" : d).toList();
            }
            return Optional.of(new LedgerViews.EntryCheck(c.id(), valid, c.contentHashMatches(),
                    c.chainLinkMatches(), c.quoteReproduced(), c.storedHash(), c.recomputedHash(), c.storedPrevHash(),
                    scope.restricted() && !c.chainLinkMatches() ? null : c.expectedPrevHash(),
                    c.recomputedWithEngine(), diffs, c.macMatches(), checkpointOk, ledgerProblem == null));
        } catch (SQLException ex) {
            throw new IllegalStateException("ledger read failed", ex);
        }
    }

    /**
     * Whether the ledger still reaches its latest checkpoint with the hash recorded there; null if it does, else why
     * not (without ids or hashes for a firm's scope: those speak of other firms' entries).
     */
    private String ledgerProblem(Scope scope) throws SQLException {
        Optional<Checkpoints.Checkpoint> last = checkpoints.latest();
        if (last.isEmpty()) {
            return null;
        }
        Checkpoints.Checkpoint cp = last.get();
        String stored = repository.hashes(List.of(cp.seq())).get(cp.seq());
        if (cp.hash().equals(stored)) {
            return null;
        }
        if (scope.restricted()) {
            return "ledger: the ledger no longer matches its latest checkpoint (truncated or rewritten)";
        }
        return stored == null
                ? "ledger: truncated — checkpoint of " + cp.at() + " recorded entry " + cp.seq() + " (" + cp.hash()
                        + "), which the ledger no longer holds"
                : "ledger: forked — checkpoint of " + cp.at() + " recorded entry " + cp.seq() + " as " + cp.hash()
                        + ", the ledger holds " + stored;
    }

    /** Walks the chain from the first entry: every hash, MAC and link, the head, and every checkpoint. */
    public LedgerViews.ChainCheck verifyChain() {
        return verifyChain(null);
    }

    /**
     * As {@link #verifyChain()}, also checking a checkpoint given from outside (e.g. the one printed on a household's
     * 补偿明细表): {@code anchor} is (entry id, hash).
     */
    public LedgerViews.ChainCheck verifyChain(Checkpoints.Checkpoint anchor) {
        try {
            List<LedgerViews.EntryCheck> broken = new ArrayList<>();
            List<Long> recomputed = new ArrayList<>();
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
                                null, prev, null, List.of("entry " + (after + 1) + " is missing from the chain"),
                                null, null, null));
                    }
                    LedgerViews.EntryCheck c = check(e, prev, false);
                    if (!c.valid()) {
                        broken.add(c);
                        if (c.contentHashMatches() && c.chainLinkMatches() && !c.macMatches()) {
                            recomputed.add(e.seq());
                        }
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
                        + ") does not match the last entry (" + after + ", " + prev + ")"), null, null, null));
            }
            Anchoring a = anchoring(after, anchor);
            // Records chained beside the ledger under its key (a household's events) are checked in the same walk.
            List<SideChain.Check> sides = sideChains.stream().map(SideChain::verify).toList();
            boolean sidesValid = sides.stream().allMatch(SideChain.Check::valid);
            return new LedgerViews.ChainCheck(broken.isEmpty() && a.truncated == null && a.forked == 0 && sidesValid,
                    count,
                    head.lastHash(), broken, a.truncated, a.forks, a.forked, recomputed,
                    checkpoints.latest().map(cp -> new LedgerViews.CheckpointView(cp.kind(), cp.seq(), cp.hash(),
                            cp.at())).orElse(null), checkpoints.count(), sides);
        } catch (SQLException ex) {
            throw new IllegalStateException("ledger read failed", ex);
        }
    }

    /** What the checkpoints say about a ledger whose last entry is {@code lastSeq}. */
    private static final class Anchoring {
        LedgerViews.Truncation truncated;
        final List<LedgerViews.Fork> forks = new ArrayList<>();
        long forked;
        final java.util.Set<Long> forkedIds = new java.util.HashSet<>();
    }

    /**
     * Compares every checkpoint (the file's, read afresh, and the given anchor) with the entry stored at its id:
     * a checkpoint beyond the last entry means truncation, one naming another hash a fork.
     */
    private Anchoring anchoring(long lastSeq, Checkpoints.Checkpoint anchor) throws SQLException {
        Anchoring a = new Anchoring();
        List<SQLException> failure = new ArrayList<>();
        java.util.function.Consumer<List<Checkpoints.Checkpoint>> compare = batch -> {
            Map<Long, String> stored;
            try {
                stored = repository.hashes(batch.stream().map(Checkpoints.Checkpoint::seq)
                        .collect(java.util.stream.Collectors.toSet()));
            } catch (SQLException ex) {
                failure.add(ex);
                return;
            }
            for (Checkpoints.Checkpoint cp : batch) {
                String source = cp.kind().equals("given") ? "given anchor" : "checkpoint file (" + cp.kind() + ")";
                String hash = stored.get(cp.seq());
                if (hash == null && cp.seq() > lastSeq) {
                    if (a.truncated == null || cp.seq() > a.truncated.checkpointId()) {
                        a.truncated = new LedgerViews.Truncation(lastSeq, cp.seq(), cp.hash(), cp.at(), source);
                    }
                } else if (hash != null && !hash.equals(cp.hash()) && a.forkedIds.add(cp.seq())) {
                    a.forked++;
                    if (a.forks.size() < MAX_FORKS_LISTED) {
                        a.forks.add(new LedgerViews.Fork(cp.seq(), hash, cp.hash(), cp.at(), source));
                    }
                }
                // An id below the last entry with no entry at all is a gap, reported by the chain walk.
            }
        };
        checkpoints.scan(VERIFY_BATCH, compare);
        if (anchor != null) {
            compare.accept(List.of(anchor));
        }
        if (!failure.isEmpty()) {
            throw failure.get(0);
        }
        return a;
    }

    /**
     * Format 1 predates the owner and operator columns and its hash does not cover them: a value there was set
     * outside the service.
     */
    static boolean formatColumnsOk(StoredEntry e) {
        return e.hashFormat() != 1 || (e.ownerFirm() == null && e.operatorName() == null);
    }

    private LedgerViews.EntryCheck check(StoredEntry e, String expectedPrev, boolean recompute) {
        List<String> diffs = new ArrayList<>();
        String recomputed = e.computeHash();
        boolean hashOk = recomputed.equals(e.contentHash());
        if (!hashOk) {
            diffs.add("content hash: stored " + e.contentHash() + ", recomputed " + recomputed
                    + " — a stored column was changed after the entry was written");
        }
        if (!formatColumnsOk(e)) {
            hashOk = false;
            diffs.add("content hash: format 1 does not cover owner firm and operator, which must be empty in a "
                    + "format 1 entry — they were set outside the service");
        }
        boolean macOk = key.matches(e);
        if (!macOk) {
            diffs.add(e.mac() == null
                    ? "MAC: none — the entry was written outside the service, or its MAC removed"
                    : "MAC: does not match — the entry was changed outside the service (its hashes recomputed or "
                            + "not), or this service holds another key than the one that sealed it");
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
        return new LedgerViews.EntryCheck(e.seq(), hashOk && linkOk && quoteOk && macOk, hashOk, linkOk, quoteOk,
                e.contentHash(), recomputed, e.prevHash(), expectedPrev, engineUsed, diffs, macOk, null, null);
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

    private static LedgerViews.Entry view(StoredEntry e, boolean full, Long supersededBy) {
        return new LedgerViews.Entry(e.seq(), e.householdId(), e.headOfHousehold(), e.village(), e.scheduleId(),
                e.scheduleVersion(), e.engineVersion(), readable(e.readingsJson()), e.createdAt(), e.createdBy(),
                e.operatorName(), e.ownerFirm(), e.supersedes(), supersededBy, e.totalMin(), e.totalMax(), e.prevHash(), e.contentHash(),
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
