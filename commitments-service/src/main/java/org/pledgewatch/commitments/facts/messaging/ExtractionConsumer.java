package org.pledgewatch.commitments.facts.messaging;

import java.io.IOException;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import org.pledgewatch.commitments.facts.application.ExtractionApplier;
import org.pledgewatch.commitments.facts.domain.ArticleFacts;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.messaging.BatchProcessor;
import org.pledgewatch.messaging.EventPayloads;
import org.pledgewatch.messaging.TraceContext;

/**
 * Applies extraction events a poll at a time, in one transaction (see {@link BatchProcessor}): the poll is
 * acknowledged only after its transaction committed and its unusable records were dead-lettered; database
 * outages are waited out, no offset moves.
 */
@ApplicationScoped
public class ExtractionConsumer {

    private final ExtractionApplier applier;
    private final ObjectMapper json;
    private final BatchProcessor batches;
    private final boolean transactionPerBatch;

    ExtractionConsumer(ExtractionApplier applier, ObjectMapper json, BatchProcessor batches,
            @ConfigProperty(name = "pledgewatch.commitments.transaction-per-batch") boolean transactionPerBatch) {
        this.applier = applier;
        this.json = json;
        this.batches = batches;
        this.transactionPerBatch = transactionPerBatch;
    }

    @Incoming("articles-extracted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        BatchProcessor.Poll<ArticleFacts> poll = batches.start(batch, Topics.ARTICLES_EXTRACTED_DLQ);
        for (KafkaRecord<String, byte[]> record : batch) {
            try {
                poll.use(record, ExtractionEventMapper.toFacts(parse(record.getPayload()),
                        TraceContext.traceParentOf(record)));
            } catch (ExtractionEventMapper.UnusableEvent e) {
                poll.setAside(record, e);
            }
        }
        return poll.process("applying extractions", transactionPerBatch, applier::applyAll);
    }

    /** Parsed from the record's UTF-8 bytes: no string of the whole event is made on the way. */
    private ArticleExtractedV1 parse(byte[] payload) {
        if (payload == null) {
            throw new ExtractionEventMapper.UnusableEvent("the record has no value");
        }
        try {
            return json.readValue(payload, ArticleExtractedV1.class);
        } catch (IOException e) {
            throw new ExtractionEventMapper.UnusableEvent("not an article.extracted event: " + EventPayloads.unreadableBecause(e));
        }
    }
}
