package org.pledgewatch.ingest.article.messaging;

import java.time.Instant;
import java.util.UUID;

import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.article.ArticleIngestedV1;
import org.pledgewatch.ingest.article.domain.ValidArticle;

/** Maps a stored article to the event that announces it. */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    /** The id depends only on the article, so announcing it again (a replay) repeats the same event id. */
    public static ArticleIngestedV1 ingested(UUID articleId, ValidArticle article, Instant ingestedAt) {
        return ingested(articleId, article.title(), article.body(), article.url(), article.source(), article.language(),
                article.publishedAt(), article.contentHash(), ingestedAt, Instant.now());
    }

    public static ArticleIngestedV1 ingested(UUID articleId, String title, String body, String url, String source,
            String language, Instant publishedAt, String contentHash, Instant ingestedAt, Instant eventTime) {
        return ArticleIngestedV1.of(EventIds.of(ArticleIngestedV1.TYPE, articleId.toString()), eventTime, articleId,
                title, body, url, source, language, publishedAt, contentHash, ingestedAt);
    }
}
