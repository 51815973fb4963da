package org.pledgewatch.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The OpenAPI document each service commits (what dashboards code against) must be the one the code serves.
 * Run the tests with {@code -Dopenapi.update=true} to rewrite the committed file after an intended change.
 */
public final class OpenApiSnapshot {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiSnapshot() {
    }

    /** Null when they match; otherwise what to do about it. */
    public static String drift(String servedYaml, Path committed) {
        try {
            if (Boolean.getBoolean("openapi.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, servedYaml, StandardCharsets.UTF_8);
                return null;
            }
            if (!Files.exists(committed)) {
                return committed + " is missing: run the tests once with -Dopenapi.update=true and commit it";
            }
            JsonNode served = YAML.readTree(servedYaml);
            JsonNode expected = YAML.readTree(Files.readString(committed, StandardCharsets.UTF_8));
            return served.equals(expected) ? null
                    : "the API served differs from " + committed + ": if the change is intended, run the tests with "
                            + "-Dopenapi.update=true and commit the new document";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
