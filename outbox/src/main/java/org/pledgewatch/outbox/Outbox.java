package org.pledgewatch.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.pledgewatch.contracts.Event;
import org.pledgewatch.messaging.TraceContext;

/**
 * Records events in the caller's transaction. They reach Kafka only if that transaction commits, and then
 * certainly: the {@link OutboxRelay} publishes them, at least once and in order.
 */
@ApplicationScoped
public class Outbox {

    /**
     * The payload is bound as the JSON's UTF-8 bytes and made text by PostgreSQL, which checks the encoding. Bound as
     * a string, each payload was held twice until the statement batch ran: as a Java string (two bytes a character
     * once the text has one beyond Latin-1, a typographic apostrophe or a euro sign) and as the driver's UTF-8 copy.
     */
    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, message_key, event_type, event_time, payload, trace_parent)
            VALUES (?, ?, ?, ?, ?, convert_from(?, 'UTF8'), ?)
            ON CONFLICT (event_id) DO NOTHING""";

    private final AgroalDataSource dataSource;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final TraceContext traceContext;

    Outbox(AgroalDataSource dataSource, ObjectMapper objectMapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, TraceContext traceContext) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
        this.traceContext = traceContext;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, Event event) {
        enqueueAll(topic, List.of(event));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(String topic, List<? extends Event> events) {
        enqueueAll(topic, events, traceContext.currentTraceParent());
    }

    /** The trace events written now would continue. */
    public String currentTraceParent() {
        return traceContext.currentTraceParent();
    }

    /** With the trace the events continue, when it is not the current one (work done for a batch of inputs). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(String topic, List<? extends Event> events, String traceParent) {
        enqueueEach(topic, events, Collections.nCopies(events.size(), traceParent));
    }

    /**
     * Each event with the trace it continues ({@code traceParents}, in order): the events of a batch of inputs, each
     * caused by its own input, written in one statement batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueEach(String topic, List<? extends Event> events, List<String> traceParents) {
        if (events.size() != traceParents.size()) {
            throw new IllegalArgumentException(events.size() + " events but " + traceParents.size() + " trace parents");
        }
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i);
                insert.setObject(1, event.id());
                insert.setString(2, topic);
                insert.setString(3, event.key());
                insert.setString(4, event.type());
                insert.setTimestamp(5, Timestamp.from(event.time()));
                insert.setBytes(6, objectMapper.writeValueAsBytes(event));
                insert.setString(7, traceParents.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new OutboxWriteException("could not record " + events.size() + " event(s) for " + topic, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event is not serialisable as JSON", e);
        }
        wakeRelayOnCommit();
    }

    /** One wake-up per transaction, however many times it enqueues. */
    private void wakeRelayOnCommit() {
        if (transactions.getResource(WakeRelayOnCommit.class) == null) {
            transactions.putResource(WakeRelayOnCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        }
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
