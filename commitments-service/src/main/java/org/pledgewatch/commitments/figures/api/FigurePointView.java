package org.pledgewatch.commitments.figures.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.figures.domain.FigurePoint;

@Schema(name = "FigurePoint", description = "Every report of one figure for one period, and the value used")
public record FigurePointView(
        @Schema(description = "A year, an ISO interval, or \"2005/..\" for a total since a year") String period,
        @Schema(enumeration = { "actual", "forecast" }) String kind,
        @Schema(description = "The value tracking uses (see the conflict rule)") BigDecimal value,
        @Schema(description = "Sources disagree by more than 5 %") boolean conflicting,
        @Schema(description = "Article whose report is used") String usedSource,
        List<Report> reports) {

    @Schema(name = "FigureReport")
    public record Report(BigDecimal value, String qualifier, SourceView source) {
    }

    public static FigurePointView of(FigurePoint point) {
        return new FigurePointView(point.period().text(), point.kind().name().toLowerCase(), point.value(),
                point.conflicting(), point.chosen().evidence().articleId(),
                point.reports().stream().map(r -> new Report(r.value(), r.qualifier(),
                        SourceView.of(r.evidence(), r.publishedOn(), r.confidence()))).toList());
    }
}
