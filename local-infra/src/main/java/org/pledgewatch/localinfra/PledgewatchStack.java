package org.pledgewatch.localinfra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kafka, PostgreSQL and the three services, started together on one machine: what the local run and the
 * system tests use. The services run their production profile, configured by environment variables only.
 */
public final class PledgewatchStack implements AutoCloseable {

    public static final String INGEST = "ingest-service";
    public static final String EXTRACTION = "extraction-service";
    public static final String COMMITMENTS = "commitments-service";

    private final LocalInfrastructure infrastructure;
    private final TokenIssuer tokens;
    private final Map<String, ServiceProcess> services;
    private final Map<String, String> environment;

    private PledgewatchStack(LocalInfrastructure infrastructure, TokenIssuer tokens, Map<String, ServiceProcess> services,
            Map<String, String> environment) {
        this.infrastructure = infrastructure;
        this.tokens = tokens;
        this.services = services;
        this.environment = Map.copyOf(environment);
    }

    /** Ports for the servers and the three services, in the order Kafka, PostgreSQL, ingest, extraction, commitments. */
    public record Ports(int kafka, int postgres, int ingest, int extraction, int commitments) {

        public static Ports documented() {
            return new Ports(FreePorts.preferred(9092), FreePorts.preferred(5432), FreePorts.preferred(8081),
                    FreePorts.preferred(8082), FreePorts.preferred(8083));
        }

        public static Ports free() {
            return new Ports(FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any());
        }
    }

    public static PledgewatchStack start(Path repositoryRoot, Path workDirectory, Ports ports,
            Map<String, String> extraEnvironment, List<String> jvmOptions) {
        LocalInfrastructure infrastructure = LocalInfrastructure.start(workDirectory.resolve("data"), ports.kafka(),
                ports.postgres());
        TokenIssuer tokens = TokenIssuer.create(workDirectory.resolve("jwt"));
        Map<String, String> environment = new HashMap<>(infrastructure.environment());
        environment.putAll(tokens.environment());
        // No trace collector here: propagate trace context, record nothing; and readable log files.
        environment.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0");
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        environment.putAll(extraEnvironment);
        Path logs = workDirectory.resolve("logs");
        Map<String, ServiceProcess> services = new java.util.LinkedHashMap<>();
        services.put(INGEST, new ServiceProcess(INGEST, repositoryRoot, ports.ingest(), environment, jvmOptions, logs));
        services.put(EXTRACTION, new ServiceProcess(EXTRACTION, repositoryRoot, ports.extraction(), environment,
                jvmOptions, logs));
        services.put(COMMITMENTS, new ServiceProcess(COMMITMENTS, repositoryRoot, ports.commitments(), environment,
                jvmOptions, logs));
        PledgewatchStack stack = new PledgewatchStack(infrastructure, tokens, services, environment);
        try {
            services.values().forEach(ServiceProcess::start);
            services.values().forEach(service -> service.awaitReady(Duration.ofSeconds(90)));
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public LocalInfrastructure infrastructure() {
        return infrastructure;
    }

    /** Issues the tokens the services of this stack accept. */
    public TokenIssuer tokens() {
        return tokens;
    }

    /** The environment the services of this stack run with: what another instance of one of them needs. */
    public Map<String, String> environment() {
        return environment;
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public ServiceProcess ingest() {
        return services.get(INGEST);
    }

    public ServiceProcess extraction() {
        return services.get(EXTRACTION);
    }

    public ServiceProcess commitments() {
        return services.get(COMMITMENTS);
    }

    @Override
    public void close() {
        try {
            services.values().forEach(ServiceProcess::stop);
        } finally {
            infrastructure.close();
        }
    }
}
