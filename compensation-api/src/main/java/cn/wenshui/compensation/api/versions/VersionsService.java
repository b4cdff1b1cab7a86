package cn.wenshui.compensation.api.versions;

import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.ledger.LedgerViews;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Scope;
import cn.wenshui.compensation.diff.QuoteDiff;
import cn.wenshui.compensation.quote.Quote;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A household's versions: its ledger entries oldest first, which corrected which, and the difference between any
 * two of them. Shared by the versions API and the versions page. Everything goes through a {@link Scope}, so an
 * appraisal firm sees only its own entries and a household it has none of is unknown to it.
 */
@ApplicationScoped
public class VersionsService {
    /** Stored quotes are read leniently: the computed properties (range, exact) are written but not read back. */
    private static final ObjectMapper READER = Canonical.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final LedgerService ledger;

    public VersionsService(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** One version: an entry's id (seq), who wrote it and when, its total, and its place in the correction chain. */
    public record Version(long seq, Instant createdAt, String createdBy, String operator, BigDecimal totalMin,
                          BigDecimal totalMax, Long supersedes, Long supersededBy, boolean current) {
    }

    /** {@code current}: the newest entry nothing supersedes. */
    public record Versions(String householdId, Long current, List<Version> versions) {
    }

    /** The two entries compared and their difference ({@code from} → {@code to}). */
    public record Difference(String householdId, Version from, Version to, QuoteDiff diff) {
    }

    /** The household's versions in the scope; 404 when it has none there. */
    public Versions versions(String householdId, Scope scope) {
        List<LedgerService.Version> all = ledger.versions(householdId, scope);
        if (all.isEmpty()) {
            throw unknownHousehold(householdId);
        }
        List<Version> out = all.stream().map(VersionsService::version).toList();
        Long current = null;
        for (int i = out.size() - 1; i >= 0 && current == null; i--) {
            if (out.get(i).current()) {
                current = out.get(i).seq();
            }
        }
        return new Versions(householdId, current, out);
    }

    /**
     * The difference {@code from} → {@code to}; {@code to} defaults to the current entry, {@code from} to the entry
     * {@code to} corrects, else the version before it. Both must be versions of this household in the scope (422
     * naming the field otherwise, the same answer whether the entry does not exist, is another household's or
     * another firm's).
     */
    public Difference difference(String householdId, Long from, Long to, Scope scope) {
        Versions v = versions(householdId, scope);
        Version b = to == null ? find(v, v.current(), "to") : find(v, to, "to");
        Version a;
        if (from != null) {
            a = find(v, from, "from");
        } else if (b.supersedes() != null && v.versions().stream().anyMatch(x -> x.seq() == b.supersedes())) {
            a = find(v, b.supersedes(), "from");
        } else {
            int i = v.versions().indexOf(b);
            if (i == 0) {
                throw ProblemException.badField(422, "from", "no-previous-version",
                        "台账记录 " + b.seq() + " 是该户的第一个版本,没有可比较的前一版本,请指定 from",
                        "entry " + b.seq() + " is the household's first version; give from to compare with");
            }
            a = v.versions().get(i - 1);
        }
        return new Difference(householdId, a, b, QuoteDiff.between(quote(a.seq(), scope), quote(b.seq(), scope)));
    }

    private static Version find(Versions v, Long seq, String field) {
        return v.versions().stream().filter(x -> seq != null && x.seq() == seq).findFirst()
                .orElseThrow(() -> ProblemException.badField(422, field, "not-a-version-of-household",
                        "台账记录 " + seq + " 不是住户「" + v.householdId() + "」的版本",
                        "ledger entry " + seq + " is not a version of household " + v.householdId()));
    }

    private Quote quote(long seq, Scope scope) {
        LedgerViews.Entry e = ledger.get(seq, scope).orElseThrow(() -> ProblemException.notFound(
                "no ledger entry " + seq, "台账中没有编号为 " + seq + " 的记录"));
        try {
            return READER.treeToValue(e.quote(), Quote.class);
        } catch (Exception ex) {
            throw ProblemException.badField(409, "entry", "stored-entry-unreadable",
                    "台账记录 " + seq + " 的存储内容无法读取,请先校验该记录",
                    "the stored quote of entry " + seq + " cannot be read; verify the entry");
        }
    }

    private static Version version(LedgerService.Version v) {
        LedgerViews.Entry e = v.entry();
        return new Version(e.id(), e.createdAt(), e.createdBy(), e.operator(), e.totalMin(), e.totalMax(),
                e.supersedes(), v.supersededBy(), v.current());
    }

    private static ProblemException unknownHousehold(String householdId) {
        return ProblemException.notFound("no ledger entries for household " + householdId,
                "台账中没有住户「" + householdId + "」的记录");
    }
}
