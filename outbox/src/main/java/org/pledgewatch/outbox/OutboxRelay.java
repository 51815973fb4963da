package org.pledgewatch.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.pledgewatch.contracts.CloudEventHeaders;
import org.pledgewatch.messaging.TraceContext;

/**
 * Publishes outbox rows to Kafka in insertion order and deletes them once Kafka acknowledged them (acks=all).
 * A crash between the acknowledgement and the delete publishes a batch again: consumers deduplicate by event
 * id. A transaction-scoped advisory lock lets only one replica relay at a time, which keeps per-key order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String TRY_LOCK =
            "SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))";
    private static final String NEXT_BATCH = """
            SELECT seq, event_id, topic, message_key, event_type, event_time, payload, trace_parent
            FROM outbox_event ORDER BY seq LIMIT ?""";
    private static final String DELETE_PUBLISHED = "DELETE FROM outbox_event WHERE seq = ANY (?)";
    private static final String COUNT = "SELECT count(*) FROM outbox_event";
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(2);
    private static final int ROWS_PER_FETCH = 50;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    KafkaAvailability kafka;

    @Inject
    TransactionManager transactionManager;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    MutinyEmitter<byte[]> emitter;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile long backlog;
    private volatile Instant backlogCountedAt = Instant.EPOCH;
    private volatile Instant lastPublishedAt;
    private volatile String lastError;
    private Thread worker;
    private DistributionSummary roundEvents;

    void start(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("pledgewatch.outbox.backlog", () -> backlog)
                .description("Events written but not yet acknowledged by Kafka").register(registry);
        roundEvents = DistributionSummary.builder("pledgewatch.outbox.round.events").baseUnit("events")
                .description("Events published per relay round (bounded by batch-size and batch-bytes)")
                .register(registry);
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Shortens the wait when a transaction just committed new events. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Whether writers may add events: Kafka answers and the backlog is bounded. */
    public boolean acceptsWrites() {
        return kafka.isAvailable() && backlog < config.maxBacklog();
    }

    public RelayStatus status() {
        return new RelayStatus(kafka.isAvailable(), kafka.since(), backlog, config.maxBacklog(), lastPublishedAt,
                lastError != null ? lastError : kafka.lastError());
    }

    private void relayUntilStopped() {
        long failures = 0;
        while (running) {
            try {
                refreshBacklogIfDue();
                Round round = publishNextRound();
                if (round.published() > 0) {
                    roundEvents.record(round.published());
                    lastPublishedAt = Instant.now();
                    lastError = null;
                    kafka.reportSuccess();
                }
                failures = 0;
                if (!round.full()) {
                    wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                lastError = rootMessage(e);
                if (isKafkaFailure(e)) {
                    kafka.reportFailure(e);
                }
                LOG.warnf("outbox relay attempt %d failed, will retry: %s", failures, lastError);
                if (!pause(backoff(failures))) {
                    return;
                }
            }
        }
    }

    /** What a round published, and whether a bound cut it short: more rows may be waiting, no pause before the next. */
    private record Round(int published, boolean full) {
        static final Round NONE = new Round(0, false);
    }

    private Round publishNextRound() {
        int timeoutSeconds = (int) config.sendTimeout().plusSeconds(30).toSeconds();
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!tryLock(connection)) {
                    return Round.NONE;
                }
                Batch batch = nextBatch(connection);
                if (batch.rows().isEmpty()) {
                    return Round.NONE;
                }
                send(batch.rows());
                deletePublished(connection, batch.rows());
                backlog = Math.max(0, backlog - batch.rows().size());
                return new Round(batch.rows().size(), batch.full());
            }
        });
    }

    /**
     * Hands the rows to Kafka and waits for its acknowledgements, with the relay's transaction suspended meanwhile.
     * Context propagation would otherwise carry that transaction into the Kafka connector's threads, and a commit
     * with another thread still associated fails (ARJUNA012094, then "Enlisted connection used without active
     * transaction"): the batch would be reported failed after Kafka had it. The database session, with its
     * advisory lock and its selected rows, stays ours while suspended.
     */
    private void send(List<OutboxRow> rows) {
        Transaction relayTransaction = suspendTransaction();
        try {
            CompletableFuture<?>[] acks = new CompletableFuture<?>[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                acks[i] = emitter.sendMessage(toMessage(rows.get(i))).subscribeAsCompletionStage();
            }
            CompletableFuture.allOf(acks).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaSendException("interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            throw new KafkaSendException("Kafka did not acknowledge " + rows.size() + " event(s)", e);
        } finally {
            resumeTransaction(relayTransaction);
        }
    }

    private Transaction suspendTransaction() {
        try {
            return transactionManager.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("could not suspend the relay transaction", e);
        }
    }

    private void resumeTransaction(Transaction transaction) {
        if (transaction == null) {
            return;
        }
        try {
            transactionManager.resume(transaction);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("could not resume the relay transaction", e);
        }
    }

    private Message<byte[]> toMessage(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.eventId().toString());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.TYPE, row.eventType());
        header(headers, CloudEventHeaders.TIME, row.eventTime().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.key());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic())
                .withKey(row.key())
                .withHeaders(headers)
                .build();
        Message<byte[]> message = Message.of(row.payload()).addMetadata(metadata);
        // The send span joins the trace of the request that wrote the row; the connector writes its traceparent.
        return row.traceParent() == null ? message
                : message.addMetadata(TracingMetadata.withCurrent(TraceContext.parse(row.traceParent())));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(TRY_LOCK)) {
            return result.next() && result.getBoolean(1);
        }
    }

    /**
     * The oldest rows, at most {@code batch-size} of them and {@code batch-bytes} of payloads (or the oldest row alone
     * when it is larger): each payload stays in memory until Kafka acknowledged the whole round, and a row may be as
     * large as an article. Read through a cursor, 50 rows a fetch, so most rows left for the next round are not
     * fetched. Payloads are the column's UTF-8 bytes, sent as they are: no string decoded, nor encoded again.
     */
    private Batch nextBatch(Connection connection) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        long bytes = 0;
        try (PreparedStatement select = connection.prepareStatement(NEXT_BATCH)) {
            select.setInt(1, config.batchSize());
            select.setFetchSize(ROWS_PER_FETCH);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    byte[] payload = result.getBytes(7);
                    if (!rows.isEmpty() && bytes + payload.length > config.batchBytes()) {
                        return new Batch(rows, true);
                    }
                    bytes += payload.length;
                    rows.add(new OutboxRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), result.getTimestamp(6).toInstant(), payload,
                            result.getString(8)));
                }
            }
        }
        return new Batch(rows, rows.size() == config.batchSize());
    }

    /** The rows of a round; {@code full}: a bound stopped it, so more rows may be waiting. */
    private record Batch(List<OutboxRow> rows, boolean full) {
    }

    private static void deletePublished(Connection connection, List<OutboxRow> rows) throws SQLException {
        Long[] seqs = rows.stream().map(OutboxRow::seq).toArray(Long[]::new);
        try (PreparedStatement delete = connection.prepareStatement(DELETE_PUBLISHED)) {
            Array array = connection.createArrayOf("bigint", seqs);
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    private void refreshBacklogIfDue() {
        if (Instant.now().isBefore(backlogCountedAt.plus(BACKLOG_REFRESH))) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(COUNT)) {
            result.next();
            backlog = result.getLong(1);
            backlogCountedAt = Instant.now();
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the outbox backlog", e);
        }
    }

    private Duration backoff(long failures) {
        long millis = Math.min(config.maxBackoff().toMillis(), 100L << Math.min(failures, 10));
        return Duration.ofMillis(millis);
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isKafkaFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KafkaSendException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record OutboxRow(long seq, UUID eventId, String topic, String key, String eventType, Instant eventTime,
            byte[] payload, String traceParent) {
    }

    static final class KafkaSendException extends RuntimeException {
        KafkaSendException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
