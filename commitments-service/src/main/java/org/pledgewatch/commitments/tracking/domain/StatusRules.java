package org.pledgewatch.commitments.tracking.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.pledgewatch.commitments.figures.domain.FigurePoint;
import org.pledgewatch.commitments.figures.domain.FigureSeries;

/**
 * Decides a commitment's status from its target, deadline and figure series, the way the UN SDG progress chart
 * does: compare the growth observed so far with the growth the target requires, R = observed / required.
 * <ol>
 * <li>SUPERSEDED: a later pledge replaced it (decided by the tracker, before these rules).</li>
 * <li>ACHIEVED: the latest actual figure is at or above the target.</li>
 * <li>Deadline passed (the deadline year is over): STALE when no actual figure covers the deadline year yet,
 * MISSED when one does and it is below the target.</li>
 * <li>NO_DEADLINE: no deadline was ever stated; progress only.</li>
 * <li>INSUFFICIENT_DATA: no target value, no baseline, or fewer than two whole-year actual figures.</li>
 * <li>Otherwise by R: ON_TRACK (R &ge; 0.95), ACCELERATION_NEEDED (0.6 &le; R &lt; 0.95), LIMITED_PROGRESS
 * (0 &le; R &lt; 0.6), DETERIORATING (R &lt; 0).</li>
 * </ol>
 */
public final class StatusRules {

    static final double ON_TRACK_RATIO = 0.95;
    static final double ACCELERATION_RATIO = 0.6;

    private StatusRules() {
    }

    public static Assessment assess(BigDecimal absoluteTarget, BigDecimal targetFactor, Integer deadlineYear,
            LocalDate firstStatedOn, FigureSeries series, LocalDate today) {
        List<FigurePoint> annual = series == null ? List.of() : series.annualActuals();
        FigurePoint baseline = series == null ? null
                : series.lastAnnualActualBefore(firstStatedOn.getYear()).orElse(null);
        FigurePoint latest = annual.isEmpty() ? null : annual.get(annual.size() - 1);
        BigDecimal target = absoluteTarget;
        if (target == null && targetFactor != null && baseline != null) {
            target = baseline.value().multiply(targetFactor);
        }
        BigDecimal progress = target == null || latest == null || target.signum() == 0 ? null
                : latest.value().divide(target, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
        Double required = baseline == null || deadlineYear == null ? null
                : Growth.compoundAnnualRate(baseline.value(), target, deadlineYear - baseline.year());
        Double observed = annual.size() < 2 ? null
                : Growth.compoundAnnualRate(annual.get(0).value(), latest.value(), latest.year() - annual.get(0).year());
        Double ratio = required == null || observed == null || required <= 0 ? null : observed / required;
        Integer projected = observed == null || latest == null || target == null ? null
                : Growth.yearReaching(latest.value(), latest.year(), observed, target);

        Verdict verdict = decide(target, deadlineYear, latest, required, observed, ratio, today);
        return new Assessment(verdict.status(), verdict.reason(), target, baseline, latest, progress, required,
                observed, ratio, projected);
    }

    private static Verdict decide(BigDecimal target, Integer deadlineYear, FigurePoint latest, Double required,
            Double observed, Double ratio, LocalDate today) {
        if (target == null) {
            return new Verdict(Status.INSUFFICIENT_DATA, "relative target and no baseline figure to apply it to");
        }
        if (latest != null && latest.value().compareTo(target) >= 0) {
            return new Verdict(Status.ACHIEVED, "latest figure (" + latest.year() + ") is at or above the target");
        }
        if (deadlineYear != null && today.getYear() > deadlineYear) {
            if (latest == null || latest.year() < deadlineYear) {
                return new Verdict(Status.STALE, "deadline " + deadlineYear + " has passed and no figure covers it yet");
            }
            return new Verdict(Status.MISSED, "deadline " + deadlineYear + " has passed below the target");
        }
        if (deadlineYear == null) {
            return new Verdict(Status.NO_DEADLINE, "no deadline stated; progress only");
        }
        if (required == null) {
            return new Verdict(Status.INSUFFICIENT_DATA, "no whole-year figure before the pledge to measure from");
        }
        if (observed == null) {
            return new Verdict(Status.INSUFFICIENT_DATA, "fewer than two whole-year figures to measure growth");
        }
        if (required <= 0) {
            return observed >= 0 ? new Verdict(Status.ON_TRACK, "the baseline already met the target")
                    : new Verdict(Status.DETERIORATING, "falling from a baseline that met the target");
        }
        String numbers = String.format(Locale.ROOT, "observed %.1f %%/yr vs %.1f %%/yr required (R = %.2f)",
                observed * 100, required * 100, ratio);
        if (ratio >= ON_TRACK_RATIO) {
            return new Verdict(Status.ON_TRACK, numbers);
        }
        if (ratio >= ACCELERATION_RATIO) {
            return new Verdict(Status.ACCELERATION_NEEDED, numbers);
        }
        if (ratio >= 0) {
            return new Verdict(Status.LIMITED_PROGRESS, numbers);
        }
        return new Verdict(Status.DETERIORATING, numbers);
    }

    private record Verdict(Status status, String reason) {
    }
}
