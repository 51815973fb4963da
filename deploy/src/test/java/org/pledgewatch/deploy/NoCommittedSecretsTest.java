package org.pledgewatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.deploy.Rendering.Env;

/** Secret values live in the cluster (made by Strimzi, CloudNativePG or the operator), never in this repository. */
class NoCommittedSecretsTest {

    private static final Pattern SECRET_KIND = Pattern.compile("(?m)^\\s*kind:\\s*[\"']?Secret[\"']?\\s*$");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");

    @ParameterizedTest
    @EnumSource(Env.class)
    void theChartRendersNoSecret(Env env) {
        for (JsonNode object : Rendering.objects(env)) {
            assertThat(object.path("kind").asText()).as(Rendering.id(object)).isNotEqualTo("Secret");
            assertThat(object.has("data") && object.path("kind").asText().equals("Secret")).isFalse();
        }
    }

    @Test
    void noFileUnderDeployDefinesASecretOrHoldsAKey() throws IOException {
        try (Stream<Path> files = Files.walk(Rendering.MODULE)) {
            List<Path> offending = files
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(Rendering.MODULE.resolve("target")))
                    .filter(p -> !p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return SECRET_KIND.matcher(text).find() || PRIVATE_KEY.matcher(text).find();
                        } catch (IOException | java.io.UncheckedIOException e) {
                            return false; // not text
                        }
                    })
                    .toList();
            assertThat(offending).isEmpty();
        }
    }
}
