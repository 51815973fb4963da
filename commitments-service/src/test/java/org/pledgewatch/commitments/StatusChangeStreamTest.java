package org.pledgewatch.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.TopicClient;

/** Dashboards that prefer push get status changes as server-sent events, as they are published on Kafka. */
@QuarkusTest
class StatusChangeStreamTest {

    @TestHTTPResource("/api/v1/commitments/status-changes")
    URL stream;

    @Inject
    ObjectMapper json;

    @Test
    void aNewCommitmentIsAnnouncedOnTheEventStreamAndOnTheTopic() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        TopicClient topics = new TopicClient(LocalInfrastructure.shared().kafka().bootstrapServers());

        // The stream starts at the latest offset once its consumer is assigned: keep announcing until one arrives.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            SeedScenario scenario = new SeedScenario("QA", "QB", "QC");
            ArticleExtractedV1 event = scenario.visit2025();
            topics.send(Topics.ARTICLES_EXTRACTED, event.key(), json.writeValueAsString(event));
            return lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains("\"QA\""));
        });

        String data = lines.stream().filter(line -> line.contains("\"QA\"")).findFirst().orElseThrow();
        assertThat(data).contains("\"type\":\"org.pledgewatch.commitment.status-changed.v1\"")
                .contains("\"status\":\"NO_DEADLINE\"");
        assertThat(topics.readAll(Topics.COMMITMENT_STATUS_CHANGED).stream()
                .anyMatch(record -> record.value().contains("\"QA\""))).isTrue();
    }
}
