package org.pledgewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.deploy.Rendering.Env;

/** The properties that matter for running the services safely, checked on every environment's rendering. */
class ManifestPolicyTest {

    static final Map<String, Integer> PORTS = Map.of("ingest-service", 8081, "extraction-service", 8082, "commitments-service", 8083);
    static final Set<String> WITH_DATABASE = Set.of("ingest-service", "commitments-service");

    @ParameterizedTest
    @EnumSource(Env.class)
    void everyObjectIsNamedAndNamespaced(Env env) {
        for (ObjectNode object : Rendering.objects(env)) {
            assertThat(object.at("/metadata/name").asText()).as(Rendering.id(object)).isNotBlank();
            assertThat(object.at("/metadata/namespace").asText()).as(Rendering.id(object)).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void theThreeServicesAreDeployedUnderTheirOwnNames(Env env) {
        Set<String> names = new TreeSet<>();
        for (ObjectNode deployment : Rendering.ofKind(env, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            names.add(name);
            assertThat(deployment.at("/spec/template/metadata/labels/app.kubernetes.io~1name").asText()).isEqualTo(name);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.path("image").asText()).as(name).contains("pledgewatch/" + name + ":");
            assertThat(container.at("/ports/0/containerPort").asInt()).as(name).isEqualTo(PORTS.get(name));
            assertThat(container.at("/envFrom/0/configMapRef/name").asText()).isEqualTo(name + "-config");
            Rendering.named(env, "ConfigMap", name + "-config");
            Rendering.named(env, "Service", name);
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(PORTS.keySet());
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void everyContainerRunsRestrictedWithProbesAndResources(Env env) {
        for (ObjectNode deployment : Rendering.ofKind(env, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).as(name).isEqualTo(185);
            assertThat(pod.at("/securityContext/seccompProfile/type").asText()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(name).isFalse();
            assertThat(pod.path("hostNetwork").asBoolean(false) || pod.path("hostPID").asBoolean(false)).isFalse();

            List<JsonNode> containers = new ArrayList<>();
            pod.path("initContainers").forEach(containers::add);
            pod.path("containers").forEach(containers::add);
            for (JsonNode c : containers) {
                String what = name + "/" + c.path("name").asText();
                JsonNode sc = c.path("securityContext");
                assertThat(sc.path("runAsNonRoot").asBoolean()).as(what).isTrue();
                assertThat(sc.path("runAsUser").asInt()).as(what).isEqualTo(185);
                assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as(what).isFalse();
                assertThat(sc.path("privileged").asBoolean(false)).as(what).isFalse();
                assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as(what).isTrue();
                assertThat(texts(sc.at("/capabilities/drop"))).as(what).containsExactly("ALL");
                assertThat(sc.at("/capabilities/add").isMissingNode() || sc.at("/capabilities/add").isEmpty()).as(what).isTrue();
                assertThat(sc.at("/seccompProfile/type").asText()).as(what).isEqualTo("RuntimeDefault");

                assertThat(c.at("/startupProbe/httpGet/path").asText()).as(what).isEqualTo("/q/health/started");
                assertThat(c.at("/livenessProbe/httpGet/path").asText()).as(what).isEqualTo("/q/health/live");
                assertThat(c.at("/readinessProbe/httpGet/path").asText()).as(what).isEqualTo("/q/health/ready");

                assertThat(c.at("/resources/requests/cpu").asText()).as(what).isNotBlank();
                assertThat(c.at("/resources/requests/memory").asText()).as(what).isNotBlank();
                assertThat(c.at("/resources/limits/memory").asText()).as(what).isNotBlank();

                // A read-only root file system needs a writable /tmp for the JVM.
                String tmpVolume = StreamSupport.stream(c.path("volumeMounts").spliterator(), false)
                        .filter(m -> "/tmp".equals(m.path("mountPath").asText()))
                        .map(m -> m.path("name").asText()).findFirst().orElse(null);
                assertThat(tmpVolume).as(what + " mounts /tmp").isNotNull();
                boolean emptyDir = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                        .anyMatch(v -> tmpVolume.equals(v.path("name").asText()) && v.has("emptyDir"));
                assertThat(emptyDir).as(what + " /tmp is an emptyDir").isTrue();
            }
            Map<String, String> config = configMap(env, name + "-config");
            assertThat(config.get("JAVA_OPTS")).as(name).contains("-XX:MaxRAMPercentage=");
        }
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void servicesGetTheSettingsTheyReadAndNoSecretValues(Env env) {
        for (ObjectNode deployment : Rendering.ofKind(env, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            Map<String, String> config = configMap(env, name + "-config");
            assertThat(config).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
                    "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_LOCATION", "MP_JWT_VERIFY_ISSUER",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "PLEDGEWATCH_READS_REQUIRE_TOKEN",
                    "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "QUARKUS_LOG_CONSOLE_JSON");
            assertThat(config).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
            assertThat(config.keySet()).noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET"));

            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            Map<String, JsonNode> env0 = new TreeMap<>();
            container.path("env").forEach(e -> env0.put(e.path("name").asText(), e));
            assertThat(env0.get("KAFKA_SASL_USERNAME").path("value").asText()).isEqualTo(name);
            JsonNode kafkaPassword = env0.get("KAFKA_SASL_PASSWORD").at("/valueFrom/secretKeyRef");
            assertThat(kafkaPassword.path("name").asText()).isEqualTo(name);
            assertThat(kafkaPassword.path("key").asText()).isEqualTo("password");
            env0.forEach((k, v) -> {
                if (k.contains("PASSWORD")) {
                    assertThat(v.has("value")).as(name + " " + k + " must come from a Secret").isFalse();
                }
            });
            String caPath = config.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
            assertThat(mountedSecretFile(deployment, caPath)).as(name + " mounts " + caPath).isNotNull();

            if (WITH_DATABASE.contains(name)) {
                assertThat(config.get("QUARKUS_DATASOURCE_JDBC_URL"))
                        .startsWith("jdbc:postgresql://").contains("sslmode=verify-full")
                        .contains("sslrootcert=/etc/pledgewatch/postgres-ca/ca.crt");
                assertThat(env0.get("QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("username");
                assertThat(env0.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("password");
                assertThat(mountedSecretFile(deployment, "/etc/pledgewatch/postgres-ca/ca.crt")).isNotNull();
            } else {
                assertThat(config).doesNotContainKey("QUARKUS_DATASOURCE_JDBC_URL");
                assertThat(env0).doesNotContainKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
            }
        }
        assertThat(configMap(Env.PROD, "ingest-service-config")).containsEntry("QUARKUS_LOG_CONSOLE_JSON", "true");
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void everyDeploymentHasADisruptionBudgetThatSelectsIt(Env env) {
        for (ObjectNode deployment : Rendering.ofKind(env, "Deployment")) {
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            long budgets = Rendering.ofKind(env, "PodDisruptionBudget").stream()
                    .filter(pdb -> selects(pdb.at("/spec/selector/matchLabels"), podLabels))
                    .peek(pdb -> assertThat(pdb.at("/spec/maxUnavailable").asInt()).isEqualTo(1))
                    .count();
            assertThat(budgets).as(Rendering.id(deployment)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void scalingIsKedaForExtractionAndCpuForTheOthers(Env env) {
        Set<String> hpaTargets = new TreeSet<>();
        for (ObjectNode hpa : Rendering.ofKind(env, "HorizontalPodAutoscaler")) {
            hpaTargets.add(hpa.at("/spec/scaleTargetRef/name").asText());
            assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
            assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThanOrEqualTo(hpa.at("/spec/minReplicas").asInt());
        }
        assertThat(hpaTargets).containsExactlyInAnyOrder("ingest-service", "commitments-service");
        List<ObjectNode> scaled = Rendering.ofKind(env, "ScaledObject");
        assertThat(scaled).singleElement().satisfies(so ->
                assertThat(so.at("/spec/scaleTargetRef/name").asText()).isEqualTo("extraction-service"));
        // Nothing else fights the autoscalers over the replica count.
        for (ObjectNode deployment : Rendering.ofKind(env, "Deployment")) {
            assertThat(deployment.at("/spec/replicas").isMissingNode()).as(Rendering.id(deployment)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void everyServiceIsScrapedAtQMetrics(Env env) {
        Set<String> monitored = new TreeSet<>();
        for (ObjectNode monitor : Rendering.ofKind(env, "ServiceMonitor")) {
            String name = monitor.at("/metadata/name").asText();
            monitored.add(name);
            assertThat(monitor.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);
            assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
            assertThat(monitor.at("/spec/endpoints/0/port").asText()).isEqualTo("http");
            assertThat(Rendering.named(env, "Service", name).at("/spec/ports/0/name").asText()).isEqualTo("http");
        }
        assertThat(monitored).containsExactlyInAnyOrderElementsOf(PORTS.keySet());
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void networkPoliciesDenyByDefaultAndAllowOnlyWhatEachServiceNeeds(Env env) {
        List<ObjectNode> policies = Rendering.ofKind(env, "NetworkPolicy");
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.at("/spec/podSelector").isEmpty()).isTrue();
            assertThat(texts(p.at("/spec/policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.at("/spec/ingress").isMissingNode() || p.at("/spec/ingress").isEmpty()).isTrue();
            assertThat(p.at("/spec/egress").isMissingNode() || p.at("/spec/egress").isEmpty()).isTrue();
        });
        for (ObjectNode deployment : Rendering.ofKind(env, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            List<ObjectNode> selecting = policies.stream()
                    .filter(p -> !p.at("/spec/podSelector").isEmpty())
                    .filter(p -> selects(p.at("/spec/podSelector/matchLabels"), podLabels)).toList();
            assertThat(selecting).as(name).singleElement();
            JsonNode policy = selecting.get(0).get("spec");
            assertThat(texts(policy.path("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");

            for (JsonNode rule : policy.path("ingress")) {
                assertThat(rule.path("from").isEmpty()).as(name + ": ingress from anywhere").isFalse();
                List<String> ports = new ArrayList<>();
                rule.path("ports").forEach(p -> ports.add(p.path("port").asText()));
                assertThat(ports).as(name + ": ingress only to the HTTP port").containsExactly("http");
            }
            Set<Integer> egressPorts = new TreeSet<>();
            for (JsonNode rule : policy.path("egress")) {
                assertThat(rule.path("to").isEmpty()).as(name + ": egress to anywhere").isFalse();
                assertThat(rule.path("ports").isEmpty()).as(name + ": egress on any port").isFalse();
                rule.path("ports").forEach(p -> egressPorts.add(p.path("port").asInt()));
            }
            assertThat(egressPorts).as(name).contains(53, 9093);
            if (WITH_DATABASE.contains(name)) {
                assertThat(egressPorts).as(name).contains(5432);
            } else {
                assertThat(egressPorts).as(name + " has no database").doesNotContain(5432);
            }
        }
    }

    static Map<String, String> configMap(Env env, String name) {
        Map<String, String> data = new TreeMap<>();
        Rendering.named(env, "ConfigMap", name).path("data").fields()
                .forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels == null || matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return false;
        }
        var it = matchLabels.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** The Secret volume that provides the file at path in the first container, or null. */
    static String mountedSecretFile(JsonNode deployment, String path) {
        JsonNode pod = deployment.at("/spec/template/spec");
        for (JsonNode mount : pod.at("/containers/0/volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            if (path.startsWith(dir + "/")) {
                String file = path.substring(dir.length() + 1);
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("secret")) {
                        for (JsonNode item : volume.at("/secret/items")) {
                            if (item.path("path").asText().equals(file)) {
                                return volume.at("/secret/secretName").asText();
                            }
                        }
                    }
                }
            }
        }
        return null;
    }
}
