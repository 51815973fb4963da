package org.pledgewatch.commitments.facts.domain;

/** The unit of recomputation for commitments and figures: one metric between one set of parties. */
public record GroupKey(String metric, Parties parties) {
}
