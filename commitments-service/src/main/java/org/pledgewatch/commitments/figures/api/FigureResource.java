package org.pledgewatch.commitments.figures.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pledgewatch.commitments.facts.persistence.FactStore;
import org.pledgewatch.commitments.figures.domain.FigureSeries;
import org.pledgewatch.commitments.web.PageOf;
import org.pledgewatch.commitments.web.Paging;

@Path("/api/v1/figures")
@Tag(name = "Figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    private final FactStore facts;

    FigureResource(FactStore facts) {
        this.facts = facts;
    }

    @GET
    @PermitAll
    @Operation(summary = "Reported figures, as series per metric and parties",
            description = "Each period lists every source; periods whose sources disagree by more than 5 % are "
                    + "marked conflicting, and the value used is the most recently published one.")
    public PageOf<SeriesView> list(
            @Parameter(description = "ISO 3166-1 alpha-2 code of one of the parties") @QueryParam("party") String party,
            @Parameter(description = "e.g. trade_turnover, investment") @QueryParam("metric") String metric,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        List<FigureSeries> series = FigureSeries.of(facts.observations(metric, Paging.country(party)));
        List<SeriesView> items = series.stream().skip((long) page * size).limit(size).map(SeriesView::of).toList();
        return new PageOf<>(page, size, series.size(), items);
    }
}
