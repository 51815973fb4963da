package org.pledgewatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pledgewatch.localinfra.FreePorts;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.PledgewatchStack;
import org.pledgewatch.localinfra.ServiceProcess;
import org.pledgewatch.localinfra.Sleep;
import org.pledgewatch.localinfra.TokenIssuer;

/**
 * Kafka and PostgreSQL (in this JVM and beside it, as {@code local-infra} runs them) and the three services as their
 * built jars in JVMs of their own, prod profile, configured by environment variables. Unlike
 * {@link PledgewatchStack}, each service is started on its own and timed from {@code java -jar} to a 200 from
 * {@code /q/health/ready}, from its own {@code quarkus-app} directory (see {@link ServiceProcess}), and services can be
 * restarted with other settings between scenarios.
 */
final class BenchStack implements AutoCloseable {

    static final List<String> SERVICES = List.of(PledgewatchStack.INGEST, PledgewatchStack.EXTRACTION,
            PledgewatchStack.COMMITMENTS);

    private final Path repositoryRoot;
    private final Path work;
    private final LocalInfrastructure infrastructure;
    private final TokenIssuer tokens;
    private final Map<String, String> baseEnvironment;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();

    BenchStack(Path repositoryRoot, Path work) {
        this.repositoryRoot = repositoryRoot;
        this.work = work;
        this.infrastructure = LocalInfrastructure.start(work.resolve("data"), FreePorts.any(), FreePorts.any());
        this.tokens = TokenIssuer.create(work.resolve("jwt"));
        Map<String, String> environment = new HashMap<>(infrastructure.environment());
        environment.putAll(tokens.environment());
        // As the local run: no trace collector (context propagates, nothing is recorded), readable log files.
        environment.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0");
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        this.baseEnvironment = Map.copyOf(environment);
        SERVICES.forEach(service -> ports.put(service, FreePorts.any()));
    }

    LocalInfrastructure infrastructure() {
        return infrastructure;
    }

    TokenIssuer tokens() {
        return tokens;
    }

    String baseUrl(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /**
     * Starts one service (stopping the running one of that name first) and waits until it is ready; returns the
     * time from {@code java -jar} to the first 200 from its readiness endpoint.
     */
    Duration start(String service, Map<String, String> environment, List<String> jvmOptions, String logLabel) {
        return start(service, service, ports.get(service), environment, jvmOptions, logLabel);
    }

    /** Another instance of {@code service}, under its own name and port (e.g. a commitments-service rebuilding). */
    Duration start(String instance, String service, int port, Map<String, String> environment, List<String> jvmOptions,
            String logLabel) {
        stop(instance);
        Map<String, String> env = new HashMap<>(baseEnvironment);
        env.putAll(environment);
        Path logs = work.resolve("logs").resolve(logLabel);
        ServiceProcess process = new ServiceProcess(instance, service, repositoryRoot, port, env, jvmOptions, logs);
        ports.putIfAbsent(instance, port);
        long started = System.nanoTime();
        process.start();
        running.put(instance, process);
        long deadline = started + Duration.ofSeconds(120).toNanos();
        while (!process.isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(instance + " exited during startup; see " + process.log());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(instance + " not ready after 120 s; see " + process.log());
            }
            Sleep.millis(10);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    void stop(String instance) {
        ServiceProcess process = running.remove(instance);
        if (process != null) {
            process.stop();
        }
    }

    void stopAll() {
        List.copyOf(running.keySet()).forEach(this::stop);
    }

    /** Fails if a service started here has exited since (out of memory, for one), instead of waiting on it. */
    void checkRunning() {
        running.forEach((instance, process) -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(instance + " exited during the run; see " + process.log());
            }
        });
    }

    /** Resident memory of a running service, in MiB, from /proc/&lt;pid&gt;/status (VmRSS). */
    double residentMiB(String instance) {
        ServiceProcess process = running.get(instance);
        if (process == null) {
            return Double.NaN;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** The PostgreSQL postmaster's process id (its backends are its children), from postmaster.pid. */
    long postgresPid() {
        try {
            return Long.parseLong(Files.readAllLines(work.resolve("data/postgres/postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    long pid(String instance) {
        ServiceProcess process = running.get(instance);
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() {
        try {
            stopAll();
        } finally {
            infrastructure.close();
        }
    }
}
