package org.pledgewatch.contracts.extraction;

/** The words a finding stands on: {@code quote} is {@code body.substring(start, end)} of the article. */
public record Evidence(String quote, int start, int end) {
}
