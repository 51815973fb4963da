package org.pledgewatch.extraction.reading.domain;

/** Evidence for a finding: {@code quote} equals {@code body.substring(start, end)}. */
public record Span(int start, int end, String quote) {
}
