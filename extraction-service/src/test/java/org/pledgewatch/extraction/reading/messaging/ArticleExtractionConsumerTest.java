package org.pledgewatch.extraction.reading.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.article.ArticleIngestedV1;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TopicClient;

@QuarkusTest
class ArticleExtractionConsumerTest {

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "pledgewatch.extraction.reader-threads")
    int readerThreads;

    @Test
    void eachIngestedArticleYieldsOneExtractionEventKeyedByArticle() throws Exception {
        UUID article = UUID.randomUUID();
        ArticleIngestedV1 ingested = ArticleIngestedV1.of(EventIds.of("test", article.toString()), Instant.now(),
                article, "A title", "Kazakhstan and Kyrgyzstan plan to bring trade to $3 billion by 2030.",
                "https://news.example.org/" + article, "test", "en", Instant.parse("2025-08-25T00:00:00Z"),
                "c".repeat(64), Instant.now());
        topics.send(Topics.ARTICLES_INGESTED, article.toString(), json.writeValueAsString(ingested));

        List<TopicClient.Received> extracted = topics.await(Topics.ARTICLES_EXTRACTED,
                record -> article.toString().equals(record.key()), Duration.ofSeconds(20));
        assertThat(extracted).hasSize(1);
        TopicClient.Received record = extracted.get(0);
        assertThat(record.header("ce_type")).isEqualTo("org.pledgewatch.article.extracted.v1");
        assertThat(record.header("ce_source")).isEqualTo("/pledgewatch/extraction-service");
        assertThat(record.header("ce_id")).isNotBlank();
        assertThat(record.value()).contains("\"articleId\":\"" + article + "\"")
                .contains("\"articleUrl\":\"https://news.example.org/" + article + "\"");
    }

    @Test
    void theSameArticleReadTwiceGivesTheSameEventId() throws Exception {
        UUID article = UUID.randomUUID();
        ArticleIngestedV1 ingested = ArticleIngestedV1.of(EventIds.of("test", article.toString()), Instant.now(),
                article, null, "Trade reached 1.7 billion dollars in 2024.", null, null, "en",
                Instant.parse("2025-08-04T00:00:00Z"), "d".repeat(64), Instant.now());
        topics.send(Topics.ARTICLES_INGESTED, article.toString(), json.writeValueAsString(ingested));
        topics.send(Topics.ARTICLES_INGESTED, article.toString(), json.writeValueAsString(ingested));

        List<TopicClient.Received> extracted = topics.await(Topics.ARTICLES_EXTRACTED,
                record -> article.toString().equals(record.key()), Duration.ofSeconds(20));
        topics.awaitConsumed("extraction-service", Topics.ARTICLES_INGESTED, Duration.ofSeconds(20));
        extracted = topics.readAll(Topics.ARTICLES_EXTRACTED).stream()
                .filter(record -> article.toString().equals(record.key())).toList();
        assertThat(extracted).hasSize(2);
        assertThat(extracted.get(0).header("ce_id")).isEqualTo(extracted.get(1).header("ce_id"));
    }

    @Test
    void articlesAreReadOnNoMoreThreadsThanConfigured() throws Exception {
        String batch = UUID.randomUUID().toString();
        for (int i = 0; i < 40; i++) {
            UUID article = UUID.randomUUID();
            ArticleIngestedV1 ingested = ArticleIngestedV1.of(EventIds.of("test", article.toString()), Instant.now(),
                    article, batch, "Exports are to reach " + (i + 2) + " billion dollars by 2030.", null, null, "en",
                    Instant.parse("2025-08-04T00:00:00Z"), "e".repeat(64), Instant.now());
            topics.send(Topics.ARTICLES_INGESTED, article.toString(), json.writeValueAsString(ingested));
        }

        assertThat(topics.await(Topics.ARTICLES_EXTRACTED, record -> record.value().contains(batch), 40,
                Duration.ofSeconds(30))).hasSize(40);
        long readers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(ArticleExtractionConsumer.READER_POOL)).count();
        assertThat(readers).isBetween(1L, (long) readerThreads);
    }

    @Test
    void anUnreadableRecordIsDeadLetteredWithTheReason() {
        String key = "poison-" + UUID.randomUUID();
        topics.send(Topics.ARTICLES_INGESTED, key, "{\"articleId\": \"not-a-uuid\"");

        List<TopicClient.Received> dead = topics.await(Topics.ARTICLES_INGESTED_DLQ,
                record -> key.equals(record.key()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).header("dead-letter-reason")).contains("not an article.ingested event");
        assertThat(dead.get(0).header("dead-letter-topic")).isEqualTo(Topics.ARTICLES_INGESTED);
    }

    @Test
    void anEventThatIsNotUtf8IsDeadLetteredRatherThanReadMangled() throws Exception {
        UUID article = UUID.randomUUID();
        ArticleIngestedV1 ingested = ArticleIngestedV1.of(EventIds.of("test", article.toString()), Instant.now(),
                article, null, "Trade reached 1.7 billion dollars in 2024 MARK.", null, null, "en",
                Instant.parse("2025-08-04T00:00:00Z"), "f".repeat(64), Instant.now());
        byte[] bytes = json.writeValueAsBytes(ingested);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int mark = text.indexOf("MARK");
        bytes[mark] = (byte) 0xC3;
        bytes[mark + 1] = (byte) 0x28;
        topics.send(Topics.ARTICLES_INGESTED, article.toString(), bytes);

        List<TopicClient.Received> dead = topics.await(Topics.ARTICLES_INGESTED_DLQ,
                record -> article.toString().equals(record.key()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).header("dead-letter-reason")).contains("not an article.ingested event")
                .contains("UTF-8");
        assertThat(topics.readAll(Topics.ARTICLES_EXTRACTED))
                .noneMatch(record -> article.toString().equals(record.key()));
    }
}
