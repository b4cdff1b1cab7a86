package cn.wenshui.compensation.api.security;

import java.util.Objects;

/**
 * Which ledger entries a caller may see: all of them (staff, auditors) or only those one firm owns (an appraisal
 * firm). Every read of the ledger goes through a scope, so an entry outside it is simply not found.
 */
public record Scope(String firm) {
    private static final Scope ALL = new Scope(null);

    public static Scope all() {
        return ALL;
    }

    public static Scope firm(String firm) {
        return new Scope(Objects.requireNonNull(firm, "firm"));
    }

    public boolean restricted() {
        return firm != null;
    }

    /** Whether an entry owned by {@code ownerFirm} (null: the town's own) is inside this scope. */
    public boolean allows(String ownerFirm) {
        return !restricted() || firm.equals(ownerFirm);
    }
}
