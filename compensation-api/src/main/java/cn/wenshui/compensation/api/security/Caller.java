package cn.wenshui.compensation.api.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated caller of a request, as the resources need it: a name, a role and, for appraisers, a firm. */
public record Caller(String name, String role, String firm) {

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        String name = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.STAFF)) {
            return new Caller(name, Roles.STAFF, null);
        }
        if (identity.hasRole(Roles.AUDITOR)) {
            return new Caller(name, Roles.AUDITOR, null);
        }
        if (identity.hasRole(Roles.APPRAISER)) {
            Object firm = identity.getAttribute(Roles.FIRM);
            if (!(firm instanceof String f) || f.isBlank()) {
                // An appraiser without a firm could otherwise see every firm's entries: refuse outright.
                throw new ForbiddenException("appraiser identity without a firm");
            }
            return new Caller(name, Roles.APPRAISER, f);
        }
        throw new ForbiddenException("no role");
    }

    public boolean isStaff() {
        return Roles.STAFF.equals(role);
    }

    public boolean isAppraiser() {
        return Roles.APPRAISER.equals(role);
    }

    /** The ledger entries this caller may see: staff and auditors all, an appraiser its firm's. */
    public Scope scope() {
        return isAppraiser() ? Scope.firm(firm) : Scope.all();
    }
}
