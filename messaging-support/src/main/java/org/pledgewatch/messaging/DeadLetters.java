package org.pledgewatch.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sets aside a record that can never be processed: the channel's dead-letter strategy writes it, unchanged, to
 * the dead-letter topic with the reason, topic, partition and offset in headers; then its offset moves on.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MeterRegistry registry;

    DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    public CompletionStage<Void> send(Message<?> record, String deadLetterTopic, Throwable reason) {
        Counter.builder("pledgewatch.dead.letters").tag("topic", deadLetterTopic)
                .description("Records set aside on a dead-letter topic").register(registry).increment();
        LOG.warnf("dead-lettering a record to %s: %s", deadLetterTopic, reason.getMessage());
        return record.nack(reason);
    }
}
