package org.pledgewatch.ingest.article.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pledgewatch.ingest.article.persistence.ArticleRow;

@Schema(name = "Article", description = "A stored article, as it was received")
public record ArticleView(
        UUID id,
        String title,
        @Schema(description = "The text; absent in lists") String body,
        String url,
        String source,
        String language,
        Instant publishedAt,
        Instant ingestedAt,
        @Schema(enumeration = { "REST", "KAFKA" }) String receivedVia,
        @Schema(description = "SHA-256 of the normalised text, the content deduplication key") String contentHash) {

    static ArticleView of(ArticleRow article) {
        return new ArticleView(article.id(), article.title(), article.body(), article.url(), article.source(),
                article.language(), article.publishedAt(), article.ingestedAt(), article.receivedVia(),
                article.contentHash());
    }
}
