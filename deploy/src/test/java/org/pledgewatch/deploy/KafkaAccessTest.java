package org.pledgewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.deploy.Rendering.Env;

/** Topics, users and ACLs against the topology the services are written for (independent of the chart's own copy). */
class KafkaAccessTest {

    static final Set<String> TOPICS = Set.of("articles.submitted", "articles.ingested", "articles.extracted",
            "commitments.status-changed", "articles.submitted.dlq", "articles.ingested.dlq", "articles.extracted.dlq");

    /** principal -> the exact set of "operation resourceType:name[:patternType]" it may perform. */
    static final Map<String, Set<String>> EXPECTED_ACLS = Map.of(
            "ingest-service", Set.of(
                    "Read topic:articles.submitted", "Describe topic:articles.submitted",
                    "Read group:ingest-service",
                    "Write topic:articles.ingested", "Describe topic:articles.ingested",
                    "Write topic:articles.submitted.dlq", "Describe topic:articles.submitted.dlq",
                    "IdempotentWrite cluster"),
            "extraction-service", Set.of(
                    "Read topic:articles.ingested", "Describe topic:articles.ingested",
                    "Read group:extraction-service",
                    "Write topic:articles.extracted", "Describe topic:articles.extracted",
                    "Write topic:articles.ingested.dlq", "Describe topic:articles.ingested.dlq",
                    "IdempotentWrite cluster"),
            "commitments-service", Set.of(
                    "Read topic:articles.extracted", "Describe topic:articles.extracted",
                    "Read group:commitments-service",
                    "Write topic:commitments.status-changed", "Describe topic:commitments.status-changed",
                    "Write topic:articles.extracted.dlq", "Describe topic:articles.extracted.dlq",
                    "IdempotentWrite cluster"),
            "newsroom-feed", Set.of(
                    "Write topic:articles.submitted", "Describe topic:articles.submitted"),
            "dashboard", Set.of(
                    "Read topic:commitments.status-changed", "Describe topic:commitments.status-changed",
                    "Read group:dashboard-:prefix"));

    @ParameterizedTest
    @EnumSource(Env.class)
    void everyPrincipalMayDoExactlyWhatItNeeds(Env env) {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (ObjectNode user : Rendering.ofKind(env, "KafkaUser")) {
            String name = user.at("/metadata/name").asText();
            assertThat(user.at("/spec/authentication/type").asText()).as(name).isEqualTo("scram-sha-512");
            assertThat(user.at("/spec/authorization/type").asText()).as(name).isEqualTo("simple");
            Set<String> grants = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                assertThat(acl.path("type").asText("allow")).as(name).isEqualTo("allow");
                assertThat(acl.path("host").asText("*")).as(name).isEqualTo("*");
                JsonNode resource = acl.path("resource");
                String type = resource.path("type").asText();
                String pattern = resource.path("patternType").asText("literal");
                String target = type.equals("cluster") ? "cluster"
                        : type + ":" + resource.path("name").asText() + (pattern.equals("literal") ? "" : ":" + pattern);
                assertThat(resource.path("name").asText()).as(name + ": wildcard resource").isNotEqualTo("*");
                acl.path("operations").forEach(op -> grants.add(op.asText() + " " + target));
            }
            actual.put(name, grants);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED_ACLS));
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void everyTopicExistsWithItsRetention(Env env) {
        Set<String> names = new TreeSet<>();
        int partitions = env == Env.DEV ? 3 : 6;
        int replicas = env == Env.DEV ? 1 : 3;
        for (ObjectNode topic : Rendering.ofKind(env, "KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText();
            names.add(name);
            assertThat(topic.at("/spec/partitions").asInt()).as(name).isEqualTo(partitions);
            assertThat(topic.at("/spec/replicas").asInt()).as(name).isEqualTo(replicas);
            long days = name.endsWith(".dlq") ? 30 : 14;
            assertThat(topic.at("/spec/config/retention.ms").asLong()).as(name).isEqualTo(days * 24 * 3600 * 1000);
            assertThat(topic.at("/spec/config/cleanup.policy").asText()).as(name).isEqualTo("delete");
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("pledgewatch");
        }
        assertThat(names).isEqualTo(new TreeSet<>(TOPICS));
    }

    @ParameterizedTest
    @EnumSource(Env.class)
    void extractionScalesOnLagUpToOnePodPerPartition(Env env) {
        ObjectNode scaled = Rendering.named(env, "ScaledObject", "extraction-service");
        JsonNode trigger = scaled.at("/spec/triggers/0");
        assertThat(trigger.path("type").asText()).isEqualTo("kafka");
        assertThat(trigger.at("/metadata/consumerGroup").asText()).isEqualTo("extraction-service");
        assertThat(trigger.at("/metadata/topic").asText()).isEqualTo("articles.ingested");
        assertThat(trigger.at("/metadata/sasl").asText()).isEqualTo("scram_sha512");
        assertThat(trigger.at("/metadata/tls").asText()).isEqualTo("enable");
        assertThat(trigger.at("/metadata/bootstrapServers").asText())
                .isEqualTo(ManifestPolicyTest.configMap(env, "extraction-service-config").get("KAFKA_BOOTSTRAP_SERVERS"));

        ObjectNode topic = Rendering.ofKind(env, "KafkaTopic").stream()
                .filter(t -> t.at("/spec/topicName").asText().equals("articles.ingested")).findFirst().orElseThrow();
        assertThat(scaled.at("/spec/maxReplicaCount").asInt()).isEqualTo(topic.at("/spec/partitions").asInt());

        String authName = trigger.at("/authenticationRef/name").asText();
        ObjectNode auth = Rendering.named(env, "TriggerAuthentication", authName);
        Map<String, JsonNode> params = new TreeMap<>();
        auth.at("/spec/secretTargetRef").forEach(r -> params.put(r.path("parameter").asText(), r));
        auth.at("/spec/env").forEach(r -> params.put(r.path("parameter").asText(), r));
        assertThat(params).containsOnlyKeys("username", "password", "ca");
        assertThat(params.get("password").path("name").asText()).isEqualTo("extraction-service");
        assertThat(params.get("password").path("key").asText()).isEqualTo("password");
        assertThat(params.get("username").path("name").asText()).isEqualTo("KAFKA_SASL_USERNAME");
        assertThat(params.get("ca").path("key").asText()).isEqualTo("ca.crt");
    }

    @Test
    void maxReplicaCountFollowsAPartitionOverride() {
        var objects = Rendering.parse(Rendering.render(Env.PROD, Map.of("kafka.topics.overrides.articles\\.ingested.partitions", 12)));
        int max = objects.stream().filter(o -> o.path("kind").asText().equals("ScaledObject")).findFirst().orElseThrow()
                .at("/spec/maxReplicaCount").asInt();
        int partitions = objects.stream().filter(o -> o.at("/spec/topicName").asText().equals("articles.ingested"))
                .findFirst().orElseThrow().at("/spec/partitions").asInt();
        assertThat(max).isEqualTo(12).isEqualTo(partitions);
    }

    @Test
    void devRunsItsOwnKraftKafkaWithScramOverTls() {
        ObjectNode kafka = Rendering.named(Env.DEV, "Kafka", "pledgewatch");
        JsonNode listener = kafka.at("/spec/kafka/listeners/0");
        assertThat(listener.path("tls").asBoolean()).isTrue();
        assertThat(listener.at("/authentication/type").asText()).isEqualTo("scram-sha-512");
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        ObjectNode pool = Rendering.ofKind(Env.DEV, "KafkaNodePool").get(0);
        assertThat(ManifestPolicyTest.texts(pool.at("/spec/roles"))).containsExactlyInAnyOrder("controller", "broker");
        assertThat(pool.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("pledgewatch");

        ObjectNode db = Rendering.named(Env.DEV, "Cluster", "pledgewatch-db");
        assertThat(db.at("/spec/bootstrap/initdb/database").asText()).isEqualTo("pledgewatch");
        assertThat(db.at("/spec/bootstrap/initdb/owner").asText()).isNotBlank();
    }
}
