package org.pledgewatch.contracts.extraction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pledgewatch.contracts.Event;

/**
 * Everything extraction-service read in one article. It replaces whatever an earlier extraction of the
 * same article said: consumers keep, per article, only the findings of the newest extraction.
 * The id is derived from the article, its content hash and the extractor version, so a replay repeats it.
 */
public record ArticleExtractedV1(
        UUID id,
        String type,
        int schemaVersion,
        Instant time,
        String key,
        UUID articleId,
        String articleUrl,
        String articleSource,
        String articleTitle,
        Instant publishedAt,
        String language,
        String extractorVersion,
        List<PledgeFinding> pledges,
        List<ObservationFinding> observations,
        List<AgreementFinding> agreements) implements Event {

    public static final String TYPE = "org.pledgewatch.article.extracted.v1";
    public static final int SCHEMA_VERSION = 1;

    public ArticleExtractedV1 {
        pledges = pledges == null ? List.of() : List.copyOf(pledges);
        observations = observations == null ? List.of() : List.copyOf(observations);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }
}
