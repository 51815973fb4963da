package org.pledgewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.deploy.Rendering.Env;

/** The Grafana dashboard queries only the metrics the services expose, and shows each of them. */
class DashboardTest {

    static final Path DASHBOARD = Rendering.CHART.resolve("dashboards/pledgewatch.json");

    /** What the services expose (Micrometer's Prometheus names), series suffixes included. */
    static final Set<String> EXPOSED = Set.of(
            "pledgewatch_articles_ingested_total",
            "pledgewatch_extraction_seconds_bucket", "pledgewatch_extraction_seconds_count", "pledgewatch_extraction_seconds_sum",
            "pledgewatch_findings_total",
            "pledgewatch_dead_letters_total",
            "pledgewatch_commitments",
            "pledgewatch_outbox_backlog",
            "pledgewatch_recomputation_marks",
            "kafka_consumer_fetch_manager_records_lag_max",
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum", "http_server_requests_seconds_bucket",
            "http_server_requests_seconds_max",
            "jvm_memory_used_bytes");

    private static final Pattern METRIC = Pattern.compile("\\b((?:pledgewatch|kafka|http|jvm)_[a-z0-9_]+)\\b");

    @Test
    void queriesUseOnlyExposedMetricsAndShowAllOfThem() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("pledgewatch");
        List<String> expressions = new ArrayList<>();
        dashboard.findValues("expr").forEach(e -> expressions.add(e.asText()));
        dashboard.path("templating").path("list").findValues("definition").forEach(e -> expressions.add(e.asText()));
        assertThat(expressions).isNotEmpty();

        Set<String> used = new TreeSet<>();
        for (String expr : expressions) {
            Matcher m = METRIC.matcher(expr);
            while (m.find()) {
                used.add(m.group(1));
            }
            assertThat(expr).as("every query is scoped to the chosen namespace").satisfiesAnyOf(
                    e -> assertThat(e).contains("namespace=\"$namespace\""),
                    e -> assertThat(e).startsWith("label_values("));
        }
        assertThat(EXPOSED).containsAll(used);
        assertThat(used).contains(
                "pledgewatch_articles_ingested_total", "pledgewatch_extraction_seconds_bucket",
                "pledgewatch_extraction_seconds_count", "pledgewatch_extraction_seconds_sum",
                "pledgewatch_findings_total", "pledgewatch_dead_letters_total", "pledgewatch_commitments",
                "pledgewatch_outbox_backlog", "pledgewatch_recomputation_marks",
                "kafka_consumer_fetch_manager_records_lag_max",
                "http_server_requests_seconds_count", "jvm_memory_used_bytes");

        int[] ids = dashboard.path("panels").findValues("id").stream().mapToInt(JsonNode::asInt).toArray();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theChartShipsTheSameDashboardForGrafanasSidecar() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode configMap = Rendering.named(Env.PROD, "ConfigMap", "pledgewatch-grafana-dashboard");
        assertThat(configMap.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        assertThat(json.readTree(configMap.at("/data/pledgewatch.json").asText())).isEqualTo(json.readTree(DASHBOARD.toFile()));
    }
}
