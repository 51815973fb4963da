package org.pledgewatch.commitments.figures.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.figures.domain.FigureSeries;

@Schema(name = "FigureSeries", description = "One metric between one set of parties, period by period")
public record SeriesView(
        String metric,
        List<String> parties,
        String unit,
        String sector,
        List<FigurePointView> actuals,
        @Schema(description = "Expected figures, never mixed with actual ones") List<FigurePointView> forecasts) {

    public static SeriesView of(FigureSeries series) {
        return new SeriesView(series.key().metric(), series.key().parties().codes(), series.key().unit(),
                series.key().sector(), series.actuals().stream().map(FigurePointView::of).toList(),
                series.forecasts().stream().map(FigurePointView::of).toList());
    }
}
