package org.pledgewatch.commitments.tracking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.pledgewatch.commitments.SeedScenario;
import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TokenIssuer;
import org.pledgewatch.localinfra.TopicClient;
import org.pledgewatch.web.security.Roles;

/**
 * What recomputation writes: a row only when something it stores changed (told by its fingerprint), rows from before
 * fingerprints existed once, and a commitment that no article states any more removed with its history and event.
 */
@QuarkusTest
class RecomputationWritesTest {

    /** Each test's own countries: commitment ids follow from what is promised between whom, not from the articles. */
    private static final String[] FIRST_LETTERS = {"W", "X", "Y"};
    private static int tests;

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());
    private SeedScenario scenario;
    private String party;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void applyAFreshScenario() throws Exception {
        String letter = FIRST_LETTERS[tests++];
        scenario = new SeedScenario(letter + "A", letter + "B", letter + "C");
        party = scenario.kz;
        publish(scenario.events());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath commitments = given().get("/api/v1/commitments?party=" + party).jsonPath();
            return commitments.getInt("total") == 2 && commitments.getList("items.sourceCount").equals(List.of(2, 2))
                    && given().get("/api/v1/agreements?party=" + party + "&size=50").jsonPath().getInt("total") == 7;
        });
    }

    @Test
    void recomputingWithNothingChangedRewritesNoRow() throws Exception {
        Map<String, String> commitmentVersions = rowVersions("commitment");
        Map<String, String> agreementVersions = rowVersions("agreement");
        assertThat(commitmentVersions).hasSize(2);
        assertThat(agreementVersions).hasSize(7);

        reassess();

        assertThat(rowVersions("commitment")).isEqualTo(commitmentVersions);
        assertThat(rowVersions("agreement")).isEqualTo(agreementVersions);
    }

    @Test
    void rowsWithoutAFingerprintAreRewrittenOnceWithTheSameValues() throws Exception {
        String commitmentsBefore = given().get("/api/v1/commitments?party=" + party + "&sort=firstStatedOn").asString();
        String agreementsBefore = given().get("/api/v1/agreements?party=" + party + "&size=50").asString();
        execute("UPDATE commitment SET fingerprint = NULL WHERE parties = ?");
        execute("UPDATE agreement SET fingerprint = NULL WHERE parties = ?");

        reassess();

        assertThat(count("SELECT count(*) FROM commitment WHERE parties = ? AND fingerprint IS NOT NULL")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM agreement WHERE parties = ? AND fingerprint IS NOT NULL")).isEqualTo(7);
        assertThat(given().get("/api/v1/commitments?party=" + party + "&sort=firstStatedOn").asString())
                .isEqualTo(commitmentsBefore);
        assertThat(given().get("/api/v1/agreements?party=" + party + "&size=50").asString()).isEqualTo(agreementsBefore);
    }

    @Test
    void aCommitmentNoArticleStatesAnyMoreIsRemovedWithItsHistoryAndAnEvent() throws Exception {
        String removedId = commitmentWithStatus("SUPERSEDED");

        // Both articles that stated the earlier target, read again by a newer extractor that finds no pledge in them.
        publish(List.of(withoutPledges(scenario.summit2024()), withoutPledges(scenario.ratification2024())));

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> given().get("/api/v1/commitments?party=" + party).jsonPath().getInt("total") == 1);
        given().get("/api/v1/commitments/" + removedId).then().statusCode(404);
        List<String> history = new ArrayList<>();
        query("SELECT coalesce(previous_status, '-') || '>' || status FROM commitment_status_change"
                + " WHERE commitment_id = ?::uuid ORDER BY sequence", removedId, row -> history.add(row.getString(1)));
        assertThat(history).last().isEqualTo("SUPERSEDED>REMOVED");
        assertThat(topics.await(Topics.COMMITMENT_STATUS_CHANGED, record -> removedId.equals(record.key())
                && record.value().contains("\"status\":\"REMOVED\"") && record.value().contains("\"" + party + "\""),
                Duration.ofSeconds(30))).isNotEmpty();
    }

    private ArticleExtractedV1 withoutPledges(ArticleExtractedV1 e) {
        return new ArticleExtractedV1(EventIds.of(ArticleExtractedV1.TYPE,
                e.articleId().toString(), "reread"), e.type(), e.schemaVersion(), e.time().plusSeconds(3600), e.key(),
                e.articleId(), e.articleUrl(), e.articleSource(), e.articleTitle(), e.publishedAt(), e.language(),
                "1.1.0", List.of(), e.observations(), e.agreements());
    }

    private String commitmentWithStatus(String status) {
        JsonPath list = given().get("/api/v1/commitments?party=" + party).jsonPath();
        return list.getString("items.find { it.status == '" + status + "' }.id");
    }

    private void reassess() {
        given().auth().oauth2(TokenIssuer.shared().token("operator", Roles.ADMIN))
                .post("/api/v1/admin/reassess").then().statusCode(200);
    }

    /** Each row's id and transaction id of its last write (PostgreSQL's xmin): it changes whenever the row is written. */
    private Map<String, String> rowVersions(String table) throws SQLException {
        Map<String, String> versions = new TreeMap<>();
        query("SELECT id::text, xmin::text FROM " + table + " WHERE parties = ?", partiesKey(),
                row -> versions.put(row.getString(1), row.getString(2)));
        return versions;
    }

    private String partiesKey() {
        return party + "-" + scenario.kg;
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private void query(String sql, String parameter, RowHandler handler) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    handler.handle(row);
                }
            }
        }
    }

    private long count(String sql) throws SQLException {
        long[] count = new long[1];
        query(sql, partiesKey(), row -> count[0] = row.getLong(1));
        return count[0];
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, partiesKey());
            statement.executeUpdate();
        }
    }

    private void publish(List<ArticleExtractedV1> events) throws Exception {
        for (ArticleExtractedV1 event : events) {
            topics.send(Topics.ARTICLES_EXTRACTED, event.key(), json.writeValueAsString(event));
        }
    }
}
