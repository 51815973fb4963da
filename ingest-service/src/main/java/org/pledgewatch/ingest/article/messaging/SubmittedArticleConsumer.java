package org.pledgewatch.ingest.article.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.ingest.article.application.ArticleIngestion;
import org.pledgewatch.ingest.article.application.IngestConfig;
import org.pledgewatch.ingest.article.application.IngestMetrics;
import org.pledgewatch.ingest.article.application.SubmissionReader;
import org.pledgewatch.ingest.article.domain.Validation;
import org.pledgewatch.messaging.ConsumerLifecycle;
import org.pledgewatch.messaging.DeadLetterWriter;
import org.pledgewatch.messaging.TraceContext;
import org.pledgewatch.messaging.TransientFailures;

/**
 * Articles that newsroom feeds publish on {@code articles.submitted}, a poll at a time. Valid ones are stored
 * (or recognised as duplicates) in one transaction; invalid ones are copied to the dead-letter topic with the
 * reason; only then is the batch acknowledged. Database outages are waited out, the offsets do not move.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(SubmittedArticleConsumer.class);

    private final SubmissionReader reader;
    private final ArticleIngestion ingestion;
    private final IngestMetrics metrics;
    private final DeadLetterWriter deadLetters;
    private final boolean transactionPerBatch;

    SubmittedArticleConsumer(SubmissionReader reader, ArticleIngestion ingestion, IngestMetrics metrics,
            DeadLetterWriter deadLetters, IngestConfig config) {
        this.reader = reader;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.transactionPerBatch = config.transactionPerBatch();
    }

    @Incoming("articles-submitted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<CompletionStage<Void>> setAside = new ArrayList<>();
        List<Submitted> valid = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            Validation validation = record.getPayload() == null
                    ? Validation.Invalid.of("$", "the record has no value")
                    : reader.readOne(record.getPayload());
            if (validation instanceof Validation.Invalid invalid) {
                metrics.count(ArticleIngestion.Channel.KAFKA, "invalid", 1);
                setAside.add(deadLetters.write(record, Topics.ARTICLES_SUBMITTED_DLQ,
                        new RejectedSubmission("invalid article: " + invalid.summary())));
            } else {
                valid.add(new Submitted(record, (Validation.Valid) validation, TraceContext.traceParentOf(record)));
            }
        }
        try {
            if (transactionPerBatch && !valid.isEmpty() && storeTogether(valid)) {
                valid.clear();
            }
            for (Submitted one : valid) {
                storeAlone(one, setAside);
            }
        } catch (ConsumerLifecycle.Stopping e) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.allOf(setAside.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(written -> batch.ack());
    }

    /** False when the batch failed for a reason that is not transient: then each record is tried alone. */
    private boolean storeTogether(List<Submitted> batch) {
        try {
            TransientFailures.retry("storing " + batch.size() + " submitted article(s)", () -> ingestion.ingestAll(
                    batch.stream().map(s -> s.validation().article()).toList(), ArticleIngestion.Channel.KAFKA,
                    batch.stream().map(Submitted::traceParent).toList()));
            return true;
        } catch (ConsumerLifecycle.Stopping e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d submitted article(s) failed (%s); storing them one by one", batch.size(), e);
            return false;
        }
    }

    private void storeAlone(Submitted one, List<CompletionStage<Void>> setAside) {
        try {
            TransientFailures.retry("storing a submitted article", () -> ingestion.ingestAll(
                    List.of(one.validation().article()), ArticleIngestion.Channel.KAFKA, List.of(one.traceParent())));
        } catch (ConsumerLifecycle.Stopping e) {
            throw e;
        } catch (RuntimeException e) {
            setAside.add(deadLetters.write(one.record(), Topics.ARTICLES_SUBMITTED_DLQ, e));
        }
    }

    private record Submitted(KafkaRecord<String, byte[]> record, Validation.Valid validation, String traceParent) {
    }
}
