package org.pledgewatch.commitments.tracking.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.figures.api.FigurePointView;
import org.pledgewatch.commitments.figures.api.SourceView;

@Schema(name = "CommitmentDetail", description = "A commitment with everything behind its status")
public record CommitmentDetail(
        CommitmentSummary commitment,
        @Schema(description = "Every article that stated it, oldest first") List<Statement> statements,
        @Schema(description = "The path from the baseline to the target at the required rate, year by year")
        List<CommitmentSummary.YearValue> targetLine,
        @Schema(description = "Actual figures of the metric between the parties, with all sources") List<FigurePointView> figures,
        @Schema(description = "Expected figures, kept apart") List<FigurePointView> forecasts,
        @Schema(description = "Periods whose sources disagree by more than 5 %") List<FigurePointView> conflicts,
        Lineage lineage,
        List<TimelineEntry> timeline) {

    @Schema(name = "Statement", description = "One article's statement of the pledge")
    public record Statement(BigDecimal target, String unit, BigDecimal targetFactor, Integer deadline, String statedBy,
            LocalDate statedOn, SourceView source) {
    }

    @Schema(name = "Lineage", description = "Revised targets: which commitment this one replaced, and which replaced it")
    public record Lineage(Revision supersedes, Revision supersededBy) {
    }

    @Schema(name = "Revision")
    public record Revision(UUID commitmentId, LocalDate on, BigDecimal previousTarget, BigDecimal newTarget,
            @Schema(description = "newTarget - previousTarget") BigDecimal difference, Integer previousDeadline,
            Integer newDeadline) {
    }

    @Schema(name = "TimelineEntry")
    public record TimelineEntry(LocalDate date,
            @Schema(enumeration = { "STATED", "FIGURE_REPORTED", "SUPERSEDED", "STATUS_CHANGED" }) String kind,
            String description, String articleId) {
    }
}
