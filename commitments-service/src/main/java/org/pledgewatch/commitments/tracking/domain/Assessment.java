package org.pledgewatch.commitments.tracking.domain;

import java.math.BigDecimal;

import org.pledgewatch.commitments.figures.domain.FigurePoint;

/**
 * The status of a commitment and the numbers behind it.
 *
 * @param target         the value to reach (for a relative target: factor × baseline)
 * @param baseline       the latest actual whole-year figure before the year the pledge was first stated
 * @param latest         the latest actual whole-year figure
 * @param progress       latest / target
 * @param requiredGrowth compound annual rate from the baseline to the target by the deadline
 * @param observedGrowth compound annual rate over the actual whole-year series
 * @param ratio          observed / required growth (the UN SDG progress chart's R)
 * @param projectedYear  the year the target would be reached at the observed rate
 */
public record Assessment(
        Status status,
        String reason,
        BigDecimal target,
        FigurePoint baseline,
        FigurePoint latest,
        BigDecimal progress,
        Double requiredGrowth,
        Double observedGrowth,
        Double ratio,
        Integer projectedYear) {
}
