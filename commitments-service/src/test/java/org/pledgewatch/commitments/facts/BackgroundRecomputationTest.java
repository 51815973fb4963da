package org.pledgewatch.commitments.facts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.pledgewatch.commitments.SeedScenario;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TopicClient;

/**
 * Polls store their facts without waiting for the recomputation of the groups they touch, and the polls that touch
 * a group while it waits are covered by one recomputation: here the group is held by "another replica" (its lock,
 * taken from a test connection) while two articles about it are applied.
 */
@QuarkusTest
class BackgroundRecomputationTest {

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());
    /** Countries no other test uses: the commitment count below is theirs alone. */
    private final SeedScenario scenario = new SeedScenario("VA", "VB", "VC");

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void pollsAppliedWhileTheirGroupIsBusyAreCoveredByOneRecomputation() throws Exception {
        ArticleExtractedV1 twoBillion = scenario.summit2024();
        ArticleExtractedV1 threeBillion = scenario.visit2025();
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "commitments|trade_turnover|VA-VB");
                lock.executeQuery().close();
            }

            publish(twoBillion);
            awaitApplied(twoBillion.articleId());
            publish(threeBillion);
            awaitApplied(threeBillion.articleId());

            assertThat(marksOf(twoBillion.articleId())).isPositive();
            assertThat(marksOf(threeBillion.articleId())).isPositive();
            assertThat(tracked(twoBillion.articleId())).isFalse();
            assertThat(given().get("/api/v1/commitments?party=VA").jsonPath().getInt("total")).isZero();
            otherReplica.commit();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/v1/commitments?party=VA").jsonPath().getInt("total") == 2);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> tracked(twoBillion.articleId()) && tracked(threeBillion.articleId()));
        assertThat(marksOf(twoBillion.articleId()) + marksOf(threeBillion.articleId())).isZero();

        // Recomputed after each poll, the two-billion target would have been new first, then superseded: two
        // history rows. Recomputed once for both, it is born superseded.
        JsonPath commitments = given().get("/api/v1/commitments?party=VA").jsonPath();
        String superseded = commitments.getString("items.find { it.status == 'SUPERSEDED' }.id");
        assertThat(historyOf(superseded)).containsExactly("-", "SUPERSEDED");
    }

    private void publish(ArticleExtractedV1 event) throws Exception {
        topics.send(Topics.ARTICLES_EXTRACTED, event.key(), json.writeValueAsString(event));
    }

    private void awaitApplied(UUID article) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM article_extraction WHERE article_id = ?", article) == 1);
    }

    private long marksOf(UUID article) throws SQLException {
        return count("SELECT count(*) FROM recomputation_mark WHERE article_id = ?", article);
    }

    private boolean tracked(UUID article) throws SQLException {
        return count("SELECT count(*) FROM article_extraction WHERE article_id = ? AND tracked_at IS NOT NULL",
                article) == 1;
    }

    /** Previous and new status of each change, flattened in order. */
    private List<String> historyOf(String commitmentId) throws SQLException {
        List<String> history = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT coalesce(previous_status, '-'), status"
                        + " FROM commitment_status_change WHERE commitment_id = ?::uuid ORDER BY sequence")) {
            query.setString(1, commitmentId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    history.add(row.getString(1));
                    history.add(row.getString(2));
                }
            }
        }
        return history;
    }

    private long count(String sql, UUID article) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, article);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
