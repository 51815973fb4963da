package org.pledgewatch.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Dead-letters one record of a batch: a batch is acknowledged as a whole, so a record that can never be processed
 * is copied, unchanged, to the dead-letter topic first, with the same headers the connector's own dead-letter
 * strategy writes (reason, cause, original topic, partition and offset). Services using it configure the
 * outgoing channel {@code dead-letters} (acks=all, idempotent).
 */
@ApplicationScoped
public class DeadLetterWriter {

    private static final Logger LOG = Logger.getLogger(DeadLetterWriter.class);

    private final MutinyEmitter<byte[]> emitter;
    private final MeterRegistry registry;

    DeadLetterWriter(@Channel("dead-letters") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<byte[]> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    public CompletionStage<Void> write(KafkaRecord<String, ?> record, String deadLetterTopic, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.getHeaders()) {
            headers.add(header);
        }
        add(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        add(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        if (reason.getCause() != null) {
            add(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        add(headers, "dead-letter-topic", record.getTopic());
        add(headers, "dead-letter-partition", Integer.toString(record.getPartition()));
        add(headers, "dead-letter-offset", Long.toString(offsetOf(record)));
        Counter.builder("pledgewatch.dead.letters").tag("topic", deadLetterTopic)
                .description("Records set aside on a dead-letter topic").register(registry).increment();
        LOG.warnf("dead-lettering %s-%d@%d to %s: %s", record.getTopic(), record.getPartition(), offsetOf(record),
                deadLetterTopic, reason.getMessage());
        Message<byte[]> copy = Message.of(bytes(record.getPayload())).addMetadata(OutgoingKafkaRecordMetadata
                .<String>builder().withTopic(deadLetterTopic).withKey(record.getKey()).withHeaders(headers).build());
        return emitter.sendMessage(copy).subscribeAsCompletionStage();
    }

    private static long offsetOf(KafkaRecord<String, ?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }

    private static byte[] bytes(Object payload) {
        if (payload == null) {
            return null;
        }
        return payload instanceof byte[] raw ? raw : payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
