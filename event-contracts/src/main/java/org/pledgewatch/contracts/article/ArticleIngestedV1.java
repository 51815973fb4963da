package org.pledgewatch.contracts.article;

import java.time.Instant;
import java.util.UUID;

import org.pledgewatch.contracts.Event;

/**
 * An article that ingest-service accepted and stored, published once per article (never for a duplicate).
 * It carries the whole text so that extraction needs no call back to ingest.
 */
public record ArticleIngestedV1(
        UUID id,
        String type,
        int schemaVersion,
        Instant time,
        String key,
        UUID articleId,
        String title,
        String body,
        String url,
        String source,
        String language,
        Instant publishedAt,
        String contentHash,
        Instant ingestedAt) implements Event {

    public static final String TYPE = "org.pledgewatch.article.ingested.v1";
    public static final int SCHEMA_VERSION = 1;

    public static ArticleIngestedV1 of(UUID eventId, Instant time, UUID articleId, String title, String body,
            String url, String source, String language, Instant publishedAt, String contentHash, Instant ingestedAt) {
        return new ArticleIngestedV1(eventId, TYPE, SCHEMA_VERSION, time, articleId.toString(), articleId, title, body,
                url, source, language, publishedAt, contentHash, ingestedAt);
    }
}
