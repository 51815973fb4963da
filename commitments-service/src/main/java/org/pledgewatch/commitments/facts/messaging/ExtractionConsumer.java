package org.pledgewatch.commitments.facts.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.common.annotation.Blocking;

import org.pledgewatch.commitments.facts.application.ExtractionApplier;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.outbox.ConsumerLifecycle;
import org.pledgewatch.outbox.TransientFailures;

/**
 * Applies each extraction event. The record is acknowledged only after its transaction committed; database
 * outages are waited out (the partition pauses, the offset does not move); an event that can never be applied
 * goes to the dead-letter topic with the reason, and the partition moves on.
 */
@ApplicationScoped
public class ExtractionConsumer {

    private final ExtractionApplier applier;
    private final ObjectMapper json;

    ExtractionConsumer(ExtractionApplier applier, ObjectMapper json) {
        this.applier = applier;
        this.json = json;
    }

    @Incoming("articles-extracted")
    @Blocking
    public CompletionStage<Void> consume(Message<String> record) {
        ArticleFacts facts;
        try {
            facts = ExtractionEventMapper.toFacts(parse(record.getPayload()));
        } catch (ExtractionEventMapper.UnusableEvent e) {
            return record.nack(e);
        }
        try {
            TransientFailures.retry("applying extraction of article " + facts.articleId(), () -> applier.apply(facts));
        } catch (ConsumerLifecycle.Stopping e) {
            return new CompletableFuture<>();
        } catch (RuntimeException e) {
            return record.nack(e);
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
