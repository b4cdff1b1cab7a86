package cn.wenshui.compensation.api.security;

import java.util.List;

/** The three roles of docs/security.md and the identity attribute naming an appraiser's firm. */
public final class Roles {
    /** 凤城镇 staff: quote, record, read all, verify, print, manage API keys and users. */
    public static final String STAFF = "staff";
    /** An appraisal firm (API key): quote, audit its reports, record and read its own entries only. */
    public static final String APPRAISER = "appraiser";
    /** Auditors: read everything, verify; no writes. */
    public static final String AUDITOR = "auditor";
    /** The SecurityIdentity attribute holding an appraiser's firm. */
    public static final String FIRM = "firm";

    /** Roles a username/password user can have (firms have API keys, not users). */
    public static final List<String> USER_ROLES = List.of(STAFF, AUDITOR);

    private Roles() {
    }
}
