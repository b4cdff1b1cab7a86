package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.api.ledger.IdempotencyKeys;
import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.problem.BodyLimits;
import cn.wenshui.compensation.api.quote.HouseholdDates;
import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import cn.wenshui.compensation.api.batch.BatchError.Level;
import cn.wenshui.compensation.api.batch.BatchResult.QuotedHousehold;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.QuoteEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Parse, quote, optionally record in the ledger, and keep: one uploaded workbook becomes one {@link BatchResult}. */
@ApplicationScoped
public class BatchService {
    private static final Logger LOG = Logger.getLogger(BatchService.class);

    private final EngineRegistry registry;
    private final LedgerService ledger;
    private final BatchStore store;
    private volatile byte[] template;

    private final BodyLimits limits;
    private final SecurityIdentity identity;
    private final BatchGate gate;
    private final HouseholdDates householdDates;

    public BatchService(EngineRegistry registry, LedgerService ledger, BatchStore store, BodyLimits limits,
                        SecurityIdentity identity, BatchGate gate, HouseholdDates householdDates) {
        this.householdDates = householdDates;
        this.registry = registry;
        this.ledger = ledger;
        this.store = store;
        this.limits = limits;
        this.identity = identity;
        this.gate = gate;
    }

    /** The upload's own limit (enforced by BodySizeFilter); the file with its multipart framing must fit in it. */
    public long uploadLimit() {
        return limits.upload();
    }

    /** How long an upload waits for the one running before it, at most. */
    public long queueWaitSeconds() {
        return gate.queueWait().toSeconds();
    }

    /** The template of the current schedule, built once. */
    public byte[] template() {
        byte[] t = template;
        if (t == null) {
            t = TemplateWorkbook.build(registry.current(), uploadLimit());
            template = t;
        }
        return t.clone();
    }

    /**
     * Reads, quotes, records and keeps one workbook, when no other is running ({@link BatchGate}).
     *
     * @throws BatchGate.Busy when another workbook kept this one waiting too long, or too many wait already
     */
    public BatchResult importFile(Path file, String fileName, boolean persist, String operator) {
        return gate.run(() -> run(() -> new BatchParser(registry.current().schedule()).parse(file), fileName,
                persist, operator));
    }

    public BatchResult importStream(InputStream in, String fileName, boolean persist, String operator) {
        return gate.run(() -> run(() -> new BatchParser(registry.current().schedule()).parse(in), fileName,
                persist, operator));
    }

    private BatchResult run(Supplier<BatchParser.ParsedWorkbook> parse, String fileName, boolean persist,
                            String operator) {
        QuoteEngine engine = registry.current();
        long t0 = System.nanoTime();
        BatchParser.ParsedWorkbook wb = parse.get();
        long parseMillis = (System.nanoTime() - t0) / 1_000_000;
        BatchResult result = new BatchQuoter(engine).quote(BatchStore.newId(), fileName, wb, parseMillis);
        wb = null; // the drafts can go; the households' input stays in the result
        if (persist) {
            result = persist(result, engine, operator);
        }
        store.put(result);
        LOG.infof("batch %s (%s): %d households, %d quoted, %d skipped, %d errors; parse %d ms, quote %d ms",
                result.batchId(), fileName, result.totals().households(), result.totals().quotedHouseholds(),
                result.totals().skippedHouseholds(), result.totals().errors(), result.parseMillis(),
                result.quoteMillis());
        return result;
    }

    /**
     * Records each quoted household in the ledger, keeping one current entry per household (docs/corrections.md):
     * a household with no entry gets one; one whose current entry holds the same input keeps it (no new entry, as
     * before: re-uploading a workbook is harmless); one whose input changed gets an entry superseding its current
     * one. The idempotency key is the hash of the input, plus the entry superseded, so a retry replays the entry.
     */
    private BatchResult persist(BatchResult r, QuoteEngine engine, String operator) {
        String by = operator == null || operator.isBlank() ? "批量导入" : operator.strip();
        if (by.length() > 100) {
            by = by.substring(0, 100);
        }
        // /batch is for staff only: the entries are the town's own (no owner firm), written by the logged-in user.
        Caller caller = Caller.of(identity);
        LedgerService.Author author = new LedgerService.Author(caller.name(), null, by, caller.scope());
        List<QuotedHousehold> saved = new ArrayList<>();
        List<BatchError> errors = new ArrayList<>(r.errors());
        for (QuotedHousehold quoted : r.quoted()) {
            QuotedHousehold h = quoted;
            try {
                h = withEventDates(quoted, r, errors);
                String key = IdempotencyKeys.ofImportedHousehold(h.input());
                Long current = ledger.currentId(h.id(), caller.scope()).orElse(null);
                if (current != null && sameInput(current, h, caller)) {
                    saved.add(h.withLedgerEntry(current, null));
                    continue;
                }
                // quoted again: the batch keeps only each quote's summary (BatchResult)
                LedgerService.Result e = ledger.append(h.input(), engine.quote(h.input()), engine, author, current,
                        current == null ? key : key + "-supersedes-" + current);
                saved.add(h.withLedgerEntry(e.entry().id(), current));
            } catch (RuntimeException | InvalidInventoryException e) {
                LOG.warnf(e, "batch %s: household %s not recorded in the ledger", r.batchId(), h.id());
                saved.add(h);
                errors.add(new BatchError(BatchLayout.HOUSEHOLDS, h.row(), null, null, h.id(), null, "ledger-failed",
                        "已报价,但未能保存到台账:" + e.getMessage(), "quoted, but not recorded in the ledger: "
                        + e.getMessage(), Level.WARNING));
            }
        }
        return new BatchResult(r.batchId(), r.createdAt(), r.fileName(), r.scheduleId(), r.scheduleVersion(),
                r.engineVersion(), saved, r.skipped(), errors, BatchQuoter.totals(r.engine().schedule().sectionIds(), r.totals().households(), saved,
                r.skipped(), errors), r.parseMillis(), r.quoteMillis(), r.engine());
    }

    /**
     * A filed household is recorded with its events' dates (docs/lifecycle.md), quoted again with them; a row whose
     * typed dates differ is reported, as a warning: the workbook cannot move the incentive's dates.
     */
    private QuotedHousehold withEventDates(QuotedHousehold h, BatchResult r, List<BatchError> errors)
            throws InvalidInventoryException {
        HouseholdDates.Applied a = householdDates.apply(h.input());
        if (a.conflict()) {
            errors.add(new BatchError(BatchLayout.HOUSEHOLDS, h.row(), null, null, h.id(), "dates",
                    "dates-from-events", "住户已建档,日期以住户事件为准:事件给出 " + HouseholdDates.show(a.events())
                    + ",表中为 " + HouseholdDates.show(a.typed()) + ",已按事件的日期报价",
                    "the household has a file: its dates are its events' " + HouseholdDates.show(a.events())
                    + ", not the row's " + HouseholdDates.show(a.typed()) + "; quoted with the events' dates",
                    Level.WARNING));
        }
        if (a.household() == h.input()) {
            return h;
        }
        return new QuotedHousehold(h.id(), h.row(), a.household(),
                BatchResult.QuoteSummary.of(r.engine().quote(a.household())), h.ledgerEntryId(),
                h.supersededEntryId());
    }

    /** Whether the household's current entry was made from this very input (its canonical JSON). */
    private boolean sameInput(long entry, QuotedHousehold h, Caller caller) {
        return ledger.get(entry, caller.scope())
                .map(e -> Canonical.tree(Canonical.json(h.input())).equals(e.input())).orElse(false);
    }
}
