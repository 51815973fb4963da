package org.pledgewatch.ingest.article.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.ingest.article.application.ArticleIngestion;
import org.pledgewatch.ingest.article.application.IngestConfig;
import org.pledgewatch.ingest.article.application.IngestMetrics;
import org.pledgewatch.ingest.article.application.SubmissionReader;
import org.pledgewatch.ingest.article.domain.ValidArticle;
import org.pledgewatch.ingest.article.domain.Validation;
import org.pledgewatch.messaging.BatchProcessor;
import org.pledgewatch.messaging.TraceContext;

/**
 * Articles that newsroom feeds publish on {@code articles.submitted}, a poll at a time (see {@link BatchProcessor}):
 * valid ones are stored, or recognised as duplicates, in one transaction; invalid ones are dead-lettered with the
 * reason; only then is the poll acknowledged. Database outages are waited out, the offsets do not move.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {

    private final SubmissionReader reader;
    private final ArticleIngestion ingestion;
    private final IngestMetrics metrics;
    private final BatchProcessor batches;
    private final boolean transactionPerBatch;

    SubmittedArticleConsumer(SubmissionReader reader, ArticleIngestion ingestion, IngestMetrics metrics,
            BatchProcessor batches, IngestConfig config) {
        this.reader = reader;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.batches = batches;
        this.transactionPerBatch = config.transactionPerBatch();
    }

    @Incoming("articles-submitted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        BatchProcessor.Poll<Submitted> poll = batches.start(batch, Topics.ARTICLES_SUBMITTED_DLQ);
        for (KafkaRecord<String, byte[]> record : batch) {
            Validation validation = record.getPayload() == null
                    ? Validation.Invalid.of("$", "the record has no value")
                    : reader.readOne(record.getPayload());
            if (validation instanceof Validation.Invalid invalid) {
                metrics.count(ArticleIngestion.Channel.KAFKA, "invalid", 1);
                poll.setAside(record, new RejectedSubmission("invalid article: " + invalid.summary()));
            } else {
                poll.use(record, new Submitted(((Validation.Valid) validation).article(), TraceContext.traceParentOf(record)));
            }
        }
        return poll.process("storing submitted articles", transactionPerBatch, this::store);
    }

    private void store(List<Submitted> submitted) {
        ingestion.ingestAll(submitted.stream().map(Submitted::article).toList(), ArticleIngestion.Channel.KAFKA,
                submitted.stream().map(Submitted::traceParent).toList());
    }

    private record Submitted(ValidArticle article, String traceParent) {
    }
}
