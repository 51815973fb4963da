package org.pledgewatch.commitments.persistence;

import java.util.Locale;

/**
 * Rows whose {@code parties} key ("KG-KZ") names one country. The key is matched with dashes around it, so that
 * no code matches inside another.
 */
public final class PartyFilter {

    /** The condition, with one parameter: {@link #pattern}. */
    public static final String CONDITION = "concat('-', parties, '-') LIKE ?";

    private PartyFilter() {
    }

    public static String pattern(String party) {
        return "%-" + party.toUpperCase(Locale.ROOT) + "-%";
    }
}
