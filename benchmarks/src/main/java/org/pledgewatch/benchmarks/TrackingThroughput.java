package org.pledgewatch.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;
import org.pledgewatch.extraction.reading.domain.Reading;
import org.pledgewatch.extraction.reading.messaging.Findings;

/**
 * Tracking alone: the extraction events of generated articles, made in this JVM the way extraction-service makes
 * them (same reader, same ids, same mapping), written to {@code articles.extracted} as fast as Kafka takes them, so
 * that commitments-service works through a backlog with nothing else running. Its rate over the first and the second
 * half of the run shows whether applying an article costs more as the history grows.
 */
final class TrackingThroughput {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** How a run went: rates over the whole run and over each half of the applied rows (by time applied). */
    record Result(int articles, boolean complete, double seconds, double firstHalfPerSecond,
            double secondHalfPerSecond, Map<String, Double> cpu, double residentMiB) {

        double perSecond() {
            return articles / seconds;
        }
    }

    private TrackingThroughput() {
    }

    /** The extraction events of {@code count} generated articles (originals only), keyed as extraction keys them. */
    static List<ProducerRecord<String, String>> events(ArticleGenerator generator, int count) {
        NewsReader reader = new NewsReader();
        List<ProducerRecord<String, String>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article article = generator.next();
            UUID articleId = EventIds.of("benchmark-article", article.url());
            LocalDate published = LocalDate.parse(article.publishedAt());
            Reading reading = reader.read(new ArticleText(article.body(), article.title(), article.language(),
                    published));
            String scope = String.join("|", articleId.toString(), Integer.toString(article.body().hashCode()),
                    reader.version());
            Findings findings = Findings.of(reading, scope);
            ArticleExtractedV1 event = new ArticleExtractedV1(EventIds.of(ArticleExtractedV1.TYPE, scope),
                    ArticleExtractedV1.TYPE, ArticleExtractedV1.SCHEMA_VERSION, Instant.now(), articleId.toString(),
                    articleId, article.url(), article.source(), article.title(),
                    published.atStartOfDay(ZoneOffset.UTC).toInstant(), reading.language(), reader.version(),
                    findings.pledges(), findings.observations(), findings.agreements());
            try {
                records.add(new ProducerRecord<>(Topics.ARTICLES_EXTRACTED, event.key(), JSON.writeValueAsString(event)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return records;
    }

    /** Writes the records and waits until Kafka has them all. */
    static void send(String bootstrapServers, List<ProducerRecord<String, String>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    /** Articles per second between the first and the last of these applied times (epoch microseconds, sorted). */
    static double rate(List<Long> appliedMicros) {
        if (appliedMicros.size() < 2) {
            return Double.NaN;
        }
        double seconds = (appliedMicros.get(appliedMicros.size() - 1) - appliedMicros.get(0)) / 1e6;
        return (appliedMicros.size() - 1) / Math.max(seconds, 1e-6);
    }
}
