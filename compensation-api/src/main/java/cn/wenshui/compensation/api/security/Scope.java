package cn.wenshui.compensation.api.security;

import java.util.Objects;

/**
 * Which ledger entries a caller may see: all of them (staff, auditors) or one appraisal firm's — those it made and
 * those of the households assigned to it (the ledger's repository states this in SQL). Every read of the ledger
 * goes through a scope, so an entry outside it is simply not found.
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

}
