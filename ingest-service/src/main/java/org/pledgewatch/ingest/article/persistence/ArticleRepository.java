package org.pledgewatch.ingest.article.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.pledgewatch.ingest.article.domain.ValidArticle;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, UUID> {

    /**
     * Inserts the article unless one with the same canonical URL or content hash exists. Concurrent inserts of
     * one article serialise on the unique indexes, so exactly one of them wins.
     */
    public boolean insertIfNew(UUID id, ValidArticle article, String receivedVia, Instant ingestedAt) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO article (id, title, body, url, canonical_url, source, language, published_at,
                                     content_hash, received_via, ingested_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, id)
                .setParameter(2, article.title())
                .setParameter(3, article.body())
                .setParameter(4, article.url())
                .setParameter(5, article.canonicalUrl())
                .setParameter(6, article.source())
                .setParameter(7, article.language())
                .setParameter(8, Timestamp.from(article.publishedAt()))
                .setParameter(9, article.contentHash())
                .setParameter(10, receivedVia)
                .setParameter(11, Timestamp.from(ingestedAt))
                .executeUpdate();
        return inserted == 1;
    }

    /** The stored article that {@code article} duplicates, by canonical URL first, then by content. */
    public Optional<UUID> findDuplicateOf(ValidArticle article) {
        if (article.canonicalUrl() != null) {
            Optional<UUID> byUrl = find("canonicalUrl", article.canonicalUrl()).firstResultOptional().map(a -> a.id);
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return find("contentHash", article.contentHash()).firstResultOptional().map(a -> a.id);
    }

    public List<ArticleEntity> newestFirst(int page, int size) {
        return findAll(Sort.descending("ingestedAt").and("id", Sort.Direction.Descending))
                .page(Page.of(page, size))
                .list();
    }

    /** Articles in the order they were ingested, for replay, resuming after {@code afterId}. */
    public List<ArticleEntity> oldestFirstAfter(Instant afterIngestedAt, UUID afterId, int limit) {
        return find("ingestedAt > ?1 or (ingestedAt = ?1 and id > ?2)",
                Sort.ascending("ingestedAt").and("id"), afterIngestedAt, afterId)
                .page(Page.ofSize(limit))
                .list();
    }
}
