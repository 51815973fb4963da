package org.pledgewatch.extraction.reading.domain.facts;

/** What a figure in the text is. */
enum FigureKind {
    PLEDGE,
    FORECAST,
    ACTUAL;

    String observationKind() {
        return this == FORECAST ? "forecast" : "actual";
    }
}
