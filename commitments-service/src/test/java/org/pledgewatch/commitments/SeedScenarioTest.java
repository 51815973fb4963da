package org.pledgewatch.commitments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.pledgewatch.commitments.NumberMatchers.number;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TopicClient;

/** The acceptance scenario of commitment tracking, fed through the real topic into the real database. */
@QuarkusTest
class SeedScenarioTest {

    private static final SeedScenario SCENARIO = SeedScenario.withRealCodes();
    private static boolean published;

    private final TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

    @Inject
    ObjectMapper json;

    @BeforeEach
    void publishTheScenarioOnce() throws Exception {
        if (!published) {
            publish(SCENARIO.events());
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::everythingApplied);
            published = true;
        }
    }

    @Test
    void theThreeBillionTargetIsOneOnTrackCommitmentWithTwoSources() {
        JsonPath three = commitmentWithTarget(3.0e9);
        assertThat(three.getInt("sourceCount")).isEqualTo(2);
        assertThat(three.getInt("deadline")).isEqualTo(2030);
        assertThat(three.getString("status")).isEqualTo("ON_TRACK");
        assertThat(three.getInt("baseline.year")).isEqualTo(2024);
        assertThat(three.getDouble("baseline.value")).isEqualTo(1.7e9);
        assertThat(three.getDouble("requiredGrowth")).isBetween(0.0985, 0.0995);

        given().get("/api/v1/commitments/" + three.getString("id")).then().statusCode(200)
                .body("statements", hasSize(2))
                .body("statements.source.url", containsInAnyOrder(SCENARIO.url("visit-2025"), SCENARIO.url("summit-2025")))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].period", equalTo("2023"))
                .body("conflicts[0].reports.value", containsInAnyOrder(number(1.2e9), number(1.5e9)))
                .body("forecasts[0].period", equalTo("2024"))
                .body("forecasts[0].value", number(1.8e9))
                .body("targetLine[0].year", equalTo(2024))
                .body("targetLine[-1].year", equalTo(2030))
                .body("commitment.requiredGrowth", number(0.0993, 0.0005));
    }

    @Test
    void theEarlierTwoBillionTargetIsSupersededWithItsLineage() {
        JsonPath two = commitmentWithTarget(2.0e9);
        JsonPath three = commitmentWithTarget(3.0e9);
        assertThat(two.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(two.getString("supersededBy")).isEqualTo(three.getString("id"));

        given().get("/api/v1/commitments/" + two.getString("id")).then().statusCode(200)
                .body("lineage.supersededBy.commitmentId", equalTo(three.getString("id")))
                .body("lineage.supersededBy.on", equalTo("2025-08-01"))
                .body("lineage.supersededBy.difference", number(1.0e9))
                .body("timeline.kind", org.hamcrest.Matchers.hasItem("SUPERSEDED"));
        given().get("/api/v1/commitments/" + three.getString("id")).then()
                .body("lineage.supersedes.commitmentId", equalTo(two.getString("id")));
    }

    @Test
    void theAstanaTreatyIsOneAgreementSignedThenRatified() {
        JsonPath treaties = given().get("/api/v1/agreements?party=KZ&type=agreement").then().statusCode(200)
                .extract().jsonPath();
        assertThat(treaties.getList("items")).hasSize(1);
        assertThat(treaties.getString("items[0].stage")).isEqualTo("RATIFIED");
        assertThat(treaties.getInt("items[0].sourceCount")).isEqualTo(2);
        assertThat(treaties.getString("items[0].place")).isEqualTo("Astana");

        given().get("/api/v1/agreements/" + treaties.getString("items[0].id")).then().statusCode(200)
                .body("steps.action", contains("SIGNED", "RATIFIED"))
                .body("steps[0].date", equalTo("2024-04"));
    }

    @Test
    void russiaAndKyrgyzstanHaveTheirFigureAndDeclarationButNoInventedPledge() {
        given().get("/api/v1/figures?party=RU&metric=trade_turnover").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].parties", contains("KG", "RU"))
                .body("items[0].actuals[0].period", equalTo("2024"))
                .body("items[0].actuals[0].value", number(4.1e9));
        given().get("/api/v1/agreements?party=RU").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("declaration"))
                .body("items[0].place", equalTo("Bishkek"))
                .body("items[0].signedOn", startsWith("2025-11"));
        given().get("/api/v1/commitments?party=RU").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void feedingTheSameEventsAgainChangesNothing() throws Exception {
        String commitmentsBefore = given().get("/api/v1/commitments?party=KZ&sort=firstStatedOn").asString();
        String agreementsBefore = given().get("/api/v1/agreements?party=KG&size=50").asString();
        String historyBefore = given().get("/api/v1/commitments/" + commitmentWithTarget(3.0e9).getString("id"))
                .jsonPath().getList("timeline").toString();

        publish(SCENARIO.events());
        assertThat(topics.awaitConsumed("commitments-service", Topics.ARTICLES_EXTRACTED, Duration.ofSeconds(30))).isTrue();

        assertThat(given().get("/api/v1/commitments?party=KZ&sort=firstStatedOn").asString()).isEqualTo(commitmentsBefore);
        assertThat(given().get("/api/v1/agreements?party=KG&size=50").asString()).isEqualTo(agreementsBefore);
        assertThat(given().get("/api/v1/commitments/" + commitmentWithTarget(3.0e9).getString("id"))
                .jsonPath().getList("timeline").toString()).isEqualTo(historyBefore);
    }

    @Test
    void aPartyShowsItsCommitmentsAgreementsAndStatusSummary() {
        given().get("/api/v1/parties/KZ").then().statusCode(200)
                .body("statusSummary", equalTo(Map.of("ON_TRACK", 1, "SUPERSEDED", 1)))
                .body("commitments", hasSize(2))
                .body("agreements", hasSize(7));
        given().get("/api/v1/parties/ZZ").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/parties/KAZ").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void listsAreFilteredAndValidated() {
        given().get("/api/v1/commitments?party=KZ&status=ON_TRACK").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].target.value", number(3.0e9));
        given().get("/api/v1/commitments?party=KZ&deadlineFrom=2031").then().body("total", equalTo(0));
        given().queryParam("party", "KZ").queryParam("q", "president said").get("/api/v1/commitments").then().body("total", equalTo(1));
        given().get("/api/v1/commitments?status=SOMEDAY").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/commitments?size=1000").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/commitments?sort=nonsense").then().statusCode(400);
    }

    @Test
    void listsAreSortedAndPaged() {
        given().get("/api/v1/commitments?party=KZ&sort=firstStatedOn").then().statusCode(200)
                .body("items.target.value", contains(number(2.0e9), number(3.0e9)));
        given().get("/api/v1/commitments?party=KZ&sort=-firstStatedOn").then().statusCode(200)
                .body("items.target.value", contains(number(3.0e9), number(2.0e9)));
        given().get("/api/v1/commitments?party=KZ&sort=firstStatedOn&size=1&page=1").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.target.value", contains(number(3.0e9)));
        given().get("/api/v1/commitments?party=KZ&sort=firstStatedOn&size=1&page=2").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(0));
        given().get("/api/v1/agreements?party=KZ&size=3&page=2").then().statusCode(200)
                .body("total", equalTo(7)).body("items", hasSize(1));
    }

    private JsonPath commitmentWithTarget(double value) {
        JsonPath list = given().get("/api/v1/commitments?party=KZ").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = list.getList("items");
        for (int i = 0; i < items.size(); i++) {
            if (list.getDouble("items[" + i + "].target.value") == value) {
                return new JsonPath(list.prettify()).setRootPath("items[" + i + "]");
            }
        }
        throw new AssertionError("no commitment with target " + value + " in " + list.prettify());
    }

    private boolean everythingApplied() {
        JsonPath commitments = given().get("/api/v1/commitments?party=KZ").jsonPath();
        JsonPath kazakhAgreements = given().get("/api/v1/agreements?party=KZ&size=50").jsonPath();
        JsonPath russianAgreements = given().get("/api/v1/agreements?party=RU").jsonPath();
        return commitments.getInt("total") == 2
                && commitments.getList("items.status").containsAll(List.of("ON_TRACK", "SUPERSEDED"))
                && commitments.getList("items.sourceCount").equals(List.of(2, 2))
                && kazakhAgreements.getInt("total") == 7
                && kazakhAgreements.getList("items.stage").contains("RATIFIED")
                && russianAgreements.getInt("total") == 1;
    }

    private void publish(List<ArticleExtractedV1> events) throws Exception {
        for (ArticleExtractedV1 event : events) {
            topics.send(Topics.ARTICLES_EXTRACTED, event.key(), json.writeValueAsString(event));
        }
    }
}
