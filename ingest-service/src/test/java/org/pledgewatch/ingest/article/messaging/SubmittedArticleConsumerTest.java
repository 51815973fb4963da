package org.pledgewatch.ingest.article.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TopicClient;

@QuarkusTest
class SubmittedArticleConsumerTest {

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextValidOneIsStored() {
        String key = "feed-" + UUID.randomUUID();
        String url = "https://feed.example.org/" + UUID.randomUUID();
        // Same key: same partition, so the valid record really comes after the poison one.
        topics.send(Topics.ARTICLES_SUBMITTED, key, "{\"body\": \"unterminated");
        topics.send(Topics.ARTICLES_SUBMITTED, key, """
                {"title": "Feed item", "body": "Ministers signed a roadmap. %s", "url": "%s",
                 "language": "en", "publishedAt": "2025-11-27"}""".formatted(url, url));

        List<TopicClient.Received> dead = topics.await(Topics.ARTICLES_SUBMITTED_DLQ,
                record -> key.equals(record.key()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).header("dead-letter-reason")).contains("not valid JSON");
        assertThat(dead.get(0).header("dead-letter-topic")).isEqualTo(Topics.ARTICLES_SUBMITTED);
        assertThat(dead.get(0).header("dead-letter-offset")).isNotBlank();
        assertThat(dead.get(0).header("dead-letter-partition")).isNotBlank();

        List<TopicClient.Received> stored = topics.await(Topics.ARTICLES_INGESTED,
                record -> record.value().contains(url), Duration.ofSeconds(20));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).value()).contains("\"title\":\"Feed item\"");
    }

    @Test
    void aValidJsonRecordThatIsNotAnArticleIsDeadLetteredWithTheFieldAndReason() {
        String key = "feed-" + UUID.randomUUID();
        topics.send(Topics.ARTICLES_SUBMITTED, key, "{\"title\": \"no text\", \"publishedAt\": \"3025-01-01\"}");

        List<TopicClient.Received> dead = topics.await(Topics.ARTICLES_SUBMITTED_DLQ,
                record -> key.equals(record.key()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).header("dead-letter-reason"))
                .contains("body: is required")
                .contains("publishedAt: is in the future");
    }
}
