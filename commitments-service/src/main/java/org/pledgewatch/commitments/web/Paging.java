package org.pledgewatch.commitments.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;

/** Checks of list parameters shared by every list endpoint, answered with problem+json when wrong. */
public final class Paging {

    public static final int MAX_SIZE = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** An ISO 3166-1 alpha-2 code, upper-cased; null stays null. */
    public static String country(String party) {
        if (party == null || party.isBlank()) {
            return null;
        }
        if (!COUNTRY.matcher(party.trim()).matches()) {
            throw invalid("party", "must be an ISO 3166-1 alpha-2 country code such as KZ");
        }
        return party.trim().toUpperCase(Locale.ROOT);
    }

    public static ProblemException invalid(String field, String reason) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid parameter", field + " " + reason)
                .withErrors(List.of(new Problem.FieldError(field, reason))));
    }
}
