package org.pledgewatch.extraction.reading.domain.numbers;

/** A date written in digits ("08/25/2025", "25.08.2025", "2025-08-25") at folded [start, end). */
public record NumericDate(int start, int end, int year, int month, int day) {
}
