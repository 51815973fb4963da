package org.pledgewatch.extraction.reading.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.article.ArticleIngestedV1;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TopicClient;

/**
 * A reader hands each event to Kafka and reads on: with one reader and a producer that holds every batch half a
 * second, many events await Kafka's acknowledgement at once, and every record is still acknowledged.
 */
@QuarkusTest
@TestProfile(ReadersHandOverTest.OneReaderSlowProducer.class)
class ReadersHandOverTest {

    public static class OneReaderSlowProducer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pledgewatch.extraction.reader-threads", "1",
                    "mp.messaging.outgoing.articles-extracted.linger.ms", "500");
        }
    }

    private static final Pattern IN_FLIGHT_MAX =
            Pattern.compile("(?m)^pledgewatch_extraction_events_in_flight_max(?:\\{[^}]*})? (\\S+)$");

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

    @Inject
    ObjectMapper json;

    @Test
    void oneReaderHasManyEventsInFlightAndEveryRecordIsAcknowledged() throws Exception {
        String batch = UUID.randomUUID().toString();
        for (int i = 0; i < 30; i++) {
            UUID article = UUID.randomUUID();
            ArticleIngestedV1 ingested = ArticleIngestedV1.of(EventIds.of("test", article.toString()), Instant.now(),
                    article, batch, "Imports are to reach " + (i + 2) + " billion dollars by 2031.", null, null,
                    "en", Instant.parse("2025-08-04T00:00:00Z"), "9".repeat(64), Instant.now());
            topics.send(Topics.ARTICLES_INGESTED, article.toString(), json.writeValueAsString(ingested));
        }

        assertThat(topics.await(Topics.ARTICLES_EXTRACTED, record -> record.value().contains(batch), 30,
                Duration.ofSeconds(30))).hasSize(30);
        assertThat(topics.awaitConsumed("extraction-service", Topics.ARTICLES_INGESTED,
                Duration.ofSeconds(20))).isTrue();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher max = IN_FLIGHT_MAX.matcher(metrics);
        assertThat(max.find()).as("in-flight metric in %s", metrics).isTrue();
        // A reader held until Kafka's acknowledgement would never have more than its own event in flight.
        assertThat(Double.parseDouble(max.group(1))).isGreaterThan(1.0);
    }
}
