package org.pledgewatch.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Images cannot be built here (no Docker engine); this checks the Dockerfiles say what the chart relies on. */
class DockerfileTest {

    @ParameterizedTest
    @CsvSource({"ingest-service,8081", "extraction-service,8082", "commitments-service,8083"})
    void jvmImageRunsTheFastJarAsUser185(String service, int port) throws IOException {
        Path docker = Rendering.MODULE.getParent().resolve(service).resolve("src/main/docker");
        String dockerfile = Files.readString(docker.resolve("Dockerfile.jvm"));
        assertThat(dockerfile)
                .containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:\\S+$")
                .contains("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/", "target/quarkus-app/quarkus/")
                .containsPattern("(?m)^USER 185$")
                .containsPattern("(?m)^EXPOSE " + port + "$")
                .contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                .contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]");
        assertThat(Files.readString(docker.resolve(".dockerignore"))).contains("!target/quarkus-app/*");
    }
}
