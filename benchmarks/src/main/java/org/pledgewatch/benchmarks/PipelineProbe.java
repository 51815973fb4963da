package org.pledgewatch.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.Sleep;

/**
 * Watches the pipeline from outside while it works: articles stored by ingest, extraction events published, and
 * extractions applied by commitments-service. An extraction counts as applied once the commitments and agreements
 * reflect it, that is when {@code article_extraction.tracked_at} is set (its groups were recomputed after its facts
 * were stored), not when its facts alone were stored.
 */
final class PipelineProbe implements AutoCloseable {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    /** An applied extraction: the article, its URL, and when its groups were recomputed (epoch microseconds). */
    record Applied(String articleId, String url, long appliedMicros) {
    }

    /** When each stage had done its share of a run (epoch microseconds; 0 if it never did). */
    record Progress(long ingestedAt, long extractedAt, long appliedAt, long lastAppliedMicros, boolean complete,
            long deadLettered) {
    }

    private final Connection db;
    private final KafkaConsumer<String, String> offsets;
    private final List<TopicPartition> extracted;
    private final List<TopicPartition> deadLetters;
    private final Runnable checkServices;

    /** {@code checkServices} runs at every poll and throws when a service is gone. */
    PipelineProbe(LocalInfrastructure infrastructure, Runnable checkServices) throws SQLException {
        this.checkServices = checkServices;
        this.db = infrastructure.postgres().connect();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers());
        this.offsets = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.extracted = offsets.partitionsFor(Topics.ARTICLES_EXTRACTED, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
        this.deadLetters = new ArrayList<>();
        for (String topic : List.of(Topics.ARTICLES_SUBMITTED_DLQ, Topics.ARTICLES_INGESTED_DLQ,
                Topics.ARTICLES_EXTRACTED_DLQ)) {
            offsets.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> deadLetters.add(new TopicPartition(p.topic(), p.partition())));
        }
    }

    /** Records on the three dead-letter topics so far: a good article there is a bug (the benchmark says so). */
    long deadLetters() {
        return offsets.endOffsets(deadLetters).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Articles of run {@code tag} (their URLs carry it) that ingest stored. */
    long stored(String ingestSchema, String tag) {
        return count(ingestSchema, "article", "url", tag);
    }

    /** Articles of run {@code tag} whose extraction commitments-service applied and tracked. */
    long applied(String commitmentsSchema, String tag) {
        return count(commitmentsSchema, "article_extraction", "article_url", tag, " AND tracked_at IS NOT NULL");
    }

    /** Records on articles.extracted so far (all partitions). */
    long extractionEvents() {
        return offsets.endOffsets(extracted).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Polls until commitments-service applied {@code appliedTarget} extractions (or the time is up), noting when
     * ingest had stored {@code storedTarget} articles and when {@code extractedTarget} extraction events were out.
     */
    Progress await(String tag, String ingestSchema, long storedTarget, long extractedTarget, String commitmentsSchema,
            long appliedTarget, Duration timeout, String label) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long ingested = 0;
        long extractedDone = 0;
        long appliedDone = 0;
        long lastPrint = System.nanoTime();
        long deadLettersBefore = deadLetters();
        long deadLettered = 0;
        long stalledSince = 0;
        while (System.nanoTime() < deadline) {
            checkServices.run();
            long now = LoadDriver.nowMicros();
            long s = ingestSchema == null ? Long.MAX_VALUE : stored(ingestSchema, tag);
            long e = extractionEvents();
            long a = applied(commitmentsSchema, tag);
            if (ingested == 0 && s >= storedTarget) {
                ingested = now;
            }
            if (extractedDone == 0 && e >= extractedTarget) {
                extractedDone = now;
            }
            if (a >= appliedTarget) {
                appliedDone = now;
                break;
            }
            deadLettered = deadLetters() - deadLettersBefore;
            // Articles dead-lettered never arrive: once nothing else is left, stop waiting (and report them).
            if (deadLettered > 0 && a + deadLettered >= appliedTarget) {
                stalledSince = stalledSince == 0 ? System.nanoTime() : stalledSince;
                if (System.nanoTime() - stalledSince > 10_000_000_000L) {
                    System.out.printf("    %s: %d record(s) dead-lettered; see the services' logs%n", label, deadLettered);
                    break;
                }
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("    %s: stored %s, extraction events %d/%d, applied %d/%d%n", label,
                        ingestSchema == null ? "-" : s + "/" + storedTarget, e, extractedTarget, a, appliedTarget);
                lastPrint = System.nanoTime();
            }
            // Coarse on purpose: counting is work for PostgreSQL too. The end time comes from tracked_at, not from here.
            Sleep.millis(500);
        }
        return new Progress(ingested, extractedDone, appliedDone, lastApplied(commitmentsSchema, tag),
                appliedDone != 0, deadLetters() - deadLettersBefore);
    }

    long lastApplied(String commitmentsSchema, String tag) {
        return queryMicros("SELECT max(tracked_at) FROM " + schema(commitmentsSchema) + ".article_extraction"
                + " WHERE article_url LIKE '%" + schema(tag) + "%'");
    }

    List<Applied> appliedRows(String commitmentsSchema, String tag) {
        List<Applied> rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("SELECT article_id, article_url, tracked_at FROM "
                        + schema(commitmentsSchema) + ".article_extraction WHERE article_url LIKE '%" + schema(tag)
                        + "%' AND tracked_at IS NOT NULL")) {
            while (result.next()) {
                rows.add(new Applied(result.getString(1), result.getString(2), micros(result.getTimestamp(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Rows per table in a schema: what a run left behind. */
    Map<String, Long> sizes(String commitmentsSchema) {
        Map<String, Long> sizes = new HashMap<>();
        for (String table : List.of("article_extraction", "pledge_fact", "observation_fact", "agreement_fact",
                "commitment", "agreement")) {
            sizes.put(table, count(commitmentsSchema, table, null, null));
        }
        return sizes;
    }

    private long count(String schema, String table, String urlColumn, String tag) {
        return count(schema, table, urlColumn, tag, "");
    }

    private long count(String schema, String table, String urlColumn, String tag, String andCondition) {
        String where = tag == null ? "" : " WHERE " + urlColumn + " LIKE '%" + schema(tag) + "%'" + andCondition;
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM " + schema(schema) + "." + table + where)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            // Not migrated yet: nothing there.
            return 0;
        }
    }

    private long queryMicros(String sql) {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return micros(result.getTimestamp(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long micros(Timestamp timestamp) {
        return timestamp == null ? 0 : timestamp.getTime() / 1000 * 1_000_000L + timestamp.getNanos() / 1000;
    }

    private static String schema(String name) {
        if (!SCHEMA.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + name);
        }
        return name;
    }

    @Override
    public void close() throws SQLException {
        offsets.close();
        db.close();
    }
}
