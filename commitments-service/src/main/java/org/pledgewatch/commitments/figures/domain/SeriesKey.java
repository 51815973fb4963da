package org.pledgewatch.commitments.figures.domain;

import org.pledgewatch.commitments.facts.domain.Parties;

/** One series: a metric between parties, in one unit, for one sector (null: the whole of it). */
public record SeriesKey(String metric, Parties parties, String unit, String sector) {
}
