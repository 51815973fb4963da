package org.pledgewatch.ingest.article.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.localinfra.TopicClient;
import org.pledgewatch.web.security.Roles;

/**
 * The relay's rounds are bounded in bytes as well as in rows: with a bound smaller than any event, each event goes
 * alone, one round straight after the other, and the payloads reach Kafka byte for byte (accents, typographic
 * quotes, euro signs).
 */
@QuarkusTest
@TestProfile(OutboxRoundsTest.OneByteRounds.class)
class OutboxRoundsTest {

    public static class OneByteRounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A relay that paused between rounds cut short by the bound would take a minute per event here.
            return Map.of("pledgewatch.outbox.batch-bytes", "1", "pledgewatch.outbox.poll-interval", "60s");
        }
    }

    private static final String NEWSROOM = TokenIssuer.shared().token("test-feed", Roles.NEWSROOM);
    private static final Pattern ROUND_MAX =
            Pattern.compile("(?m)^pledgewatch_outbox_round_events_max(?:\\{[^}]*})? (\\S+)$");

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

    @Test
    void eventsLargerThanTheBoundArePublishedOneARoundAndIntact() {
        String run = UUID.randomUUID().toString();
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String url = "https://news.example.org/rounds/" + run + "/" + i;
            articles.add("""
                    {"body": "Le commerce bilatéral a atteint 1,2 milliard d’euros (€) en 2025, selon « la douane ». %s",
                     "url": "%s", "language": "fr"}""".formatted(url, url));
        }
        given().auth().oauth2(NEWSROOM).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body("[" + String.join(",", articles) + "]").post("/api/v1/articles:batch")
                .then().statusCode(200);

        List<TopicClient.Received> published = topics.await(Topics.ARTICLES_INGESTED,
                record -> record.value().contains("/rounds/" + run + "/"), 5, Duration.ofSeconds(20));
        assertThat(published).hasSize(5).allSatisfy(record -> assertThat(record.value())
                .contains("Le commerce bilatéral a atteint 1,2 milliard d’euros (€) en 2025, selon « la douane »."));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher max = ROUND_MAX.matcher(metrics);
        assertThat(max.find()).as("round size metric in %s", metrics).isTrue();
        assertThat(Double.parseDouble(max.group(1))).isEqualTo(1.0);
    }
}
