package org.pledgewatch.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A training run for start time: each service started with the tuned options, given work, and stopped; as it exits
 * the JVM writes every class it loaded to a dynamic class-data archive ({@code -XX:ArchiveClassesAtExit}, JDK 13+).
 * Later starts map those classes, already parsed and verified, from the archive. The build's AppCDS archive only
 * holds what static initialisation loads; Hibernate's, Kafka's and Flyway's classes, loaded while the service
 * starts, are most of the rest.
 */
final class ClassArchiveTraining {

    private ClassArchiveTraining() {
    }

    static Path archive(Path directory, String service) {
        return directory.resolve(service + ".jsa");
    }

    /** The tuned options, writing the archive on exit instead of reading one. */
    static List<String> jvmOptions(Path directory, String service) {
        List<String> options = new ArrayList<>();
        options.add("-XX:ArchiveClassesAtExit=" + archive(directory, service));
        options.addAll(PipelineConfig.tunedOptions(service));
        return options;
    }
}
