package org.pledgewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The JSON schemas of every kind the chart renders, read from src/test/resources/schemas (committed; see
 * schemas-tools/regenerate.sh for where each comes from), turned from the OpenAPI dialect that Kubernetes
 * and CRDs use into JSON Schema draft 7, and made as strict as the API server's strict field validation:
 *
 * <ul>
 * <li>an object with declared properties rejects any other property, unless it is marked
 *     {@code x-kubernetes-preserve-unknown-fields} (the API server refuses unknown fields the same way);</li>
 * <li>{@code nullable} becomes a "null" type, {@code x-kubernetes-int-or-string} an integer-or-string;</li>
 * <li>a custom resource's metadata is checked against Kubernetes' ObjectMeta, its apiVersion and kind pinned.</li>
 * </ul>
 * Not checked: CEL rules ({@code x-kubernetes-validations}) and string formats.
 */
final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final List<String> CRD_FILES = List.of(
            "strimzi/kafka.strimzi.io_v1_Kafka.json",
            "strimzi/kafka.strimzi.io_v1_KafkaNodePool.json",
            "strimzi/kafka.strimzi.io_v1_KafkaTopic.json",
            "strimzi/kafka.strimzi.io_v1_KafkaUser.json",
            "cnpg/postgresql.cnpg.io_v1_Cluster.json");

    private static Schemas instance;

    private final Map<String, JsonSchema> byApiVersionAndKind = new HashMap<>();

    private Schemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        JsonNode models = read("kubernetes-models.json");
        ObjectNode definitions = JSON.createObjectNode();
        models.get("definitions").fields().forEachRemaining(d -> definitions.set(d.getKey(), convert(d.getValue(), false)));

        models.get("roots").fields().forEachRemaining(root -> {
            ObjectNode schema = JSON.createObjectNode();
            schema.put("$ref", "#/definitions/" + root.getValue().asText());
            schema.set("definitions", definitions);
            byApiVersionAndKind.put(root.getKey(), factory.getSchema(schema));
        });

        for (String file : CRD_FILES) {
            JsonNode crd = read(file);
            String apiVersion = crd.get("group").asText() + "/" + crd.get("version").asText();
            String kind = crd.get("kind").asText();
            ObjectNode schema = (ObjectNode) convert(crd.get("openAPIV3Schema"), false);
            ObjectNode properties = (ObjectNode) schema.get("properties");
            properties.set("apiVersion", JSON.createObjectNode().put("type", "string").set("enum", JSON.createArrayNode().add(apiVersion)));
            properties.set("kind", JSON.createObjectNode().put("type", "string").set("enum", JSON.createArrayNode().add(kind)));
            properties.set("metadata", JSON.createObjectNode().put("$ref", "#/definitions/" + OBJECT_META));
            ArrayNode required = schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
            required.add("apiVersion").add("kind").add("metadata");
            schema.set("definitions", definitions);
            byApiVersionAndKind.put(apiVersion + "/" + kind, factory.getSchema(schema));
        }
    }

    static synchronized Schemas get() {
        if (instance == null) {
            instance = new Schemas();
        }
        return instance;
    }

    Set<String> kinds() {
        return new TreeSet<>(byApiVersionAndKind.keySet());
    }

    /** The problems found in one object; empty when it is valid. Fails when no schema covers its kind. */
    List<String> problems(JsonNode object) {
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        JsonSchema schema = byApiVersionAndKind.get(key);
        if (schema == null) {
            return List.of("no schema for " + key + " (known: " + kinds() + ")");
        }
        Set<ValidationMessage> messages = schema.validate(object);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /**
     * @param inJunctor the schema is a branch of allOf/anyOf/oneOf/not: there "properties" only constrain the
     *                  fields they name (as in a structural CRD schema), so such a branch must not close the object.
     */
    static JsonNode convert(JsonNode in, boolean inJunctor) {
        if (!(in instanceof ObjectNode source)) {
            return in.deepCopy();
        }
        ObjectNode out = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            switch (keyword) {
                case "$ref" -> out.put("$ref", "#/definitions/" + value.asText().replaceFirst("#$", ""));
                case "properties", "patternProperties", "definitions" -> {
                    ObjectNode map = out.putObject(keyword);
                    value.fields().forEachRemaining(p -> map.set(p.getKey(), convert(p.getValue(), false)));
                }
                case "items", "additionalProperties", "additionalItems", "contains", "propertyNames" -> {
                    if (value.isArray()) {
                        ArrayNode array = out.putArray(keyword);
                        value.forEach(v -> array.add(convert(v, false)));
                    } else {
                        out.set(keyword, convert(value, false));
                    }
                }
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode array = out.putArray(keyword);
                    value.forEach(v -> array.add(convert(v, true)));
                }
                case "not" -> out.set(keyword, convert(value, true));
                case "nullable", "format", "description", "example", "externalDocs" -> {
                    // handled below, or not validated
                }
                default -> {
                    if (!keyword.startsWith("x-")) {
                        out.set(keyword, value.deepCopy());
                    }
                }
            }
        }
        if (source.path("x-kubernetes-int-or-string").asBoolean(false)) {
            out.remove("type");
            if (!out.has("anyOf")) {
                out.putArray("anyOf")
                        .add(JSON.createObjectNode().put("type", "integer"))
                        .add(JSON.createObjectNode().put("type", "string"));
            }
        }
        if (source.path("nullable").asBoolean(false) && out.path("type").isTextual()) {
            String type = out.get("type").asText();
            out.putArray("type").add(type).add("null");
        }
        boolean preserveUnknown = source.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (out.has("properties") && !out.has("additionalProperties") && !preserveUnknown && !inJunctor) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
