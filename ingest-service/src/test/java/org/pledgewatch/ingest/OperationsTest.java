package org.pledgewatch.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

/** What operators scrape and probe. */
@QuarkusTest
class OperationsTest {

    @Test
    void articlesReceivedAndTheOutboxBacklogAreMetrics() {
        String url = "https://news.example.org/metrics/" + UUID.randomUUID();
        given().auth().oauth2(TokenIssuer.shared().token("feed", Roles.NEWSROOM)).contentType(ContentType.JSON)
                .body("{\"body\": \"Counted once. " + url + "\", \"url\": \"" + url + "\"}")
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(TokenIssuer.shared().token("feed", Roles.NEWSROOM)).contentType(ContentType.JSON)
                .body("{\"title\": \"no body\"}").post("/api/v1/articles").then().statusCode(400);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pledgewatch_articles_ingested_total{channel=\"REST\",outcome=\"created\"}"))
                .body(containsString("pledgewatch_articles_ingested_total{channel=\"REST\",outcome=\"invalid\"}"))
                .body(containsString("pledgewatch_outbox_backlog"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void readinessCoversTheDatabaseKafkaAndTheOutbox() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("outbox"))
                .body(containsString("Database connections health check"))
                .body(containsString("Kafka connection health check"));
    }
}
