package org.pledgewatch.commitments.facts.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A date known to the day, the month or the year ("2025-08-21", "2025-08", "2025"): a span of days. */
public record PartialDate(String text, LocalDate earliest, LocalDate latest) {

    /**
     * Reads "yyyy-MM-dd" (anything after the tenth character ignored), "yyyy-MM" or "yyyy"; null for anything else.
     * Read digit by digit rather than with a formatter: recomputation parses every agreement report's dates.
     */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            int year = trimmed.length() >= 4 ? number(trimmed, 0, 4) : -1;
            if (year < 0) {
                return null;
            }
            if (trimmed.length() >= 10 && trimmed.charAt(4) == '-' && trimmed.charAt(7) == '-') {
                LocalDate day = LocalDate.of(year, number(trimmed, 5, 7), number(trimmed, 8, 10));
                return new PartialDate(trimmed.substring(0, 10), day, day);
            }
            if (trimmed.length() == 7 && trimmed.charAt(4) == '-') {
                YearMonth month = YearMonth.of(year, number(trimmed, 5, 7));
                return new PartialDate(trimmed, month.atDay(1), month.atEndOfMonth());
            }
            if (trimmed.length() == 4) {
                return new PartialDate(trimmed, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The decimal number in {@code text[from, to)}, or -1 unless every character there is a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether two dates, each as precise as it is, can name the same event: their spans are within {@code days}. */
    public boolean within(PartialDate other, int days) {
        long gap = Math.max(ChronoUnit.DAYS.between(latest, other.earliest), ChronoUnit.DAYS.between(other.latest, earliest));
        return gap <= days;
    }
}
