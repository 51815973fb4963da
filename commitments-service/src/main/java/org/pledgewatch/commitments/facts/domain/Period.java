package org.pledgewatch.commitments.facts.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a figure covers: a calendar year ("2024"), a part of one ("2025-01/2025-09"), a cumulative span
 * since a year ("2005/.."), or nothing known. Only whole years take part in growth rates.
 */
public record Period(String text, Integer year, boolean wholeYear) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{4})(?:-\\d{2})?(?:-\\d{2})?/(\\d{4}|\\.\\.)?.*");

    public static final Period UNKNOWN = new Period(null, null, false);

    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = text.trim();
        if (trimmed.matches("\\d{4}")) {
            return new Period(trimmed, Integer.parseInt(trimmed), true);
        }
        Matcher interval = INTERVAL.matcher(trimmed);
        if (interval.matches()) {
            String end = interval.group(2);
            Integer year = end == null || end.equals("..") ? null : Integer.valueOf(end);
            return new Period(trimmed, year != null ? year : Integer.valueOf(interval.group(1)), false);
        }
        Matcher anyYear = YEAR.matcher(trimmed);
        return new Period(trimmed, anyYear.find() ? Integer.valueOf(anyYear.group(1)) : null, false);
    }

    public Optional<Integer> annualYear() {
        return wholeYear ? Optional.of(year) : Optional.empty();
    }

    public boolean isKnown() {
        return text != null;
    }
}
