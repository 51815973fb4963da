package org.pledgewatch.commitments.facts.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;

import org.pledgewatch.commitments.facts.application.ExtractionApplier;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.messaging.ConsumerLifecycle;
import org.pledgewatch.messaging.DeadLetters;
import org.pledgewatch.messaging.TraceContext;
import org.pledgewatch.messaging.TransientFailures;

/**
 * Applies each extraction event. The record is acknowledged only after its transaction committed; database
 * outages are waited out (the partition pauses, the offset does not move); an event that can never be applied
 * goes to the dead-letter topic with the reason, and the partition moves on.
 */
@ApplicationScoped
public class ExtractionConsumer {

    private final ExtractionApplier applier;
    private final ObjectMapper json;
    private final DeadLetters deadLetters;

    ExtractionConsumer(ExtractionApplier applier, ObjectMapper json, DeadLetters deadLetters) {
        this.applier = applier;
        this.json = json;
        this.deadLetters = deadLetters;
    }

    @Incoming("articles-extracted")
    @Blocking
    public CompletionStage<Void> consume(Message<String> record) {
        ArticleFacts facts;
        try {
            facts = ExtractionEventMapper.toFacts(parse(record.getPayload()));
        } catch (ExtractionEventMapper.UnusableEvent e) {
            return deadLetters.send(record, Topics.ARTICLES_EXTRACTED_DLQ, e);
        }
        // Status-change events written by this transaction carry the article's trace on to their consumers.
        try (Scope trace = TraceContext.activate(record)) {
            MDC.put("articleId", facts.articleId().toString());
            TransientFailures.retry("applying extraction of article " + facts.articleId(), () -> applier.apply(facts));
        } catch (ConsumerLifecycle.Stopping e) {
            return new CompletableFuture<>();
        } catch (RuntimeException e) {
            return deadLetters.send(record, Topics.ARTICLES_EXTRACTED_DLQ, e);
        } finally {
            MDC.remove("articleId");
        }
        return record.ack();
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
}
