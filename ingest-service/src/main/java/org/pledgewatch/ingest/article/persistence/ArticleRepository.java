package org.pledgewatch.ingest.article.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.pledgewatch.ingest.article.domain.ValidArticle;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, UUID> {

    /** PostgreSQL binds at most 32,767 parameters per statement; a row takes 11. */
    static final int ROWS_PER_STATEMENT = 1_000;

    /**
     * Inserts each article unless one with the same canonical URL or content hash exists (or comes earlier in the
     * list), in one statement: one round trip for the whole batch instead of one per article. Returns the ids of the
     * articles inserted; {@code ids} gives each article its id, in order.
     */
    public Set<UUID> insertAllIfNew(List<UUID> ids, List<ValidArticle> batch, String receivedVia, Instant ingestedAt) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        if (batch.size() > ROWS_PER_STATEMENT) {
            Set<UUID> inserted = new HashSet<>();
            for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
                int to = Math.min(batch.size(), from + ROWS_PER_STATEMENT);
                inserted.addAll(insertAllIfNew(ids.subList(from, to), batch.subList(from, to), receivedVia, ingestedAt));
            }
            return inserted;
        }
        StringBuilder sql = new StringBuilder("""
                INSERT INTO article (id, title, body, url, canonical_url, source, language, published_at,
                                     content_hash, received_via, ingested_at)
                VALUES """);
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING id");
        Timestamp ingested = Timestamp.from(ingestedAt);
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> inserted = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (int i = 0; i < batch.size(); i++) {
                    ValidArticle article = batch.get(i);
                    insert.setObject(p++, ids.get(i));
                    insert.setString(p++, article.title());
                    insert.setString(p++, article.body());
                    insert.setString(p++, article.url());
                    insert.setString(p++, article.canonicalUrl());
                    insert.setString(p++, article.source());
                    insert.setString(p++, article.language());
                    insert.setTimestamp(p++, Timestamp.from(article.publishedAt()));
                    insert.setString(p++, article.contentHash());
                    insert.setString(p++, receivedVia);
                    insert.setTimestamp(p++, ingested);
                }
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return inserted;
        });
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
