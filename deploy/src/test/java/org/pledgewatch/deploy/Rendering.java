package org.pledgewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the chart with real Helm (helm-java runs Helm's Go code in-process through JNA), exactly as
 * {@code helm template} would, and parses the output into one JSON tree per Kubernetes object.
 */
final class Rendering {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path CHART = MODULE.resolve("helm/pledgewatch");
    static final String RELEASE = "pledgewatch";
    /** Helm's own default for `helm template` is an old Kubernetes version; render for a current one. */
    static final String KUBE_VERSION = "1.30.0";

    /** The chart's values.yaml alone, and each environment's values file on top of it. */
    enum Env {
        DEFAULTS(null, "pledgewatch"),
        DEV("values/dev.yaml", "pledgewatch-dev"),
        PROD("values/prod.yaml", "pledgewatch");

        final String valuesFile;
        final String namespace;

        Env(String valuesFile, String namespace) {
            this.valuesFile = valuesFile;
            this.namespace = namespace;
        }
    }

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<Env, List<ObjectNode>> CACHE = new ConcurrentHashMap<>();

    private Rendering() {
    }

    static synchronized String render(Env env, Map<String, Object> sets) {
        TemplateCommand template = new Helm(CHART).template()
                .withName(RELEASE)
                .withNamespace(env.namespace)
                .withKubeVersion(KUBE_VERSION);
        if (env.valuesFile != null) {
            template = template.withValuesFile(MODULE.resolve(env.valuesFile));
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        return template.call();
    }

    static List<ObjectNode> objects(Env env) {
        return CACHE.computeIfAbsent(env, e -> parse(render(e, Map.of())));
    }

    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendered output is not YAML", e);
        }
        return objects;
    }

    static List<ObjectNode> ofKind(Env env, String kind) {
        return objects(env).stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static ObjectNode named(Env env, String kind, String name) {
        return ofKind(env, kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(env + ": no " + kind + " named " + name));
    }

    static String id(JsonNode object) {
        return object.path("apiVersion").asText() + " " + object.path("kind").asText() + " "
                + object.path("metadata").path("namespace").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
