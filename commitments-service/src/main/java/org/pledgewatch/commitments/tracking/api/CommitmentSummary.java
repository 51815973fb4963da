package org.pledgewatch.commitments.tracking.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRow;

@Schema(name = "CommitmentSummary", description = "A tracked commitment as lists show it")
public record CommitmentSummary(
        UUID id,
        String metric,
        @Schema(description = "ISO 3166-1 alpha-2 codes, sorted") List<String> parties,
        String sector,
        @Schema(description = "What is to be reached; for a relative target, factor × baseline") Quantity target,
        @Schema(description = "For a relative target (\"double trade\"), the factor") BigDecimal targetFactor,
        @Schema(description = "Year by which the target is to be reached") Integer deadline,
        @Schema(enumeration = { "ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS", "DETERIORATING",
                "MISSED", "STALE", "INSUFFICIENT_DATA", "NO_DEADLINE", "SUPERSEDED" }) String status,
        String statusReason,
        @Schema(description = "Latest actual figure / target") BigDecimal progress,
        YearValue baseline,
        YearValue latest,
        @Schema(description = "Compound annual growth needed from the baseline to the target") Double requiredGrowth,
        @Schema(description = "Compound annual growth over the actual figures") Double observedGrowth,
        @Schema(description = "observed / required growth (R)") Double growthRatio,
        @Schema(description = "Year the target is reached at the observed rate") Integer projectedYear,
        LocalDate firstStatedOn,
        LocalDate lastStatedOn,
        @Schema(description = "Number of articles that stated it") int sourceCount,
        UUID supersedes,
        UUID supersededBy) {

    public record Quantity(BigDecimal value, String unit) {
    }

    public record YearValue(Integer year, BigDecimal value) {
    }

    public static CommitmentSummary of(CommitmentRow e) {
        return new CommitmentSummary(e.id, e.metric, Parties.parse(e.parties).codes(), e.sector,
                e.targetValue == null ? null : new Quantity(e.targetValue, e.unit), e.targetFactor, e.deadlineYear,
                e.status, e.statusReason, e.progress,
                e.baselineYear == null ? null : new YearValue(e.baselineYear, e.baselineValue),
                e.latestYear == null ? null : new YearValue(e.latestYear, e.latestValue),
                e.requiredGrowth, e.observedGrowth, e.growthRatio, e.projectedYear, e.firstStatedOn, e.lastStatedOn,
                e.sourceCount, e.supersedes, e.supersededBy);
    }
}
