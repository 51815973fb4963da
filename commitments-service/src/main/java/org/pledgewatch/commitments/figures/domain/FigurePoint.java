package org.pledgewatch.commitments.figures.domain;

import java.math.BigDecimal;
import java.util.List;

import org.pledgewatch.commitments.facts.domain.ObservationFact;
import org.pledgewatch.commitments.facts.domain.Period;

/**
 * All reports of one figure for one period, and the value tracking uses. {@code conflicting} when the reports
 * disagree by more than {@link ConflictRule#TOLERANCE}; {@code chosen} is then the report the rule picked.
 */
public record FigurePoint(
        Period period,
        ObservationFact.Kind kind,
        List<ObservationFact> reports,
        ObservationFact chosen,
        boolean conflicting) {

    public BigDecimal value() {
        return chosen.value();
    }

    public Integer year() {
        return period.year();
    }
}
