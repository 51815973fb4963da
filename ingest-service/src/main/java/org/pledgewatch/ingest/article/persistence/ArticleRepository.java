package org.pledgewatch.ingest.article.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pledgewatch.ingest.article.domain.ValidArticle;
import org.pledgewatch.jdbc.Jdbc;

@ApplicationScoped
public class ArticleRepository {

    /** PostgreSQL binds at most 32,767 parameters per statement; a row takes 11. */
    static final int ROWS_PER_STATEMENT = 1_000;
    private static final String COLUMNS_BUT_BODY = "id, title, url, canonical_url, source, language, published_at,"
            + " content_hash, received_via, ingested_at";

    private final Jdbc jdbc;

    ArticleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts each article unless one with the same canonical URL or content hash exists (or comes earlier in the
     * list), in one statement per {@link #ROWS_PER_STATEMENT} rows: one round trip for a batch instead of one per
     * article. Returns the ids of the articles inserted; {@code ids} gives each article its id, in order.
     *
     * <p>Rows go in content-hash order. Two transactions inserting the same articles (a story sent twice, by two
     * feeds at once) then meet them in the same order, so one waits for the other instead of each waiting for the
     * other: in list order, concurrent batches deadlocked, and each deadlock cost its requests a second
     * ({@code deadlock_timeout}) and one of them its work. Duplicates within the list are left out first, so that
     * the earlier one still wins.
     */
    public Set<UUID> insertAllIfNew(List<UUID> ids, List<ValidArticle> batch, String receivedVia, Instant ingestedAt) {
        List<Integer> rows = insertionOrder(batch);
        Set<UUID> inserted = new HashSet<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Integer> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            inserted.addAll(insert(chunk, ids, batch, receivedVia, ingestedAt));
        }
        return inserted;
    }

    /** The positions of the articles to insert: the first of each canonical URL and content, by content hash. */
    static List<Integer> insertionOrder(List<ValidArticle> batch) {
        Set<String> urls = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        List<Integer> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            String url = batch.get(i).canonicalUrl();
            String hash = batch.get(i).contentHash();
            if (!hashes.contains(hash) && (url == null || !urls.contains(url))) {
                hashes.add(hash);
                if (url != null) {
                    urls.add(url);
                }
                rows.add(i);
            }
        }
        rows.sort(Comparator.comparing(i -> batch.get(i).contentHash()));
        return rows;
    }

    private Set<UUID> insert(List<Integer> rows, List<UUID> ids, List<ValidArticle> batch, String receivedVia,
            Instant ingestedAt) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO article (id, title, body, url, canonical_url, source, language, published_at,
                                     content_hash, received_via, ingested_at)
                VALUES """);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING id");
        Timestamp ingested = Timestamp.from(ingestedAt);
        List<Object> parameters = new ArrayList<>(rows.size() * 11);
        for (int row : rows) {
            ValidArticle article = batch.get(row);
            parameters.addAll(Arrays.asList(ids.get(row), article.title(), article.body(), article.url(),
                    article.canonicalUrl(), article.source(), article.language(),
                    Timestamp.from(article.publishedAt()), article.contentHash(), receivedVia, ingested));
        }
        return new HashSet<>(jdbc.list(sql.toString(), parameters, row -> row.getObject(1, UUID.class)));
    }

    /** The stored article that {@code article} duplicates, by canonical URL first, then by content. */
    public Optional<UUID> findDuplicateOf(ValidArticle article) {
        if (article.canonicalUrl() != null) {
            Optional<UUID> byUrl = jdbc.first("SELECT id FROM article WHERE canonical_url = ? LIMIT 1",
                    List.of(article.canonicalUrl()), row -> row.getObject(1, UUID.class));
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return jdbc.first("SELECT id FROM article WHERE content_hash = ? LIMIT 1", List.of(article.contentHash()),
                row -> row.getObject(1, UUID.class));
    }

    public Optional<ArticleRow> findById(UUID id) {
        return jdbc.first("SELECT body, " + COLUMNS_BUT_BODY + " FROM article WHERE id = ?", List.of(id),
                row -> row(row, row.getString("body")));
    }

    /** A page of articles, newest first, without their text. */
    public List<ArticleRow> newestFirst(int page, int size) {
        return jdbc.list("SELECT " + COLUMNS_BUT_BODY + " FROM article ORDER BY ingested_at DESC, id DESC"
                + " LIMIT ? OFFSET ?", List.of(size, (long) page * size), row -> row(row, null));
    }

    public long count() {
        return jdbc.count("SELECT count(*) FROM article", List.of());
    }

    public long countIngestedSince(Instant since) {
        return jdbc.count("SELECT count(*) FROM article WHERE ingested_at >= ?", List.of(Timestamp.from(since)));
    }

    /** Articles in the order they were ingested, with their text, for replay, resuming after {@code afterId}. */
    public List<ArticleRow> oldestFirstAfter(Instant afterIngestedAt, UUID afterId, int limit) {
        Timestamp after = Timestamp.from(afterIngestedAt);
        return jdbc.list("SELECT body, " + COLUMNS_BUT_BODY + " FROM article"
                + " WHERE ingested_at > ? OR (ingested_at = ? AND id > ?) ORDER BY ingested_at, id LIMIT ?",
                List.of(after, after, afterId, limit), row -> row(row, row.getString("body")));
    }

    private static ArticleRow row(ResultSet row, String body) throws SQLException {
        return new ArticleRow(row.getObject("id", UUID.class), row.getString("title"), body, row.getString("url"),
                row.getString("canonical_url"), row.getString("source"), row.getString("language"),
                row.getTimestamp("published_at").toInstant(), row.getString("content_hash"),
                row.getString("received_via"), row.getTimestamp("ingested_at").toInstant());
    }
}
