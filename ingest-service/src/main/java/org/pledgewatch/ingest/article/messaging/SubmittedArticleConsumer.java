package org.pledgewatch.ingest.article.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.common.annotation.Blocking;

import org.pledgewatch.ingest.article.application.ArticleIngestion;
import org.pledgewatch.ingest.article.application.SubmissionReader;
import org.pledgewatch.ingest.article.domain.Validation;
import org.pledgewatch.outbox.ConsumerLifecycle;
import org.pledgewatch.outbox.TransientFailures;

/**
 * Articles that newsroom feeds publish on {@code articles.submitted}. A record is acknowledged only after its
 * article is stored (or found to be a duplicate); an invalid record is dead-lettered with the reason, and the
 * partition moves on.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {

    private final SubmissionReader reader;
    private final ArticleIngestion ingestion;

    SubmittedArticleConsumer(SubmissionReader reader, ArticleIngestion ingestion) {
        this.reader = reader;
        this.ingestion = ingestion;
    }

    @Incoming("articles-submitted")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> record) {
        if (record.getPayload() == null) {
            return record.nack(new RejectedSubmission("the record has no value"));
        }
        Validation validation = reader.readOne(record.getPayload());
        if (validation instanceof Validation.Invalid invalid) {
            return record.nack(new RejectedSubmission("invalid article: " + invalid.summary()));
        }
        Validation.Valid valid = (Validation.Valid) validation;
        try {
            TransientFailures.retry("storing a submitted article",
                    () -> ingestion.ingest(valid.article(), ArticleIngestion.Channel.KAFKA));
        } catch (ConsumerLifecycle.Stopping e) {
            return new CompletableFuture<>();
        } catch (RuntimeException e) {
            return record.nack(e);
        }
        return record.ack();
    }
}
