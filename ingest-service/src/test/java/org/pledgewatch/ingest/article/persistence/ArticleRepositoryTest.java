package org.pledgewatch.ingest.article.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.ingest.article.domain.ValidArticle;

class ArticleRepositoryTest {

    @Test
    void rowsGoInContentHashOrder() {
        List<ValidArticle> batch = List.of(article("u1", "c"), article("u2", "a"), article(null, "b"));

        assertThat(ArticleRepository.insertionOrder(batch)).containsExactly(1, 2, 0);
    }

    @Test
    void theFirstOfADuplicateInTheBatchIsKept() {
        List<ValidArticle> batch = List.of(article("u1", "b"), article("u2", "b"), article("u1", "a"));

        assertThat(ArticleRepository.insertionOrder(batch)).containsExactly(0);
    }

    @Test
    void aDuplicateLeftOutBlocksNothingOfItsOwn() {
        // The second conflicts with the first by content, so it is not stored, and its URL stays free for the third.
        List<ValidArticle> batch = List.of(article("u1", "b"), article("u2", "b"), article("u2", "a"));

        assertThat(ArticleRepository.insertionOrder(batch)).containsExactly(2, 0);
    }

    private static ValidArticle article(String canonicalUrl, String contentHash) {
        return new ValidArticle(null, "text " + contentHash, canonicalUrl, canonicalUrl, null, "en",
                Instant.parse("2025-03-14T00:00:00Z"), contentHash);
    }
}
