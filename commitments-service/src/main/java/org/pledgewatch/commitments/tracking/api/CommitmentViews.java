package org.pledgewatch.commitments.tracking.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.pledgewatch.commitments.facts.domain.PledgeFact;
import org.pledgewatch.commitments.figures.api.FigurePointView;
import org.pledgewatch.commitments.figures.api.SourceView;
import org.pledgewatch.commitments.figures.domain.FigurePoint;
import org.pledgewatch.commitments.figures.domain.FigureSeries;
import org.pledgewatch.commitments.tracking.domain.Assessment;
import org.pledgewatch.commitments.tracking.domain.Commitment;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRow;
import org.pledgewatch.commitments.tracking.persistence.StatusChangeRow;

/** Builds the detail view of a commitment from the tracker's result, its series and its status history. */
final class CommitmentViews {

    private CommitmentViews() {
    }

    static CommitmentDetail detail(CommitmentRow row, Commitment commitment, FigureSeries series,
            List<StatusChangeRow> history) {
        List<FigurePointView> actuals = series == null ? List.of()
                : series.actuals().stream().map(FigurePointView::of).toList();
        List<FigurePointView> forecasts = series == null ? List.of()
                : series.forecasts().stream().map(FigurePointView::of).toList();
        List<FigurePointView> conflicts = actuals.stream().filter(FigurePointView::conflicting).toList();
        return new CommitmentDetail(CommitmentSummary.of(row), statements(commitment),
                targetLine(commitment.assessment(), commitment.deadlineYear()), actuals, forecasts, conflicts,
                new CommitmentDetail.Lineage(revision(commitment.supersedes()), revision(commitment.supersededBy())),
                timeline(commitment, series, history));
    }

    private static List<CommitmentDetail.Statement> statements(Commitment commitment) {
        return commitment.statements().stream().map(p -> new CommitmentDetail.Statement(p.target(), p.unit(),
                p.targetFactor(), p.deadlineYear(), p.statedBy(), p.statedOn(),
                SourceView.of(p.evidence(), p.publishedOn(), p.confidence()))).toList();
    }

    /** Baseline compounded at the required rate, each year up to the deadline. */
    static List<CommitmentSummary.YearValue> targetLine(Assessment assessment, Integer deadline) {
        if (assessment.baseline() == null || assessment.requiredGrowth() == null || deadline == null) {
            return List.of();
        }
        List<CommitmentSummary.YearValue> line = new ArrayList<>();
        BigDecimal value = assessment.baseline().value();
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(assessment.requiredGrowth()));
        for (int year = assessment.baseline().year(); year <= deadline; year++) {
            line.add(new CommitmentSummary.YearValue(year, value.setScale(0, RoundingMode.HALF_EVEN)));
            value = value.multiply(factor, MathContext.DECIMAL64);
        }
        return line;
    }

    private static CommitmentDetail.Revision revision(Commitment.Revision revision) {
        return revision == null ? null : new CommitmentDetail.Revision(UUID.fromString(revision.commitmentId()),
                revision.on(), revision.previousTarget(), revision.newTarget(), revision.difference(),
                revision.previousDeadline(), revision.newDeadline());
    }

    private static List<CommitmentDetail.TimelineEntry> timeline(Commitment commitment, FigureSeries series,
            List<StatusChangeRow> history) {
        List<CommitmentDetail.TimelineEntry> entries = new ArrayList<>();
        for (PledgeFact statement : commitment.statements()) {
            entries.add(new CommitmentDetail.TimelineEntry(statement.statedOn(), "STATED",
                    (statement.statedBy() != null ? statement.statedBy() + ": " : "") + "target "
                            + statement.target() + (statement.deadlineYear() != null ? " by " + statement.deadlineYear() : ""),
                    statement.evidence().articleId()));
        }
        if (series != null) {
            for (FigurePoint point : series.actuals()) {
                point.reports().forEach(report -> entries.add(new CommitmentDetail.TimelineEntry(report.publishedOn(),
                        "FIGURE_REPORTED", point.period().text() + ": " + report.value(),
                        report.evidence().articleId())));
            }
        }
        if (commitment.supersededBy() != null) {
            entries.add(new CommitmentDetail.TimelineEntry(commitment.supersededBy().on(), "SUPERSEDED",
                    "target revised to " + commitment.supersededBy().newTarget(), null));
        }
        for (StatusChangeRow change : history) {
            entries.add(new CommitmentDetail.TimelineEntry(change.changedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    "STATUS_CHANGED", (change.previousStatus() == null ? "" : change.previousStatus() + " → ")
                            + change.status(),
                    null));
        }
        entries.sort(Comparator.comparing(CommitmentDetail.TimelineEntry::date)
                .thenComparing(CommitmentDetail.TimelineEntry::kind));
        return entries;
    }
}
