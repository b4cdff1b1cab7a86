package cn.wenshui.compensation.api.ledger;

import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.household.Household;
import java.util.Objects;

/**
 * The Idempotency-Key rule, in one place: a key's form, what makes a retry "the same request", and the key a batch
 * import derives for each household. The repository looks keys up per principal: another principal's key neither
 * replays nor blocks.
 */
public final class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    /** Answer header: true when the entry is the first one recorded under the key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Printable ASCII, 1–200 characters. */
    public static final String PATTERN = "[\\x21-\\x7E]{1,200}";

    private IdempotencyKeys() {
    }

    /** Two requests are the same when their canonical input and the entry they correct are. */
    static String requestHash(String canonicalInput, Long supersedes) {
        return Canonical.sha256(canonicalInput + "\n" + Objects.toString(supersedes, ""));
    }

    /** A batch import's key: the hash of the household's input, so the same workbook again replays its entries. */
    public static String ofImportedHousehold(Household input) {
        return "xlsx-" + Canonical.sha256(Canonical.json(input));
    }

    /** A key replayed with another request (or by another principal) is refused, not answered with the first entry. */
    static void refuseReuse(StoredEntry first, String requestHash, String principal) {
        if (!requestHash.equals(first.requestHash()) || !principal.equals(first.createdBy())) {
            throw ProblemException.badField(422, HEADER, "idempotency-key-reused",
                    "该幂等键已用于另一份不同的请求", "this Idempotency-Key was already used for a different request");
        }
    }
}
