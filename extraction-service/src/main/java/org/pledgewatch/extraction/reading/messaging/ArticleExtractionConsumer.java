package org.pledgewatch.extraction.reading.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.pledgewatch.contracts.CloudEventHeaders;
import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.article.ArticleIngestedV1;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;
import org.pledgewatch.extraction.reading.domain.Reading;
import org.pledgewatch.messaging.DeadLetterWriter;
import org.pledgewatch.messaging.EventPayloads;
import org.pledgewatch.messaging.TraceContext;

/**
 * Reads every ingested article and publishes what it states, one event per article. The incoming record is
 * acknowledged only once Kafka acknowledged the outgoing event (a consume-transform-produce chain): a crash in
 * between re-reads the article and republishes an event with the same id. A reader hands the event to Kafka and goes
 * on to the next article; at most {@code events-in-flight} events wait for Kafka's acknowledgement at once.
 */
@ApplicationScoped
public class ArticleExtractionConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleExtractionConsumer.class);
    static final String SOURCE = "/pledgewatch/extraction-service";
    /** Workers that read articles; see reader-threads in the config. */
    static final String READER_POOL = "article-reader";

    private final NewsReader reader;
    private final ObjectMapper json;
    private final MutinyEmitter<byte[]> extracted;
    private final DeadLetterWriter deadLetters;
    private final ReadingMetrics metrics;
    private final int eventsInFlight;
    private final Semaphore sendPermits;

    ArticleExtractionConsumer(NewsReader reader, ObjectMapper json,
            @Channel("articles-extracted") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<byte[]> extracted, DeadLetterWriter deadLetters, ReadingMetrics metrics,
            @ConfigProperty(name = "pledgewatch.extraction.events-in-flight") int eventsInFlight) {
        this.reader = reader;
        this.json = json;
        this.extracted = extracted;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.eventsInFlight = eventsInFlight;
        this.sendPermits = new Semaphore(eventsInFlight);
    }

    @Incoming("articles-ingested")
    @Blocking(value = READER_POOL, ordered = false)
    public CompletionStage<Void> onArticle(KafkaRecord<String, byte[]> record) {
        ArticleIngestedV1 article;
        try {
            article = parse(record.getPayload());
        } catch (PoisonEvent e) {
            return setAside(record, e);
        }
        ArticleExtractedV1 event;
        byte[] payload;
        try (Scope trace = TraceContext.activate(record)) {
            MDC.put("articleId", article.articleId().toString());
            event = extract(article);
            payload = json.writeValueAsBytes(event);
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.errorf(e, "could not read article %s", article.articleId());
            return setAside(record, new PoisonEvent("the reader failed on this article: " + e));
        } finally {
            MDC.remove("articleId");
        }
        Message<byte[]> outgoing = Message.of(payload).addMetadata(kafkaMetadata(event));
        // The send joins the trace the article arrived with.
        outgoing = TracingMetadata.fromMessage(record).map(outgoing::addMetadata).orElse(outgoing);
        try {
            // The bound on what waits for Kafka: when it is reached (Kafka slow or down), readers wait here, and the
            // connector, its queue full, pauses the consumer.
            sendPermits.acquire();
        } catch (InterruptedException e) {
            // Shutting down: the record stays unacknowledged, so it is read again after the restart.
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(null);
        }
        metrics.sending(eventsInFlight - sendPermits.availablePermits());
        extracted.sendMessage(outgoing)
                // Kafka being down is not the record's fault: keep trying, never dead-letter for it.
                .onFailure().invoke(failure -> LOG.warnf("publishing extraction of %s failed, retrying: %s",
                        event.articleId(), failure.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                .subscribeAsCompletionStage()
                .thenCompose(sent -> record.ack())
                .whenComplete((acked, failure) -> sendPermits.release());
        // The reader is free as soon as the event is handed over: holding it until Kafka's acknowledgement took a
        // thread per event in flight (32 of them, mostly waiting, with their stacks and their articles in the heap).
        return CompletableFuture.completedFuture(null);
    }

    /** Copies the record to the dead-letter topic with the reason, then lets its offset move on. */
    private CompletionStage<Void> setAside(KafkaRecord<String, byte[]> record, Throwable reason) {
        return deadLetters.write(record, Topics.ARTICLES_INGESTED_DLQ, reason).thenCompose(written -> record.ack());
    }

    ArticleExtractedV1 extract(ArticleIngestedV1 article) {
        Reading reading = metrics.timed(() -> reader.read(new ArticleText(article.body(), article.title(),
                article.language(),
                article.publishedAt() == null ? null : article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate())));
        String scope = String.join("|", article.articleId().toString(), String.valueOf(article.contentHash()),
                reader.version());
        Findings findings = Findings.of(reading, scope);
        return new ArticleExtractedV1(EventIds.of(ArticleExtractedV1.TYPE, scope), ArticleExtractedV1.TYPE,
                ArticleExtractedV1.SCHEMA_VERSION, Instant.now(), article.articleId().toString(), article.articleId(),
                article.url(), article.source(), article.title(), article.publishedAt(), reading.language(),
                reader.version(), findings.pledges(), findings.observations(), findings.agreements());
    }

    /** Parsed from the record's UTF-8 bytes: no string of the whole event is made on the way. */
    private ArticleIngestedV1 parse(byte[] payload) {
        if (payload == null) {
            throw new PoisonEvent("the record has no value");
        }
        ArticleIngestedV1 article;
        try {
            article = json.readValue(payload, ArticleIngestedV1.class);
        } catch (IOException e) {
            throw new PoisonEvent("not an article.ingested event: " + EventPayloads.unreadableBecause(e));
        }
        if (article.articleId() == null || article.body() == null) {
            throw new PoisonEvent("an article.ingested event needs articleId and body");
        }
        return article;
    }

    private static OutgoingKafkaRecordMetadata<String> kafkaMetadata(ArticleExtractedV1 event) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(headers, CloudEventHeaders.ID, event.id().toString());
        add(headers, CloudEventHeaders.SOURCE, SOURCE);
        add(headers, CloudEventHeaders.TYPE, event.type());
        add(headers, CloudEventHeaders.TIME, event.time().toString());
        add(headers, CloudEventHeaders.SUBJECT, event.key());
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return OutgoingKafkaRecordMetadata.<String>builder().withKey(event.key()).withHeaders(headers).build();
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** An input record that can never be processed; its message becomes the dead-letter reason. */
    static final class PoisonEvent extends RuntimeException {
        PoisonEvent(String reason) {
            super(reason, null, false, false);
        }
    }
}
