package org.pledgewatch.commitments.facts.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pledgewatch.jdbc.Jdbc;
import org.pledgewatch.jdbc.Jdbc.ArrayParameter;

/**
 * The groups whose facts changed and that wait for recomputation (table {@code recomputation_mark}, see
 * V3__recomputation_in_background.sql): marked with the facts, in their transaction; cleared by the recomputation
 * that covered them. Plain SQL, in the caller's transaction.
 */
@ApplicationScoped
public class RecomputationMarks {

    /** A group of commitments: one metric between one set of parties. */
    public static final String COMMITMENTS = "commitments";
    /** A group of agreements: one set of parties (metric is empty). */
    public static final String AGREEMENTS = "agreements";

    // One mark per (article, group) its current facts belong to, with the trace of the input that changed them.
    private static final String MARK_GROUPS_OF_ARTICLES = """
            INSERT INTO recomputation_mark (kind, metric, parties, article_id, trace_parent, marked_at)
            SELECT DISTINCT g.kind, g.metric, g.parties, g.article_id, a.trace_parent, now()
            FROM (SELECT 'commitments' AS kind, metric, parties, article_id FROM pledge_fact
                  WHERE article_id = ANY(?::uuid[])
                  UNION ALL SELECT 'commitments', metric, parties, article_id FROM observation_fact
                  WHERE article_id = ANY(?::uuid[])
                  UNION ALL SELECT 'agreements', '', parties, article_id FROM agreement_fact
                  WHERE article_id = ANY(?::uuid[])) AS g
            JOIN unnest(?::uuid[], ?::text[]) AS a(article_id, trace_parent) ON a.article_id = g.article_id""";
    private static final String OLDEST_GROUPS = """
            SELECT kind, metric, parties FROM recomputation_mark
            GROUP BY kind, metric, parties ORDER BY min(id) LIMIT %d""";
    private static final String MARKS_OF_GROUPS = """
            SELECT m.id, m.kind, m.metric, m.parties, m.article_id, m.trace_parent FROM recomputation_mark m
            JOIN unnest(?::text[], ?::text[], ?::text[]) AS g(kind, metric, parties)
              ON m.kind = g.kind AND m.metric = g.metric AND m.parties = g.parties
            ORDER BY m.id""";
    private static final String CLEAR = "DELETE FROM recomputation_mark WHERE id = ANY(?::int8[])";
    // An article is tracked once no mark of it is left. Statement time, not transaction start: the recomputation
    // that cleared the last mark has done its work by then. OFFSET 0 keeps the NOT EXISTS a probe of the article's
    // marks by index, row by row: turned into an anti-join, it was planned as a hash of the whole mark table (a
    // table of constant churn, often with stale statistics), 10-35 ms a statement under a backlog, most of
    // PostgreSQL's CPU.
    private static final String TRACKED = """
            UPDATE article_extraction a SET tracked_at = clock_timestamp()
            WHERE a.tracked_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM recomputation_mark m WHERE m.article_id = a.article_id OFFSET 0)""";
    private static final String TRACKED_AMONG = TRACKED + " AND a.article_id = ANY(?::uuid[])";
    private static final String COUNT = "SELECT count(*) FROM recomputation_mark";

    /** A group waiting for recomputation; {@code metric} is empty for agreements. */
    public record Group(String kind, String metric, String parties) {
    }

    /** One mark of a group, left by an article. */
    public record Mark(long id, Group group, UUID articleId, String traceParent) {
    }

    private final Jdbc jdbc;

    RecomputationMarks(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks every group the current facts of these articles belong to; {@code traceOfArticle}: the articles, with
     * the trace their recomputation continues (may be null). Called before the facts are replaced (the groups they
     * leave) and after (the groups they join).
     */
    public int markGroupsOf(Map<UUID, String> traceOfArticle) {
        if (traceOfArticle.isEmpty()) {
            return 0;
        }
        List<UUID> articles = List.copyOf(traceOfArticle.keySet());
        ArrayParameter ids = new ArrayParameter("uuid", articles.toArray());
        ArrayParameter traces = new ArrayParameter("text", articles.stream().map(traceOfArticle::get).toArray());
        return jdbc.update(MARK_GROUPS_OF_ARTICLES, List.of(ids, ids, ids, ids, traces));
    }

    /** Up to {@code limit} groups, those marked longest ago first. */
    public List<Group> oldestGroups(int limit) {
        List<Group> groups = new ArrayList<>();
        jdbc.query(OLDEST_GROUPS.formatted(limit), List.of(), limit,
                row -> groups.add(new Group(row.getString(1), row.getString(2), row.getString(3))));
        return groups;
    }

    /** Every mark of these groups, oldest first. */
    public List<Mark> marksOf(Collection<Group> groups) {
        List<Mark> marks = new ArrayList<>();
        if (groups.isEmpty()) {
            return marks;
        }
        jdbc.query(MARKS_OF_GROUPS, List.of(ArrayParameter.text(groups.stream().map(Group::kind).toList()),
                ArrayParameter.text(groups.stream().map(Group::metric).toList()),
                ArrayParameter.text(groups.stream().map(Group::parties).toList())), 1000,
                row -> marks.add(new Mark(row.getLong(1),
                        new Group(row.getString(2), row.getString(3), row.getString(4)),
                        row.getObject(5, UUID.class), row.getString(6))));
        return marks;
    }

    /** Deletes these marks (not others of the same groups, written since they were read). */
    public void clear(Collection<Mark> marks) {
        if (!marks.isEmpty()) {
            jdbc.update(CLEAR, List.of(new ArrayParameter("int8", marks.stream().map(Mark::id).toArray())));
        }
    }

    /** Notes as tracked every article with no mark left; returns how many. */
    public int noteTrackedArticles() {
        return jdbc.update(TRACKED, List.of());
    }

    /** As {@link #noteTrackedArticles()}, among these articles only. */
    public void noteTrackedArticles(Collection<UUID> articles) {
        if (!articles.isEmpty()) {
            jdbc.update(TRACKED_AMONG, List.of(new ArrayParameter("uuid", articles.toArray())));
        }
    }

    public long count() {
        return jdbc.count(COUNT, List.of());
    }
}
