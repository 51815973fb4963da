package org.pledgewatch.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * How a consumer of a poll of records does its work: the usable items together in one unit of work (transient
 * failures are waited out); if that fails for another reason, each item alone, so that only the item at fault is
 * dead-lettered; and the poll is acknowledged only once every dead letter is written. While the service stops,
 * nothing is acknowledged: the poll is redelivered after the restart.
 */
@ApplicationScoped
public class BatchProcessor {

    private static final Logger LOG = Logger.getLogger(BatchProcessor.class);

    private final DeadLetterWriter deadLetters;

    BatchProcessor(DeadLetterWriter deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** One usable record and what it became. */
    public record Item<T>(KafkaRecord<String, ?> record, T value) {
    }

    /** A poll being processed: records set aside so far, and the usable items. */
    public final class Poll<T> {
        private final KafkaRecordBatch<String, ?> batch;
        private final String deadLetterTopic;
        private final List<CompletionStage<Void>> setAside = new ArrayList<>();
        private final List<Item<T>> usable = new ArrayList<>();

        private Poll(KafkaRecordBatch<String, ?> batch, String deadLetterTopic) {
            this.batch = batch;
            this.deadLetterTopic = deadLetterTopic;
        }

        public void use(KafkaRecord<String, ?> record, T value) {
            usable.add(new Item<>(record, value));
        }

        /** A record that can never be processed. */
        public void setAside(KafkaRecord<String, ?> record, Throwable reason) {
            setAside.add(deadLetters.write(record, deadLetterTopic, reason));
        }

        /**
         * Does the work ({@code together}: all usable items in one call, else one call per item) and returns the
         * acknowledgement of the poll, complete once every dead letter is written.
         */
        public CompletionStage<Void> process(String what, boolean together, Consumer<List<T>> work) {
            try {
                if (together && usable.size() > 1 && tryTogether(what, work)) {
                    usable.clear();
                }
                for (Item<T> item : usable) {
                    tryAlone(what, item, work);
                }
            } catch (ConsumerLifecycle.Stopping e) {
                return new CompletableFuture<>();
            }
            return CompletableFuture.allOf(setAside.stream().map(CompletionStage::toCompletableFuture)
                    .toArray(CompletableFuture[]::new)).thenCompose(written -> batch.ack());
        }

        private boolean tryTogether(String what, Consumer<List<T>> work) {
            List<T> values = usable.stream().map(Item::value).toList();
            try {
                TransientFailures.retry(what + " (" + values.size() + ")", () -> work.accept(values));
                return true;
            } catch (ConsumerLifecycle.Stopping e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warnf("%s failed for a poll of %d (%s); trying them one by one", what, values.size(), e);
                return false;
            }
        }

        private void tryAlone(String what, Item<T> item, Consumer<List<T>> work) {
            try {
                TransientFailures.retry(what, () -> work.accept(List.of(item.value())));
            } catch (ConsumerLifecycle.Stopping e) {
                throw e;
            } catch (RuntimeException e) {
                setAside(item.record(), e);
            }
        }
    }

    public <T> Poll<T> start(KafkaRecordBatch<String, ?> batch, String deadLetterTopic) {
        return new Poll<>(batch, deadLetterTopic);
    }
}
