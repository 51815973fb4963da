package org.pledgewatch.commitments.facts.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.pledgewatch.commitments.facts.domain.AgreementFact;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.commitments.facts.domain.Evidence;
import org.pledgewatch.commitments.facts.domain.GroupKey;
import org.pledgewatch.commitments.facts.domain.ObservationFact;
import org.pledgewatch.commitments.facts.domain.PartialDate;
import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.facts.domain.Period;
import org.pledgewatch.commitments.facts.domain.PledgeFact;
import org.pledgewatch.jdbc.Jdbc;
import org.pledgewatch.jdbc.Where;

/** Facts per article, and per group for recomputation. Maps between rows and domain facts. */
@ApplicationScoped
public class FactStore {

    private static final String ARTICLE = " LEFT JOIN article_extraction a ON a.article_id = f.article_id";
    private static final String IN_GROUPS =
            " JOIN unnest(?::text[], ?::text[]) AS g(metric, parties) ON f.metric = g.metric AND f.parties = g.parties";
    private static final String PLEDGES_OF_GROUPS = """
            SELECT f.id, f.article_id, f.metric, f.parties, f.target_value, f.target_unit, f.target_factor,
                   f.deadline_year, f.stated_by, f.stated_on, f.published_on, f.sector, f.confidence, f.quote,
                   f.quote_start, f.quote_end, a.article_url, a.article_title
            FROM pledge_fact f""" + IN_GROUPS + ARTICLE;
    private static final String OBSERVATIONS = """
            SELECT f.id, f.article_id, f.metric, f.parties, f.value, f.unit, f.period, f.kind, f.qualifier, f.sector,
                   f.published_on, f.confidence, f.quote, f.quote_start, f.quote_end, a.article_url, a.article_title
            FROM observation_fact f""" + ARTICLE;
    private static final String OBSERVATIONS_OF_GROUPS = OBSERVATIONS + IN_GROUPS;
    private static final String AGREEMENTS_OF_GROUPS = """
            SELECT f.id, f.article_id, f.type, f.title, f.parties, f.action, f.date, f.place, f.signed_on,
                   f.published_on, f.confidence, f.quote, f.quote_start, f.quote_end, a.article_url, a.article_title
            FROM agreement_fact f""" + ARTICLE + " WHERE f.parties = ANY (?::text[])";
    // For recomputation: the same columns without the evidence's quote, URL and title, which no stored field needs
    // (a recomputation holds every report of a group at once, and the quotes were most of its memory).
    private static final String OBSERVATIONS_TO_TRACK = """
            SELECT f.id, f.article_id, f.metric, f.parties, f.value, f.unit, f.period, f.kind, f.qualifier, f.sector,
                   f.published_on, f.confidence
            FROM observation_fact f""" + IN_GROUPS;
    private static final String AGREEMENTS_TO_LINK = """
            SELECT f.id, f.article_id, f.type, f.title, f.parties, f.action, f.date, f.place, f.signed_on,
                   f.published_on, f.confidence
            FROM agreement_fact f WHERE f.parties = ANY (?::text[])""";
    private static final String FACT_COUNTS = """
            SELECT g.metric, g.parties,
                   (SELECT count(*) FROM pledge_fact f WHERE f.metric = g.metric AND f.parties = g.parties)
                   + (SELECT count(*) FROM observation_fact f WHERE f.metric = g.metric AND f.parties = g.parties)
            FROM unnest(?::text[], ?::text[]) AS g(metric, parties)""";
    private static final String AGREEMENT_COUNTS = """
            SELECT p, (SELECT count(*) FROM agreement_fact f WHERE f.parties = p) FROM unnest(?::text[]) AS p""";
    private static final String INSERT_PLEDGE = """
            INSERT INTO pledge_fact (id, article_id, metric, parties, target_value, target_unit, target_factor, deadline,
                                     deadline_year, stated_by, stated_on, published_on, sector, confidence, quote,
                                     quote_start, quote_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_OBSERVATION = """
            INSERT INTO observation_fact (id, article_id, metric, parties, value, unit, period, kind, qualifier, sector,
                                          published_on, confidence, quote, quote_start, quote_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_AGREEMENT = """
            INSERT INTO agreement_fact (id, article_id, type, title, parties, action, date, place, signed_on,
                                        published_on, confidence, quote, quote_start, quote_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPSERT_ARTICLE = """
            INSERT INTO article_extraction (article_id, event_id, extractor_version, article_url, article_title,
                                            article_source, published_on, language, applied_at, tracked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET event_id = EXCLUDED.event_id,
                extractor_version = EXCLUDED.extractor_version, article_url = EXCLUDED.article_url,
                article_title = EXCLUDED.article_title, article_source = EXCLUDED.article_source,
                published_on = EXCLUDED.published_on, language = EXCLUDED.language, applied_at = EXCLUDED.applied_at,
                tracked_at = EXCLUDED.tracked_at""";
    private static final String CURRENT_EXTRACTIONS = """
            SELECT article_id, event_id, extractor_version FROM article_extraction WHERE article_id = ANY (?)""";
    private static final String COMMITMENT_GROUPS_OF_ARTICLES = """
            SELECT metric, parties FROM pledge_fact WHERE article_id = ANY (?)
            UNION SELECT metric, parties FROM observation_fact WHERE article_id = ANY (?)""";
    /** Rows fetched per round trip: a large group streams through instead of arriving whole before it is read. */
    private static final int FETCH_SIZE = 1000;

    private final Jdbc jdbc;

    FactStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these extraction events were applied (or found stale) before. */
    public Set<UUID> processedAmong(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.list("SELECT event_id FROM processed_event WHERE event_id = ANY (?)",
                List.of(uuids(eventIds)), row -> row.getObject(1, UUID.class)));
    }

    public void markProcessed(Collection<UUID> eventIds) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batch("INSERT INTO processed_event (event_id, processed_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                eventIds, (insert, eventId) -> {
                    insert.setObject(1, eventId);
                    insert.setTimestamp(2, now);
                });
    }

    /** The extraction currently applied for each of these articles, when there is one. */
    public Map<UUID, CurrentExtraction> currentExtractions(Collection<UUID> articleIds) {
        Map<UUID, CurrentExtraction> byArticle = new HashMap<>();
        if (!articleIds.isEmpty()) {
            jdbc.query(CURRENT_EXTRACTIONS, List.of(uuids(articleIds)), FETCH_SIZE, row -> {
                CurrentExtraction current = new CurrentExtraction(row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class), row.getString(3));
                byArticle.put(current.articleId(), current);
            });
        }
        return byArticle;
    }

    /** The groups these articles' current facts belong to, before they are replaced. */
    public Set<GroupKey> commitmentGroupsOf(Collection<UUID> articleIds) {
        Set<GroupKey> groups = new LinkedHashSet<>();
        if (articleIds.isEmpty()) {
            return groups;
        }
        Jdbc.ArrayParameter ids = uuids(articleIds);
        jdbc.query(COMMITMENT_GROUPS_OF_ARTICLES, List.of(ids, ids), FETCH_SIZE,
                row -> groups.add(new GroupKey(row.getString(1), Parties.parse(row.getString(2)))));
        return groups;
    }

    public Set<Parties> agreementGroupsOf(Collection<UUID> articleIds) {
        Set<Parties> groups = new LinkedHashSet<>();
        if (articleIds.isEmpty()) {
            return groups;
        }
        jdbc.query("SELECT DISTINCT parties FROM agreement_fact WHERE article_id = ANY (?)",
                List.of(uuids(articleIds)), FETCH_SIZE, row -> groups.add(Parties.parse(row.getString(1))));
        return groups;
    }

    /**
     * Removes these articles' facts and stores the new ones, in a few statements for the whole batch;
     * {@code trackedAt}: when their groups are recomputed, null if that is still to come.
     */
    public void replaceAll(List<ArticleFacts> extractions, Instant trackedAt) {
        if (extractions.isEmpty()) {
            return;
        }
        Jdbc.ArrayParameter ids = uuids(extractions.stream().map(ArticleFacts::articleId).toList());
        for (String table : List.of("pledge_fact", "observation_fact", "agreement_fact")) {
            jdbc.update("DELETE FROM " + table + " WHERE article_id = ANY (?)", List.of(ids));
        }
        Timestamp appliedAt = Timestamp.from(Instant.now());
        Timestamp tracked = trackedAt == null ? null : Timestamp.from(trackedAt);
        jdbc.batch(UPSERT_ARTICLE, extractions, (upsert, facts) -> {
            upsert.setObject(1, facts.articleId());
            upsert.setObject(2, facts.eventId());
            upsert.setString(3, facts.extractorVersion());
            upsert.setString(4, facts.url());
            upsert.setString(5, facts.title());
            upsert.setString(6, facts.source());
            upsert.setObject(7, facts.publishedOn(), Types.DATE);
            upsert.setString(8, facts.language());
            upsert.setTimestamp(9, appliedAt);
            upsert.setTimestamp(10, tracked);
        });
        // One statement batch per kind of fact.
        jdbc.batch(INSERT_PLEDGE, ofEach(extractions, ArticleFacts::pledges), (insert, w) -> {
            PledgeFact p = w.fact();
            insert.setString(1, p.id());
            insert.setObject(2, w.articleId());
            insert.setString(3, p.metric());
            insert.setString(4, p.parties().key());
            insert.setBigDecimal(5, p.target());
            insert.setString(6, p.unit());
            insert.setBigDecimal(7, p.targetFactor());
            insert.setString(8, p.deadlineYear() == null ? null : p.deadlineYear().toString());
            insert.setObject(9, p.deadlineYear(), Types.INTEGER);
            insert.setString(10, p.statedBy());
            insert.setObject(11, p.statedOn(), Types.DATE);
            insert.setObject(12, p.publishedOn(), Types.DATE);
            insert.setString(13, p.sector());
            insert.setDouble(14, p.confidence());
            bindEvidence(insert, 15, p.evidence());
        });
        jdbc.batch(INSERT_OBSERVATION, ofEach(extractions, ArticleFacts::observations), (insert, w) -> {
            ObservationFact o = w.fact();
            insert.setString(1, o.id());
            insert.setObject(2, w.articleId());
            insert.setString(3, o.metric());
            insert.setString(4, o.parties().key());
            insert.setBigDecimal(5, o.value());
            insert.setString(6, o.unit());
            insert.setString(7, o.period().text());
            insert.setString(8, o.kind().name());
            insert.setString(9, o.qualifier());
            insert.setString(10, o.sector());
            insert.setObject(11, o.publishedOn(), Types.DATE);
            insert.setDouble(12, o.confidence());
            bindEvidence(insert, 13, o.evidence());
        });
        jdbc.batch(INSERT_AGREEMENT, ofEach(extractions, ArticleFacts::agreements), (insert, w) -> {
            AgreementFact a = w.fact();
            insert.setString(1, a.id());
            insert.setObject(2, w.articleId());
            insert.setString(3, a.type());
            insert.setString(4, a.title());
            insert.setString(5, a.parties().key());
            insert.setString(6, a.action().name());
            insert.setString(7, a.date() == null ? null : a.date().text());
            insert.setString(8, a.place());
            insert.setString(9, a.signedOn() == null ? null : a.signedOn().text());
            insert.setObject(10, a.publishedOn(), Types.DATE);
            insert.setDouble(11, a.confidence());
            bindEvidence(insert, 12, a.evidence());
        });
    }

    /** A fact to write, with the article that states it. */
    private record Written<T>(UUID articleId, T fact) {
    }

    private static <T> List<Written<T>> ofEach(List<ArticleFacts> extractions, Function<ArticleFacts, List<T>> facts) {
        List<Written<T>> written = new ArrayList<>();
        extractions.forEach(extraction -> facts.apply(extraction)
                .forEach(fact -> written.add(new Written<>(extraction.articleId(), fact))));
        return written;
    }

    /** The quote and its offsets, in three parameters from {@code first} on; all null without evidence. */
    private static void bindEvidence(PreparedStatement insert, int first, Evidence evidence) throws SQLException {
        insert.setString(first, evidence == null ? null : evidence.quote());
        insert.setObject(first + 1, evidence == null ? null : evidence.start(), Types.INTEGER);
        insert.setObject(first + 2, evidence == null ? null : evidence.end(), Types.INTEGER);
    }

    public List<PledgeFact> pledges(GroupKey group) {
        return pledges(List.of(group)).get(group);
    }

    public List<ObservationFact> observations(GroupKey group) {
        return observations(List.of(group)).get(group);
    }

    /**
     * The pledges of each of these groups (an empty list for a group without any), in one query, each with the URL
     * and title of its article, streamed straight into facts (a group holds every statement ever made about it).
     */
    public Map<GroupKey, List<PledgeFact>> pledges(Collection<GroupKey> groups) {
        return byGroup(groups, PLEDGES_OF_GROUPS, row -> new PledgeFact(row.getString("id"), row.getString("metric"),
                Parties.parse(row.getString("parties")), row.getBigDecimal("target_value"), row.getString("target_unit"),
                row.getBigDecimal("target_factor"), row.getObject("deadline_year", Integer.class),
                row.getString("stated_by"), row.getObject("stated_on", LocalDate.class),
                row.getObject("published_on", LocalDate.class), row.getString("sector"), row.getDouble("confidence"),
                evidence(row)));
    }

    /** The figures of each of these groups, in one query; see {@link #pledges(Collection)}. */
    public Map<GroupKey, List<ObservationFact>> observations(Collection<GroupKey> groups) {
        return byGroup(groups, OBSERVATIONS_OF_GROUPS, row -> observation(row, evidence(row)));
    }

    /**
     * The figures of each of these groups as recomputation needs them: the evidence holds the article id only.
     * Not for display.
     */
    public Map<GroupKey, List<ObservationFact>> observationsToTrack(Collection<GroupKey> groups) {
        return byGroup(groups, OBSERVATIONS_TO_TRACK, row -> observation(row, articleOnly(row)));
    }

    private static ObservationFact observation(ResultSet row, Evidence evidence) throws SQLException {
        return new ObservationFact(row.getString("id"), row.getString("metric"),
                Parties.parse(row.getString("parties")), row.getBigDecimal("value"), row.getString("unit"),
                Period.parse(row.getString("period")), ObservationFact.Kind.valueOf(row.getString("kind")),
                row.getString("qualifier"), row.getString("sector"), row.getObject("published_on", LocalDate.class),
                row.getDouble("confidence"), evidence);
    }

    /** How many pledges and figures each of these groups holds, in one query. */
    public Map<GroupKey, Integer> factCounts(Collection<GroupKey> groups) {
        Map<String, GroupKey> byKey = new HashMap<>();
        groups.forEach(group -> byKey.put(groupKey(group), group));
        Map<GroupKey, Integer> counts = new HashMap<>();
        if (!groups.isEmpty()) {
            query(FACT_COUNTS, groupArrays(groups),
                    row -> counts.put(byKey.get(row.getString(1) + "|" + row.getString(2)), row.getInt(3)));
        }
        return counts;
    }

    /** How many agreement reports each of these sets of parties holds, in one query. */
    public Map<Parties, Integer> agreementCounts(Collection<Parties> groups) {
        Map<Parties, Integer> counts = new HashMap<>();
        if (!groups.isEmpty()) {
            query(AGREEMENT_COUNTS, partyArrays(groups),
                    row -> counts.put(Parties.parse(row.getString(1)), row.getInt(2)));
        }
        return counts;
    }

    /** The agreement reports between each of these sets of parties, in one query; see {@link #pledges(Collection)}. */
    public Map<Parties, List<AgreementFact>> agreements(Collection<Parties> groups) {
        return agreements(groups, AGREEMENTS_OF_GROUPS, true);
    }

    /** The agreement reports as linking needs them: the evidence holds the article id only. Not for display. */
    public Map<Parties, List<AgreementFact>> agreementsToLink(Collection<Parties> groups) {
        return agreements(groups, AGREEMENTS_TO_LINK, false);
    }

    private Map<Parties, List<AgreementFact>> agreements(Collection<Parties> groups, String sql, boolean fullEvidence) {
        return grouped(groups, Parties::key, sql, partyArrays(groups), row -> row.getString("parties"),
                row -> new AgreementFact(row.getString("id"), row.getString("type"), row.getString("title"),
                        Parties.parse(row.getString("parties")),
                        AgreementFact.Action.valueOf(row.getString("action")),
                        PartialDate.parse(row.getString("date")), row.getString("place"),
                        PartialDate.parse(row.getString("signed_on")),
                        row.getObject("published_on", LocalDate.class), row.getDouble("confidence"),
                        fullEvidence ? evidence(row) : articleOnly(row)));
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Facts of (metric, parties) groups: the query takes the metrics and the parties as two parallel arrays. */
    private <T> Map<GroupKey, List<T>> byGroup(Collection<GroupKey> groups, String sql, RowMapper<T> mapper) {
        return grouped(groups, FactStore::groupKey, sql, groupArrays(groups),
                row -> row.getString("metric") + "|" + row.getString("parties"), mapper);
    }

    /** Sets of parties as the one text-array parameter of the agreement queries. */
    private static List<String[]> partyArrays(Collection<Parties> groups) {
        return List.<String[]>of(groups.stream().map(Parties::key).toArray(String[]::new));
    }

    private static List<String[]> groupArrays(Collection<GroupKey> groups) {
        return List.of(groups.stream().map(GroupKey::metric).toArray(String[]::new),
                groups.stream().map(g -> g.parties().key()).toArray(String[]::new));
    }

    private static String groupKey(GroupKey group) {
        return group.metric() + "|" + group.parties().key();
    }

    /**
     * Runs {@code sql} with {@code arrays} as its text-array parameters, in order, and files each row under the
     * group whose {@code key} equals the row's {@code rowKey}: every group gets a list, empty when nothing matched.
     */
    private <G, T> Map<G, List<T>> grouped(Collection<G> groups, Function<G, String> key, String sql,
            List<String[]> arrays, RowMapper<String> rowKey, RowMapper<T> mapper) {
        Map<String, List<T>> byKey = new HashMap<>();
        Map<G, List<T>> result = new LinkedHashMap<>();
        for (G group : groups) {
            List<T> list = new ArrayList<>();
            byKey.put(key.apply(group), list);
            result.put(group, list);
        }
        if (groups.isEmpty()) {
            return result;
        }
        query(sql, arrays, row -> byKey.get(rowKey.map(row)).add(mapper.map(row)));
        return result;
    }

    /** {@link Jdbc#query} with text arrays as the parameters, {@link #FETCH_SIZE} rows per round trip. */
    private void query(String sql, List<String[]> arrays, Jdbc.RowHandler handler) {
        jdbc.query(sql, arrays.stream().map(values -> new Jdbc.ArrayParameter("text", values)).toList(), FETCH_SIZE,
                handler);
    }

    private static Evidence articleOnly(ResultSet row) throws SQLException {
        return new Evidence(row.getObject("article_id", UUID.class).toString(), null, null, null, 0, 0);
    }

    private static Evidence evidence(ResultSet row) throws SQLException {
        Integer start = row.getObject("quote_start", Integer.class);
        Integer end = row.getObject("quote_end", Integer.class);
        return new Evidence(row.getObject("article_id", UUID.class).toString(), row.getString("article_url"),
                row.getString("article_title"), row.getString("quote"), start == null ? 0 : start,
                end == null ? 0 : end);
    }

    /** Figures filtered by metric and by one party (either may be null). */
    public List<ObservationFact> observations(String metric, String party) {
        Where where = new Where().and("f.metric = ?", metric).and("f.parties LIKE ?", party == null ? null : "%" + party + "%");
        return jdbc.list(OBSERVATIONS + where.sql(), where.parameters(), row -> observation(row, evidence(row))).stream()
                .filter(o -> party == null || o.parties().includes(party)).toList();
    }

    public List<AgreementFact> agreements(Parties parties) {
        return agreements(List.of(parties)).get(parties);
    }

    /** Every group that has facts: what a full recomputation walks through. */
    public Set<GroupKey> allCommitmentGroups() {
        Set<GroupKey> groups = new LinkedHashSet<>();
        jdbc.query("SELECT DISTINCT metric, parties FROM pledge_fact UNION SELECT metric, parties FROM observation_fact",
                List.of(), FETCH_SIZE, row -> groups.add(new GroupKey(row.getString(1), Parties.parse(row.getString(2)))));
        return groups;
    }

    public Set<Parties> allAgreementGroups() {
        Set<Parties> groups = new LinkedHashSet<>();
        jdbc.query("SELECT DISTINCT parties FROM agreement_fact", List.of(), FETCH_SIZE,
                row -> groups.add(Parties.parse(row.getString(1))));
        return groups;
    }

    private static Jdbc.ArrayParameter uuids(Collection<UUID> ids) {
        return new Jdbc.ArrayParameter("uuid", ids.toArray());
    }
}
