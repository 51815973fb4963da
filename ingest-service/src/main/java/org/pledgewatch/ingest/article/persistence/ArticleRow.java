package org.pledgewatch.ingest.article.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of table {@code article}: an article as it was received; {@code body} is null where a list left it out. */
public record ArticleRow(UUID id, String title, String body, String url, String canonicalUrl, String source,
        String language, Instant publishedAt, String contentHash, String receivedVia, Instant ingestedAt) {
}
