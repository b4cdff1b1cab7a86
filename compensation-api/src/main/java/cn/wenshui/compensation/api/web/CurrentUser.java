package cn.wenshui.compensation.api.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is logged in, for the header of every page ({@code inject:currentUser.name} in layout.html). */
@Named("currentUser")
@RequestScoped
public class CurrentUser {
    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The account's name; null on a page seen without a login. */
    public String getName() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
