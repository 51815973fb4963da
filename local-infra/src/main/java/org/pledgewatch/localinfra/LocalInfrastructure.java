package org.pledgewatch.localinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.pledgewatch.contracts.Topics;

/**
 * Kafka and PostgreSQL side by side, with every Pledgewatch topic created. Tests share one instance per JVM
 * ({@link #shared()}); the local run starts its own on the documented ports.
 */
public final class LocalInfrastructure implements AutoCloseable {

    public static final List<String> TOPICS = List.of(
            Topics.ARTICLES_SUBMITTED, Topics.ARTICLES_INGESTED, Topics.ARTICLES_EXTRACTED,
            Topics.COMMITMENT_STATUS_CHANGED,
            Topics.ARTICLES_SUBMITTED_DLQ, Topics.ARTICLES_INGESTED_DLQ, Topics.ARTICLES_EXTRACTED_DLQ);
    public static final int PARTITIONS = 3;

    private static LocalInfrastructure shared;

    private final KafkaBroker kafka;
    private final Postgres postgres;

    private LocalInfrastructure(KafkaBroker kafka, Postgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /** Starts both servers in {@code baseDir} (created if needed), reusing its data when it has some. */
    public static LocalInfrastructure start(Path baseDir, int kafkaPort, int postgresPort) {
        KafkaBroker kafka = new KafkaBroker(kafkaPort, FreePorts.any(), baseDir.resolve("kafka"));
        Postgres postgres = new Postgres(postgresPort, baseDir.resolve("postgres"));
        Thread postgresStarter = new Thread(postgres::start, "postgres-starter");
        postgresStarter.start();
        kafka.start();
        kafka.createTopics(TOPICS, PARTITIONS);
        try {
            postgresStarter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!postgres.isRunning()) {
            kafka.stop();
            throw new IllegalStateException("PostgreSQL did not start; see the log above");
        }
        return new LocalInfrastructure(kafka, postgres);
    }

    /** One instance per JVM on free ports in a temporary directory, stopped when the JVM exits. */
    public static synchronized LocalInfrastructure shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("pledgewatch-infra-");
                shared = start(dir, FreePorts.any(), FreePorts.any());
                Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-infra-shutdown"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Postgres postgres() {
        return postgres;
    }

    /** The settings a Pledgewatch service needs to reach these servers, as Quarkus configuration. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD);
    }

    /** The same settings as environment variables, for a service started as a process. */
    public Map<String, String> environment() {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            postgres.stop();
        }
    }
}
