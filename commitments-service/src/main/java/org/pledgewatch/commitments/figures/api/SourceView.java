package org.pledgewatch.commitments.figures.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.pledgewatch.commitments.facts.domain.Evidence;

@Schema(name = "Source", description = "The article a fact was read in, and the words it stands on")
public record SourceView(
        String articleId,
        String url,
        String title,
        LocalDate publishedOn,
        String quote,
        @Schema(description = "Offset of the quote in the article body") int start,
        int end,
        double confidence) {

    public static SourceView of(Evidence evidence, LocalDate publishedOn, double confidence) {
        return new SourceView(evidence.articleId(), evidence.articleUrl(), evidence.articleTitle(), publishedOn,
                evidence.quote(), evidence.start(), evidence.end(), confidence);
    }
}
