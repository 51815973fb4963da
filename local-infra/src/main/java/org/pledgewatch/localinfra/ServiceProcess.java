package org.pledgewatch.localinfra;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Pledgewatch service run as its built jar ({@code <service>/target/quarkus-app/quarkus-run.jar}) in its own
 * JVM, in the prod profile, configured only through environment variables, exactly as in a container. It runs in
 * its {@code quarkus-app} directory, as a container image runs it, so that paths the build recorded relative to it
 * hold ({@code -XX:SharedArchiveFile=app-cds.jsa}, see {@link #APP_CDS_ARCHIVE}).
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The AppCDS archive the build writes beside the jar when {@code quarkus.package.jar.appcds.enabled}. */
    public static final String APP_CDS_ARCHIVE = "app-cds.jsa";

    private final String name;
    private final Path appDirectory;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path log;
    private Process process;

    public ServiceProcess(String service, Path repositoryRoot, int port, Map<String, String> environment,
            List<String> jvmOptions, Path logDirectory) {
        this(service, service, repositoryRoot, port, environment, jvmOptions, logDirectory);
    }

    /** Another instance of {@code service}, named {@code instance} (its log file too). */
    public ServiceProcess(String instance, String service, Path repositoryRoot, int port,
            Map<String, String> environment, List<String> jvmOptions, Path logDirectory) {
        this.name = instance;
        this.appDirectory = repositoryRoot.resolve(service).resolve("target/quarkus-app");
        this.port = port;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        this.log = logDirectory.resolve(instance + ".log");
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized ServiceProcess start() {
        Path jar = appDirectory.resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist: build first (./mvnw install -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
        return this;
    }

    /** Waits until the service reports ready (its health checks, Kafka and database included). */
    public ServiceProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (isReady()) {
                return this;
            }
            Sleep.millis(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no graceful close, like a node failure. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM, then the graceful shutdown Quarkus does on it. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            waitFor();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
