package org.pledgewatch.web.security;

/**
 * The roles a bearer token may carry (in its {@code groups} claim). Writes need a role; reads are open or need
 * any valid token, as {@code pledgewatch.reads-require-token} says.
 */
public final class Roles {

    /** A newsroom feed or editor that submits articles. */
    public static final String NEWSROOM = "newsroom";

    /** An operator: replay, re-extraction, reassessment. */
    public static final String ADMIN = "admin";

    /** A dashboard or analyst, when reads require a token. */
    public static final String READER = "reader";

    private Roles() {
    }
}
