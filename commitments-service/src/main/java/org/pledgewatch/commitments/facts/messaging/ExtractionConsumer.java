package org.pledgewatch.commitments.facts.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import org.pledgewatch.commitments.facts.application.ExtractionApplier;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.messaging.ConsumerLifecycle;
import org.pledgewatch.messaging.DeadLetterWriter;
import org.pledgewatch.messaging.TraceContext;
import org.pledgewatch.messaging.TransientFailures;

/**
 * Applies extraction events a poll at a time. The batch is acknowledged only after its transaction committed
 * and its unusable records were copied to the dead-letter topic; database outages are waited out (the partition
 * pauses, no offset moves). If a batch fails for a reason that is not transient, its records are applied one by
 * one, so that only the record at fault is dead-lettered.
 */
@ApplicationScoped
public class ExtractionConsumer {

    private static final Logger LOG = Logger.getLogger(ExtractionConsumer.class);

    private final ExtractionApplier applier;
    private final ObjectMapper json;
    private final DeadLetterWriter deadLetters;
    private final boolean transactionPerBatch;

    ExtractionConsumer(ExtractionApplier applier, ObjectMapper json, DeadLetterWriter deadLetters,
            @ConfigProperty(name = "pledgewatch.commitments.transaction-per-batch") boolean transactionPerBatch) {
        this.applier = applier;
        this.json = json;
        this.deadLetters = deadLetters;
        this.transactionPerBatch = transactionPerBatch;
    }

    @Incoming("articles-extracted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<CompletionStage<Void>> setAside = new ArrayList<>();
        List<Parsed> usable = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch) {
            try {
                usable.add(new Parsed(record, ExtractionEventMapper.toFacts(parse(record.getPayload()),
                        TraceContext.traceParentOf(record))));
            } catch (ExtractionEventMapper.UnusableEvent e) {
                setAside.add(deadLetters.write(record, Topics.ARTICLES_EXTRACTED_DLQ, e));
            }
        }
        try {
            if (transactionPerBatch && !usable.isEmpty() && applyTogether(usable)) {
                usable.clear();
            }
            for (Parsed one : usable) {
                applyAlone(one, setAside);
            }
        } catch (ConsumerLifecycle.Stopping e) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.allOf(setAside.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(written -> batch.ack());
    }

    /** False when the batch failed for a reason that is not transient: then each record is tried alone. */
    private boolean applyTogether(List<Parsed> batch) {
        List<ArticleFacts> extractions = batch.stream().map(Parsed::facts).toList();
        try {
            TransientFailures.retry("applying " + extractions.size() + " extraction(s)", () -> applier.applyAll(extractions));
            return true;
        } catch (ConsumerLifecycle.Stopping e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d extraction(s) failed (%s); applying them one by one", extractions.size(), e);
            return false;
        }
    }

    private void applyAlone(Parsed one, List<CompletionStage<Void>> setAside) {
        try {
            TransientFailures.retry("applying extraction of article " + one.facts().articleId(),
                    () -> applier.applyAll(List.of(one.facts())));
        } catch (ConsumerLifecycle.Stopping e) {
            throw e;
        } catch (RuntimeException e) {
            setAside.add(deadLetters.write(one.record(), Topics.ARTICLES_EXTRACTED_DLQ, e));
        }
    }

    private ArticleExtractedV1 parse(String payload) {
        if (payload == null) {
            throw new ExtractionEventMapper.UnusableEvent("the record has no value");
        }
        try {
            return json.readValue(payload, ArticleExtractedV1.class);
        } catch (JsonProcessingException e) {
            throw new ExtractionEventMapper.UnusableEvent("not an article.extracted event: " + e.getOriginalMessage());
        }
    }

    private record Parsed(KafkaRecord<String, String> record, ArticleFacts facts) {
    }
}
