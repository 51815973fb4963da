package org.pledgewatch.ingest.article.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.ingest.article.api.ArticleResourceTest.article;
import static org.pledgewatch.ingest.article.api.ArticleResourceTest.uniqueUrl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.web.security.Roles;

/** Two feeds sending the same stories at the same time, in opposite orders: each is stored once, nobody waits long. */
@QuarkusTest
class ConcurrentBatchesTest {

    private static final String NEWSROOM = TokenIssuer.shared().token("test-feed", Roles.NEWSROOM);

    @Inject
    DataSource dataSource;

    @Test
    void theSameArticlesInTwoConcurrentBatchesAreStoredOnceWithoutDeadlock() throws Exception {
        long deadlocksBefore = deadlocks();
        for (int round = 0; round < 10; round++) {
            List<String> articles = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String url = uniqueUrl();
                articles.add(article(url, "Story " + i + " of round " + round + " " + UUID.randomUUID()));
            }
            List<String> reversed = new ArrayList<>(articles);
            Collections.reverse(reversed);

            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(articles));
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> post(reversed));

            Response one = first.join();
            Response other = second.join();
            assertThat(one.statusCode()).as("round %d: %s", round, one.asString()).isEqualTo(200);
            assertThat(other.statusCode()).as("round %d: %s", round, other.asString()).isEqualTo(200);
            assertThat(one.jsonPath().getInt("created") + other.jsonPath().getInt("created")).isEqualTo(40);
            assertThat(one.jsonPath().getInt("duplicates") + other.jsonPath().getInt("duplicates")).isEqualTo(40);
        }
        // PostgreSQL counts deadlocks per database; its statistics arrive within half a second.
        Thread.sleep(1500);
        assertThat(deadlocks() - deadlocksBefore).isZero();
    }

    private long deadlocks() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Response post(List<String> articles) {
        return given().auth().oauth2(NEWSROOM).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body("[" + String.join(",", articles) + "]").post("/api/v1/articles:batch");
    }
}
