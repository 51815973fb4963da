package org.pledgewatch.ingest.article.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.ingest.article.application.ArticleIngestion;
import org.pledgewatch.ingest.article.application.IngestMetrics;
import org.pledgewatch.ingest.article.application.SubmissionReader;
import org.pledgewatch.ingest.article.domain.IngestOutcome;
import org.pledgewatch.ingest.article.domain.Validation;
import org.pledgewatch.messaging.ConsumerLifecycle;
import org.pledgewatch.messaging.DeadLetters;
import org.pledgewatch.messaging.TraceContext;
import org.pledgewatch.messaging.TransientFailures;

/**
 * Articles that newsroom feeds publish on {@code articles.submitted}. A record is acknowledged only after its
 * article is stored (or found to be a duplicate); an invalid record is dead-lettered with the reason, and the
 * partition moves on.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {

    private final SubmissionReader reader;
    private final ArticleIngestion ingestion;
    private final IngestMetrics metrics;
    private final DeadLetters deadLetters;

    SubmittedArticleConsumer(SubmissionReader reader, ArticleIngestion ingestion, IngestMetrics metrics,
            DeadLetters deadLetters) {
        this.reader = reader;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
    }

    @Incoming("articles-submitted")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> record) {
        try (Scope trace = TraceContext.activate(record)) {
            Validation validation = record.getPayload() == null
                    ? Validation.Invalid.of("$", "the record has no value")
                    : reader.readOne(record.getPayload());
            if (validation instanceof Validation.Invalid invalid) {
                metrics.count(ArticleIngestion.Channel.KAFKA, "invalid", 1);
                return deadLetters.send(record, Topics.ARTICLES_SUBMITTED_DLQ,
                        new RejectedSubmission("invalid article: " + invalid.summary()));
            }
            Validation.Valid valid = (Validation.Valid) validation;
            IngestOutcome outcome = TransientFailures.retry("storing a submitted article",
                    () -> ingestion.ingest(valid.article(), ArticleIngestion.Channel.KAFKA));
            MDC.put("articleId", outcome.articleId().toString());
            return record.ack();
        } catch (ConsumerLifecycle.Stopping e) {
            return new CompletableFuture<>();
        } catch (RuntimeException e) {
            return deadLetters.send(record, Topics.ARTICLES_SUBMITTED_DLQ, e);
        } finally {
            MDC.remove("articleId");
        }
    }
}
