package org.pledgewatch.ingest.article.domain;

import java.time.Instant;

/** An article that passed validation, with the keys it is deduplicated by. */
public record ValidArticle(
        String title,
        String body,
        String url,
        String canonicalUrl,
        String source,
        String language,
        Instant publishedAt,
        String contentHash) {
}
