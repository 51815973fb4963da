package org.pledgewatch.ingest.article.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.localinfra.TopicClient;
import org.pledgewatch.web.security.Roles;

@QuarkusTest
class ArticlePublishingTest {

    private static final String NEWSROOM = TokenIssuer.shared().token("test-feed", Roles.NEWSROOM);
    private static final String ADMIN = TokenIssuer.shared().token("test-operator", Roles.ADMIN);

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

    @Test
    void aStoredArticleIsPublishedOnceKeyedByItsIdWithCloudEventHeaders() {
        String url = "https://news.example.org/" + UUID.randomUUID();
        String document = """
                {"body": "Trade reached 1.7 billion dollars last year. %s", "url": "%s", "language": "en",
                 "publishedAt": "2025-08-04"}""".formatted(url, url);
        String id = given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(document).post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(document).post("/api/v1/articles")
                .then().statusCode(200);

        List<TopicClient.Received> published = topics.await(Topics.ARTICLES_INGESTED,
                record -> id.equals(record.key()), Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        TopicClient.Received record = published.get(0);
        assertThat(record.value()).contains("\"articleId\":\"" + id + "\"").contains(url);
        assertThat(record.header("ce_type")).isEqualTo("org.pledgewatch.article.ingested.v1");
        assertThat(record.header("ce_source")).isEqualTo("/pledgewatch/ingest-service");
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("ce_id")).isNotBlank();
        assertThat(record.header("ce_time")).isNotBlank();

        // Given time for a second, wrongful, publication to appear, there is none.
        assertThat(topics.await(Topics.ARTICLES_INGESTED, r -> false, Duration.ofSeconds(2))).isEmpty();
        assertThat(topics.readAll(Topics.ARTICLES_INGESTED).stream().filter(r -> id.equals(r.key()))).hasSize(1);
    }

    @Test
    void aStoredArticleIsPublishedAgainWithItsOriginalEventOnReextractionAndOnReplay() {
        String url = "https://news.example.org/" + UUID.randomUUID();
        String document = """
                {"title": "Replayed", "body": "Both sides aim for 4 billion dollars of trade by 2030. %s", "url": "%s",
                 "language": "en", "publishedAt": "2025-08-04"}""".formatted(url, url);
        String id = given().auth().oauth2(NEWSROOM).contentType(ContentType.JSON).body(document).post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        String ingestedAt = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("ingestedAt");
        TopicClient.Received first = topics.await(Topics.ARTICLES_INGESTED, record -> id.equals(record.key()),
                Duration.ofSeconds(20)).get(0);

        given().auth().oauth2(ADMIN).post("/api/v1/admin/articles/" + id + "/reextract").then().statusCode(202);
        assertThat(topics.await(Topics.ARTICLES_INGESTED, record -> id.equals(record.key()), 2, Duration.ofSeconds(20)))
                .hasSize(2);

        given().auth().oauth2(ADMIN).queryParam("since", ingestedAt).post("/api/v1/admin/replay")
                .then().statusCode(202);
        List<TopicClient.Received> published = topics.await(Topics.ARTICLES_INGESTED,
                record -> id.equals(record.key()), 3, Duration.ofSeconds(20));
        assertThat(published).hasSize(3).allSatisfy(again -> {
            assertThat(again.header("ce_id")).isEqualTo(first.header("ce_id"));
            assertThat(again.value()).contains("Both sides aim for 4 billion dollars").contains(url)
                    .contains("\"title\":\"Replayed\"");
        });
    }
}
