package org.pledgewatch.ingest.article.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TopicClient;

/**
 * Every kind of bad input on the raw topic lands on the dead-letter topic with its reason, and a valid record
 * sent right after it on the same partition is still stored.
 */
@QuarkusTest
class RawTopicBadInputTest {

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON   | '{\"body\": '                                              | not valid JSON",
            "wrong type       | '{\"body\": [\"a\"]}'                                      | must be a string",
            "missing body     | '{\"title\": \"t\"}'                                       | body: is required",
            "unknown field    | '{\"body\": \"t\", \"tags\": \"x\"}'                      | tags: is not a known field",
            "absurd date      | '{\"body\": \"t\", \"publishedAt\": \"1066-10-14\"}'       | publishedAt: is before 1900",
            "control char     | '{\"body\": \"a\\u0007b\"}'                                | control character U+0007",
            "empty document   | ''                                                         | $: is empty" })
    void isDeadLetteredWithTheReasonAndThePartitionFlows(String caseName, String document, String reason) {
        assertDeadLetteredThenNextStored(document.getBytes(StandardCharsets.UTF_8), reason);
    }

    @Test
    void invalidUtf8IsDeadLettered() {
        assertDeadLetteredThenNextStored(new byte[] { '{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xFF, '"', '}' },
                "not valid UTF-8");
    }

    @Test
    void aRecordWithoutValueIsDeadLettered() {
        assertDeadLetteredThenNextStored(null, "no value");
    }

    private void assertDeadLetteredThenNextStored(byte[] poison, String reason) {
        String key = "bad-" + UUID.randomUUID();
        String url = "https://feed.example.org/after-bad/" + UUID.randomUUID();
        topics.send(Topics.ARTICLES_SUBMITTED, key, poison);
        topics.send(Topics.ARTICLES_SUBMITTED, key, "{\"body\": \"Valid after poison. " + url + "\", \"url\": \"" + url + "\"}");

        List<TopicClient.Received> dead = topics.await(Topics.ARTICLES_SUBMITTED_DLQ,
                record -> key.equals(record.key()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).header("dead-letter-reason")).contains(reason);
        assertThat(topics.await(Topics.ARTICLES_INGESTED, record -> record.value().contains(url), Duration.ofSeconds(20)))
                .hasSize(1);
    }
}
