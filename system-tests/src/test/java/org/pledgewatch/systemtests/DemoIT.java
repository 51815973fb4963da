package org.pledgewatch.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.pledgewatch.localinfra.DemoArticles;
import org.pledgewatch.localinfra.PledgewatchStack;

/** What ./run-local does after starting the system: load the demo articles and show their commitments. */
class DemoIT {

    private final PledgewatchStack system = RunningSystem.stack();

    @Test
    void theDemoArticlesBecomeVisibleCommitments() {
        HttpResponse<String> loaded = DemoArticles.submit(system.ingest().baseUrl(),
                Map.of("Authorization", "Bearer " + system.tokens().token("demo-loader", "newsroom")));
        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("\"invalid\":0");

        // The demo articles reach commitments-service in as many polls as Kafka hands them over: each of these is
        // waited for, not read once the first one shows.
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(given().baseUri(system.commitments().baseUrl()).queryParam("party", "UZ")
                    .get("/api/v1/commitments").jsonPath().getInt("total")).isGreaterThanOrEqualTo(2);
            List<String> turkish = given().baseUri(system.commitments().baseUrl()).queryParam("party", "TR")
                    .get("/api/v1/commitments").jsonPath().getList("items.status");
            assertThat(turkish).isNotEmpty();
            assertThat(given().baseUri(system.commitments().baseUrl()).get("/api/v1/agreements").jsonPath()
                    .getInt("total")).isGreaterThan(0);
        });
    }
}
