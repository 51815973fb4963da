package org.pledgewatch.commitments.facts.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A date known to the day, the month or the year ("2025-08-21", "2025-08", "2025"): a span of days. */
public record PartialDate(String text, LocalDate earliest, LocalDate latest) {

    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            if (trimmed.length() >= 10) {
                LocalDate day = LocalDate.parse(trimmed.substring(0, 10));
                return new PartialDate(trimmed.substring(0, 10), day, day);
            }
            if (trimmed.length() == 7) {
                YearMonth month = YearMonth.parse(trimmed);
                return new PartialDate(trimmed, month.atDay(1), month.atEndOfMonth());
            }
            if (trimmed.length() == 4) {
                int year = Integer.parseInt(trimmed);
                return new PartialDate(trimmed, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Whether two dates, each as precise as it is, can name the same event: their spans are within {@code days}. */
    public boolean within(PartialDate other, int days) {
        long gap = Math.max(ChronoUnit.DAYS.between(latest, other.earliest), ChronoUnit.DAYS.between(other.latest, earliest));
        return gap <= days;
    }
}
