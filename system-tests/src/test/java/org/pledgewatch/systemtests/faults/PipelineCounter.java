package org.pledgewatch.systemtests.faults;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.Postgres;
import org.pledgewatch.localinfra.TopicClient;

/**
 * Counts, at every stage of the pipeline, what became of the articles that were sent: in ingest's table, on
 * {@code articles.ingested} and {@code articles.extracted}, in commitments-service's tables (one applied
 * extraction whose groups were recomputed, one figure with the right value per article, commitments whose source counts match the pledges
 * sent) and on the dead-letter topics. Reads PostgreSQL and the topics directly, not the services' APIs.
 */
final class PipelineCounter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEST_URLS = TestArticle.URL_PREFIX + "%";

    private final Postgres postgres;
    private final TopicClient topics;

    PipelineCounter(Postgres postgres, TopicClient topics) {
        this.postgres = postgres;
        this.topics = topics;
    }

    /** How many of the suite's articles commitments-service has applied so far (cheap; for waiting). */
    int applied() throws SQLException {
        try (Connection connection = postgres.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM commitments.article_extraction WHERE article_url LIKE ? AND tracked_at IS NOT NULL")) {
            query.setString(1, TEST_URLS);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** How many of these articles commitments-service has applied so far. */
    int appliedOf(Set<Integer> articles) throws SQLException {
        try (Connection connection = postgres.connect()) {
            return (int) rowsPerArticle(connection, "SELECT article_url, count(*) FROM commitments.article_extraction "
                    + "WHERE article_url LIKE ? AND tracked_at IS NOT NULL GROUP BY article_url").keySet().stream().filter(articles::contains).count();
        }
    }

    PipelineCounts count(Set<Integer> sent, List<PoisonRecord> poisonSent) throws SQLException {
        PipelineCounts counts = new PipelineCounts();
        counts.sent = sent.size();
        try (Connection connection = postgres.connect()) {
            Map<Integer, Integer> stored = rowsPerArticle(connection,
                    "SELECT url, count(*) FROM ingest.article WHERE url LIKE ? GROUP BY url");
            Map<Integer, Integer> applied = rowsPerArticle(connection,
                    "SELECT article_url, count(*) FROM commitments.article_extraction WHERE article_url LIKE ?"
                    + " AND tracked_at IS NOT NULL GROUP BY article_url");
            counts.stored = stored.size();
            counts.storedTwice = overOne(stored);
            counts.storedUnsent = notIn(stored.keySet(), sent);
            counts.notStored = notIn(sent, stored.keySet());
            counts.applied = applied.size();
            counts.appliedTwice = overOne(applied);
            counts.notApplied = notIn(sent, applied.keySet());
            countFigures(connection, sent, counts);
            countCommitments(connection, sent, counts);
            counts.processedEvents = single(connection, "SELECT count(*) FROM commitments.processed_event");
        }
        countTopic(Topics.ARTICLES_INGESTED, "url", counts.published);
        countTopic(Topics.ARTICLES_EXTRACTED, "articleUrl", counts.extracted);
        counts.submittedRecords = topics.readAll(Topics.ARTICLES_SUBMITTED).size();
        Set<String> poisonKeys = new HashSet<>();
        poisonSent.forEach(poison -> poisonKeys.add(poison.key()));
        for (String dlq : List.of(Topics.ARTICLES_SUBMITTED_DLQ, Topics.ARTICLES_INGESTED_DLQ,
                Topics.ARTICLES_EXTRACTED_DLQ)) {
            counts.deadLetters.put(dlq, deadLetters(dlq, poisonSent, poisonKeys));
        }
        counts.poisonSent = poisonSent.size();
        return counts;
    }

    /** One figure per article, with the value and year the article states, and one pledge on every seventh. */
    private void countFigures(Connection connection, Set<Integer> sent, PipelineCounts counts) throws SQLException {
        Map<Integer, List<String>> figures = new HashMap<>();
        Map<Integer, Integer> pledges = new HashMap<>();
        String sql = """
                SELECT e.article_url, 'figure', o.value::text, o.period, o.parties FROM commitments.article_extraction e
                JOIN commitments.observation_fact o ON o.article_id = e.article_id WHERE e.article_url LIKE ?
                UNION ALL
                SELECT e.article_url, 'pledge', p.target_value::text, p.deadline, p.parties FROM commitments.article_extraction e
                JOIN commitments.pledge_fact p ON p.article_id = e.article_id WHERE e.article_url LIKE ?""";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, TEST_URLS);
            query.setString(2, TEST_URLS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int number = TestArticle.fromUrl(rows.getString(1)).number();
                    if (rows.getString(2).equals("figure")) {
                        figures.computeIfAbsent(number, n -> new ArrayList<>())
                                .add(new BigDecimal(rows.getString(3)).stripTrailingZeros().toPlainString() + "|"
                                        + rows.getString(4) + "|" + rows.getString(5));
                        counts.figureRows++;
                    } else {
                        pledges.merge(number, 1, Integer::sum);
                        counts.pledgeRows++;
                    }
                }
            }
        }
        for (int number : sent) {
            TestArticle article = new TestArticle(number);
            List<String> found = figures.getOrDefault(number, List.of());
            String expected = article.figure().stripTrailingZeros().toPlainString() + "|" + article.year() + "|"
                    + article.pair().partiesKey();
            if (found.size() > 1) {
                counts.figuresTwice.add(number);
            } else if (found.size() == 1 && found.get(0).equals(expected)) {
                counts.figuresRight++;
            } else if (found.size() == 1) {
                counts.figuresWrong.put(number, found.get(0) + " instead of " + expected);
            }
            int expectedPledges = article.statesPledge() ? 1 : 0;
            counts.pledgesExpected += expectedPledges;
            int foundPledges = pledges.getOrDefault(number, 0);
            if (foundPledges > expectedPledges) {
                counts.pledgesTwice.add(number);
            }
        }
    }

    /** Per pair of countries: one commitment, whose source count is the number of pledging articles sent. */
    private void countCommitments(Connection connection, Set<Integer> sent, PipelineCounts counts) throws SQLException {
        Map<String, Integer> expected = new TreeMap<>();
        for (int number : sent) {
            TestArticle article = new TestArticle(number);
            if (article.statesPledge()) {
                expected.merge(article.pair().partiesKey(), 1, Integer::sum);
            }
        }
        Map<String, List<Integer>> found = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT parties, source_count FROM commitments.commitment WHERE metric = ?")) {
            query.setString(1, TestArticle.METRIC);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getString(1), p -> new ArrayList<>()).add(rows.getInt(2));
                }
            }
        }
        for (Map.Entry<String, Integer> pair : expected.entrySet()) {
            List<Integer> sources = found.getOrDefault(pair.getKey(), List.of());
            counts.commitmentSources.put(pair.getKey(), pair.getValue() + " expected, " + sources + " counted");
            if (sources.size() == 1 && sources.get(0).equals(pair.getValue())) {
                counts.commitmentsRight++;
            }
        }
        counts.commitmentsExpected = expected.size();
    }

    private void countTopic(String topic, String urlField, PipelineCounts.TopicCount count) {
        Set<String> eventIds = new HashSet<>();
        Set<Integer> articles = new HashSet<>();
        for (TopicClient.Received record : topics.readAll(topic)) {
            count.records++;
            eventIds.add(record.header("ce_id"));
            String url = field(record.value(), urlField);
            if (url != null && url.startsWith(TestArticle.URL_PREFIX)) {
                articles.add(TestArticle.fromUrl(url).number());
            }
        }
        count.distinctEvents = eventIds.size();
        count.testArticles = articles.size();
    }

    private PipelineCounts.DeadLetters deadLetters(String topic, List<PoisonRecord> poisonSent, Set<String> poisonKeys) {
        PipelineCounts.DeadLetters letters = new PipelineCounts.DeadLetters();
        Map<String, PoisonRecord> byKey = new LinkedHashMap<>();
        poisonSent.forEach(poison -> byKey.put(poison.key(), poison));
        Set<String> distinct = new HashSet<>();
        for (TopicClient.Received record : topics.readAll(topic)) {
            letters.records++;
            String reason = record.header("dead-letter-reason");
            PoisonRecord poison = byKey.get(record.key());
            if (poison == null || !topic.equals(Topics.ARTICLES_SUBMITTED_DLQ)) {
                letters.notPoison.add(record.key() + ": " + reason);
            } else if (reason == null || !reason.contains(poison.kind().reasonMentions())) {
                letters.wrongReason.add(record.key() + ": " + reason);
            } else if (record.header("dead-letter-topic") == null || record.header("dead-letter-offset") == null) {
                letters.wrongReason.add(record.key() + ": no dead-letter-topic/offset header");
            }
            if (poisonKeys.contains(record.key())) {
                distinct.add(record.key());
            }
        }
        letters.distinctPoison = distinct.size();
        if (topic.equals(Topics.ARTICLES_SUBMITTED_DLQ)) {
            poisonKeys.stream().filter(key -> !distinct.contains(key)).sorted().forEach(letters.poisonMissing::add);
        }
        return letters;
    }

    private static String field(String json, String name) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json).get(name);
            return node == null || node.isNull() ? null : node.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<Integer, Integer> rowsPerArticle(Connection connection, String sql) throws SQLException {
        Map<Integer, Integer> rows = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, TEST_URLS);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(TestArticle.fromUrl(result.getString(1)).number(), result.getInt(2));
                }
            }
        }
        return rows;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Set<Integer> overOne(Map<Integer, Integer> rows) {
        Set<Integer> twice = new java.util.TreeSet<>();
        rows.forEach((number, count) -> {
            if (count > 1) {
                twice.add(number);
            }
        });
        return twice;
    }

    private static Set<Integer> notIn(Set<Integer> these, Set<Integer> those) {
        Set<Integer> missing = new java.util.TreeSet<>(these);
        missing.removeAll(those);
        return missing;
    }
}
