package org.pledgewatch.commitments.figures.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;

import org.pledgewatch.commitments.facts.domain.ObservationFact;

/**
 * When sources disagree on one period's figure by more than 5 %, the period is CONFLICTING and tracking uses the
 * most recently published report: later reports usually carry revised statistics. Ties go to the higher
 * confidence, then to the lower value (the cautious reading), then to the fact id, so the choice never depends
 * on the order in which reports arrived.
 */
public final class ConflictRule {

    public static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    static final Comparator<ObservationFact> PREFERENCE = Comparator
            .comparing(ObservationFact::publishedOn, Comparator.nullsFirst(Comparator.naturalOrder())).reversed()
            .thenComparing(Comparator.comparingDouble(ObservationFact::confidence).reversed())
            .thenComparing(ObservationFact::value)
            .thenComparing(ObservationFact::id);

    private ConflictRule() {
    }

    public static boolean disagree(List<ObservationFact> reports) {
        BigDecimal min = reports.stream().map(ObservationFact::value).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = reports.stream().map(ObservationFact::value).max(Comparator.naturalOrder()).orElseThrow();
        if (min.signum() <= 0) {
            return min.compareTo(max) != 0;
        }
        return max.subtract(min).divide(min, MathContext.DECIMAL64).compareTo(TOLERANCE) > 0;
    }

    public static ObservationFact choose(List<ObservationFact> reports) {
        return reports.stream().sorted(PREFERENCE).findFirst().orElseThrow();
    }
}
