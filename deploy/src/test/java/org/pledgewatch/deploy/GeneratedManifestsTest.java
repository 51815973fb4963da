package org.pledgewatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.deploy.Rendering.Env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * quarkus-kubernetes derives each service's Deployment from its code and configuration (port, health probes,
 * metrics path, config map). deploy/generated/ keeps the last generated copy: the build fails when the code
 * changes them without the copy being refreshed (-Dgenerated.update=true), and when the hand-written chart no
 * longer agrees with them.
 */
class GeneratedManifestsTest {

    private static final Path ROOT = Rendering.MODULE.getParent();

    @ParameterizedTest
    @ValueSource(strings = { "ingest-service", "extraction-service", "commitments-service" })
    void theCommittedCopyIsWhatTheBuildGenerates(String service) throws IOException {
        Path fresh = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path committed = Rendering.MODULE.resolve("generated").resolve(service + ".yml");
        assertThat(fresh).as("build " + service + " first").exists();
        if (Boolean.getBoolean("generated.update")) {
            Files.copy(fresh, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Rendering.parse(Files.readString(fresh, StandardCharsets.UTF_8)))
                .as("%s differs from the manifest generated from the code: if intended, run with "
                        + "-Dgenerated.update=true and commit it", committed)
                .isEqualTo(Rendering.parse(Files.readString(committed, StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ingest-service", "extraction-service", "commitments-service" })
    void theChartRunsEachServiceTheWayItsCodeExpects(String service) throws IOException {
        JsonNode generated = container(Rendering.parse(Files.readString(
                Rendering.MODULE.resolve("generated").resolve(service + ".yml"), StandardCharsets.UTF_8)), service);
        for (Env env : Env.values()) {
            JsonNode chart = container(Rendering.objects(env), service);
            String where = service + " in " + env;
            assertThat(chart.at("/ports/0/containerPort").asInt()).as(where).isEqualTo(generated.at("/ports/0/containerPort").asInt());
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(chart.at("/" + probe + "/httpGet/path").asText()).as(where + " " + probe)
                        .isEqualTo(generated.at("/" + probe + "/httpGet/path").asText());
            }
            assertThat(chart.at("/envFrom").findValuesAsText("name")).as(where + " config map")
                    .contains(generated.at("/envFrom/0/configMapRef/name").asText());
        }
    }

    private static JsonNode container(List<ObjectNode> objects, String service) {
        return objects.stream()
                .filter(o -> "Deployment".equals(o.path("kind").asText()))
                .filter(o -> o.at("/metadata/name").asText().endsWith(service))
                .map(o -> o.at("/spec/template/spec/containers/0"))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment for " + service));
    }
}
