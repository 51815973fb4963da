package org.pledgewatch.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.deploy.Rendering.Env;

/** Every object of every environment renders and is valid against the Kubernetes or CRD schema of its kind. */
class SchemaValidationTest {

    @ParameterizedTest
    @EnumSource(Env.class)
    void everyRenderedObjectIsValidAgainstItsSchema(Env env) {
        List<ObjectNode> objects = Rendering.objects(env);
        assertThat(objects).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            for (String problem : Schemas.get().problems(object)) {
                problems.add(Rendering.id(object) + ": " + problem);
            }
        }
        assertThat(problems).as("schema violations in %s", env).isEmpty();
    }

    @Test
    void environmentsRenderTheKindsTheyShould() {
        Set<String> always = Set.of("ServiceAccount", "ConfigMap", "Deployment", "Service", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "ScaledObject", "TriggerAuthentication", "ServiceMonitor", "NetworkPolicy",
                "KafkaTopic", "KafkaUser");
        assertThat(kinds(Env.DEV)).containsAll(always).contains("Kafka", "KafkaNodePool", "Cluster");
        assertThat(kinds(Env.PROD)).containsAll(always).doesNotContain("Kafka", "KafkaNodePool", "Cluster");
    }

    @Test
    void everyKindHasASchema() {
        Set<String> rendered = new TreeSet<>();
        for (Env env : Env.values()) {
            Rendering.objects(env).forEach(o -> rendered.add(o.path("apiVersion").asText() + "/" + o.path("kind").asText()));
        }
        assertThat(Schemas.get().kinds()).containsAll(rendered);
    }

    /** The validation is only worth something if it rejects what the API server or an operator would reject. */
    @Test
    void schemasRejectMistakes() {
        Schemas schemas = Schemas.get();

        ObjectNode deployment = Rendering.named(Env.PROD, "Deployment", "ingest-service").deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.get("readinessProbe"));
        assertThat(schemas.problems(deployment)).as("misspelt field").isNotEmpty();

        ObjectNode user = Rendering.named(Env.PROD, "KafkaUser", "ingest-service").deepCopy();
        ((ArrayNode) user.at("/spec/authorization/acls/0/operations")).add("Reed");
        assertThat(schemas.problems(user)).as("unknown ACL operation").isNotEmpty();

        ObjectNode topic = Rendering.named(Env.PROD, "KafkaTopic", "articles-ingested").deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitions", 0);
        assertThat(schemas.problems(topic)).as("zero partitions").isNotEmpty();

        ObjectNode scaledObject = Rendering.named(Env.PROD, "ScaledObject", "extraction-service").deepCopy();
        ((ObjectNode) scaledObject.get("spec")).put("maxReplicaCount", "six");
        assertThat(schemas.problems(scaledObject)).as("string where KEDA wants an integer").isNotEmpty();

        ObjectNode monitor = Rendering.named(Env.PROD, "ServiceMonitor", "ingest-service").deepCopy();
        ((ObjectNode) monitor.at("/spec/endpoints/0")).put("paht", "/q/metrics");
        assertThat(schemas.problems(monitor)).as("misspelt ServiceMonitor field").isNotEmpty();

        ObjectNode cluster = Rendering.named(Env.DEV, "Cluster", "pledgewatch-db").deepCopy();
        ((ObjectNode) cluster.get("spec")).remove("instances");
        assertThat(schemas.problems(cluster)).as("CNPG Cluster without instances").isNotEmpty();

        ObjectNode kafka = Rendering.named(Env.DEV, "Kafka", "pledgewatch").deepCopy();
        ((ObjectNode) kafka.at("/spec/kafka/listeners/0")).put("type", "loadbalanced");
        assertThat(schemas.problems(kafka)).as("unknown listener type").isNotEmpty();

        ObjectNode policy = Rendering.named(Env.PROD, "NetworkPolicy", "default-deny-all").deepCopy();
        ((ObjectNode) policy.get("metadata")).put("nmae", "x");
        assertThat(schemas.problems(policy)).as("misspelt metadata field").isNotEmpty();
    }

    @Test
    void chartPassesHelmLintStrict() {
        LintResult lint = new Helm(Rendering.CHART).lint().strict().call();
        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
    }

    @Test
    void valuesFilesAreCheckedByTheChartsValuesSchema() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Rendering.render(Env.PROD, Map.of("services.ingest-service.prot", "8081")))
                .hasMessageContaining("prot");
    }

    private static Set<String> kinds(Env env) {
        Set<String> kinds = new TreeSet<>();
        Rendering.objects(env).forEach(o -> kinds.add(o.path("kind").asText()));
        return kinds;
    }
}
