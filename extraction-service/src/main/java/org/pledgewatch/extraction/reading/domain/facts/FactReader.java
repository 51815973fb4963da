package org.pledgewatch.extraction.reading.domain.facts;

import org.pledgewatch.extraction.reading.domain.Reading;

/** Reads the pledges, figures and agreements of an analysed article. */
public final class FactReader {

    private FactReader() {
    }

    public static Reading read(ArticleContext ctx) {
        EventTimeline timeline = new EventTimeline(ctx);
        FigureReader figures = new FigureReader(ctx, timeline);
        figures.read();
        AgreementReader agreements = new AgreementReader(ctx, timeline);
        agreements.read();
        var observations = FindingsAssembler.observations(figures.observations());
        var pledges = FindingsAssembler.pledges(figures.pledges(), figures.relativeTargets(), observations);
        observations = FindingsAssembler.withoutRestatedTargets(observations, pledges);
        return new Reading(ctx.language(), true, pledges, observations,
                FindingsAssembler.agreements(agreements.agreements()));
    }
}
