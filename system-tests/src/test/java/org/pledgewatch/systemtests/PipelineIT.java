package org.pledgewatch.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.PledgewatchStack;

/**
 * An article goes in at ingest-service and comes out as a tracked commitment at commitments-service: three
 * service processes, a real broker, a real database.
 */
class PipelineIT {

    private final PledgewatchStack system = RunningSystem.stack();
    private final String newsroom = system.tokens().token("system-test-feed", "newsroom");

    private static String article(String url, String body) {
        return """
                {"title": "Baku and Astana talk trade", "url": "%s", "source": "system-test", "language": "en",
                 "publishedAt": "2025-10-06", "body": "%s"}""".formatted(url, body);
    }

    @Test
    void aPledgeAndAFigurePostedToIngestAreTrackedWithTheArticleAsEvidence() {
        String url = "https://news.example.org/pipeline/" + UUID.randomUUID();
        String body = "Kazakhstan and Azerbaijan agreed on Monday in Baku to raise bilateral trade to $3 billion by "
                + "2030. Trade between the two countries reached $1.2 billion in 2024, officials said.";
        given().baseUri(system.ingest().baseUrl()).auth().oauth2(newsroom).contentType(ContentType.JSON).body(article(url, body))
                .post("/api/v1/articles").then().statusCode(201);

        JsonPath commitment = awaitCommitment(List.of("AZ", "KZ"), 3.0e9);
        assertThat(commitment.getInt("deadline")).isEqualTo(2030);
        assertThat(commitment.getList("parties")).containsExactly("AZ", "KZ");

        JsonPath detail = given().baseUri(system.commitments().baseUrl())
                .get("/api/v1/commitments/" + commitment.getString("id")).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("statements.source.url")).containsExactly(url);
        assertThat(detail.getString("statements[0].source.quote")).contains("$3 billion");
        assertThat(detail.getList("figures.period")).containsExactly("2024");
        assertThat(detail.getList("figures[0].reports.source.url")).containsExactly(url);
        assertThat(((Number) detail.get("figures[0].value")).doubleValue()).isEqualTo(1.2e9);
    }

    @Test
    void theSameArticlePostedTwiceIsOneArticleAndOneSetOfFacts() {
        String url = "https://news.example.org/pipeline/" + UUID.randomUUID();
        String body = "Georgia and Armenia set a goal of $2 billion in trade by 2032. Trade between Georgia and "
                + "Armenia reached $0.9 billion in 2024.";
        String first = given().baseUri(system.ingest().baseUrl()).auth().oauth2(newsroom).contentType(ContentType.JSON).body(article(url, body))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        given().baseUri(system.ingest().baseUrl()).auth().oauth2(newsroom).contentType(ContentType.JSON).body(article(url, body))
                .post("/api/v1/articles").then().statusCode(200)
                .body("status", equalTo("duplicate")).body("id", equalTo(first));

        JsonPath commitment = awaitCommitment(List.of("AM", "GE"), 2.0e9);
        assertThat(commitment.getInt("sourceCount")).isEqualTo(1);
        assertThat(RunningSystem.topics().readAll(Topics.ARTICLES_INGESTED).stream()
                .filter(record -> first.equals(record.key()))).hasSize(1);
        JsonPath detail = given().baseUri(system.commitments().baseUrl())
                .get("/api/v1/commitments/" + commitment.getString("id")).jsonPath();
        assertThat(detail.getList("statements")).hasSize(1);
        assertThat(detail.getList("figures[0].reports")).hasSize(1);
    }

    @Test
    void aMalformedFeedRecordIsDeadLetteredAndTheNextOneIsTracked() {
        String key = "feed-" + UUID.randomUUID();
        String url = "https://news.example.org/feed/" + UUID.randomUUID();
        RunningSystem.topics().send(Topics.ARTICLES_SUBMITTED, key, "{not json at all");
        RunningSystem.topics().send(Topics.ARTICLES_SUBMITTED, key, article(url,
                "Tajikistan and Uzbekistan plan to lift trade to $2 billion by 2028. Trade between Tajikistan and "
                        + "Uzbekistan reached $0.7 billion in 2024."));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !RunningSystem.topics()
                .await(Topics.ARTICLES_SUBMITTED_DLQ, record -> key.equals(record.key()), Duration.ZERO).isEmpty());
        JsonPath commitment = awaitCommitment(List.of("TJ", "UZ"), 2.0e9);
        assertThat(commitment.getList("parties")).containsExactly("TJ", "UZ");
    }

    @Test
    void oneTraceFollowsAnArticleFromIngestToItsCommitment() {
        String url = "https://news.example.org/trace/" + UUID.randomUUID();
        String body = "Kyrgyzstan and Turkey intend to raise trade to $5 billion by 2031. Trade between Kyrgyzstan "
                + "and Turkey reached $1.5 billion in 2024.";
        String article = given().baseUri(system.ingest().baseUrl()).auth().oauth2(newsroom).contentType(ContentType.JSON)
                .body(article(url, body)).post("/api/v1/articles").then().statusCode(201).extract().path("id");
        JsonPath commitment = awaitCommitment(List.of("KG", "TR"), 5.0e9);

        String ingested = traceId(RunningSystem.topics().await(Topics.ARTICLES_INGESTED,
                record -> article.equals(record.key()), Duration.ofSeconds(10)).get(0).header("traceparent"));
        String extracted = traceId(RunningSystem.topics().await(Topics.ARTICLES_EXTRACTED,
                record -> article.equals(record.key()), Duration.ofSeconds(10)).get(0).header("traceparent"));
        String statusChanged = traceId(RunningSystem.topics().await(Topics.COMMITMENT_STATUS_CHANGED,
                record -> commitment.getString("id").equals(record.key()), Duration.ofSeconds(10)).get(0)
                .header("traceparent"));
        assertThat(ingested).isNotBlank();
        assertThat(extracted).isEqualTo(ingested);
        assertThat(statusChanged).isEqualTo(ingested);
    }

    /** The trace id part of a W3C traceparent header: 00-{trace id}-{span id}-{flags}. */
    private static String traceId(String traceParent) {
        assertThat(traceParent).as("traceparent header").isNotNull();
        return traceParent.split("-")[1];
    }

    /** Waits for the commitment between exactly these parties (sorted ISO codes) with this target. */
    private JsonPath awaitCommitment(List<String> parties, double target) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> findCommitment(parties, target), found -> found != null);
    }

    private JsonPath findCommitment(List<String> parties, double target) {
        JsonPath page = given().baseUri(system.commitments().baseUrl()).queryParam("party", parties.get(0))
                .queryParam("size", 200).get("/api/v1/commitments").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (int i = 0; i < items.size(); i++) {
            Object value = page.get("items[" + i + "].target.value");
            if (value instanceof Number number && number.doubleValue() == target
                    && parties.equals(page.getList("items[" + i + "].parties"))) {
                return new JsonPath(page.prettify()).setRootPath("items[" + i + "]");
            }
        }
        return null;
    }
}
