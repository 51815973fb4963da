package org.pledgewatch.commitments.facts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One reported figure, as one article reported it. */
public record ObservationFact(
        String id,
        String metric,
        Parties parties,
        BigDecimal value,
        String unit,
        Period period,
        Kind kind,
        String qualifier,
        String sector,
        LocalDate publishedOn,
        double confidence,
        Evidence evidence) {

    public enum Kind {
        ACTUAL, FORECAST;

        public static Kind parse(String text) {
            return "forecast".equalsIgnoreCase(text) ? FORECAST : ACTUAL;
        }
    }
}
