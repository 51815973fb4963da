package org.pledgewatch.localinfra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole of Pledgewatch on this machine: Kafka, PostgreSQL, the three services, the demo articles. Started by
 * {@code ./run-local}; Ctrl-C stops everything. Data lives in {@code .local-run/} and is reset at each start.
 */
public final class LocalRun {

    static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path work = root.resolve(".local-run");
        Directories.deleteRecursively(work.resolve("data"));
        Directories.deleteRecursively(work.resolve("logs"));
        PledgewatchStack.Ports ports = PledgewatchStack.Ports.documented();

        System.out.println("Starting Kafka, PostgreSQL and the three services (logs in " + work.resolve("logs") + ") ...");
        PledgewatchStack stack = PledgewatchStack.start(root, work, ports, Map.of(), JVM_OPTIONS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Pledgewatch ...");
            stack.close();
            stopped.countDown();
        }, "pledgewatch-stop"));

        String newsroom = stack.tokens().token("local-newsroom", Duration.ofDays(7), "newsroom");
        String admin = stack.tokens().token("local-admin", Duration.ofDays(7), "admin");
        HttpResponse<String> loaded = DemoArticles.submit(stack.ingest().baseUrl(),
                Map.of("Authorization", "Bearer " + newsroom));
        System.out.println("Demo articles submitted: HTTP " + loaded.statusCode() + " " + loaded.body());
        int commitments = awaitCommitments(stack.commitments().baseUrl(), Duration.ofSeconds(60));
        Path tokenFile = work.resolve("tokens.env");
        Files.writeString(tokenFile, "NEWSROOM_TOKEN=" + newsroom + "\nADMIN_TOKEN=" + admin + "\n");
        System.out.println(banner(stack, ports, commitments, tokenFile));
        stopped.await();
    }

    /** Waits until the demo commitments are visible and returns how many there are. */
    static int awaitCommitments(String commitmentsBaseUrl, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = 0;
        int stableRounds = 0;
        while (System.nanoTime() < deadline && stableRounds < 6) {
            try {
                String body = http.send(HttpRequest.newBuilder(URI.create(commitmentsBaseUrl + "/api/v1/commitments?size=1"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                int total = Integer.parseInt(body.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
                stableRounds = total > 0 && total == last ? stableRounds + 1 : 0;
                last = total;
            } catch (IOException | NumberFormatException e) {
                stableRounds = 0;
            }
            Thread.sleep(500);
        }
        return last;
    }

    private static String banner(PledgewatchStack stack, PledgewatchStack.Ports ports, int commitments,
            Path tokenFile) {
        StringBuilder text = new StringBuilder("\nPledgewatch is running (" + commitments + " commitments from the demo articles).\n\n");
        for (ServiceProcess service : List.of(stack.ingest(), stack.extraction(), stack.commitments())) {
            text.append(String.format("  %-20s %s   Swagger UI: %s/q/swagger-ui%n", service.name(), service.baseUrl(),
                    service.baseUrl()));
        }
        text.append(String.format("  %-20s localhost:%d%n", "Kafka", ports.kafka()));
        text.append(String.format("  %-20s %s (user postgres, password postgres)%n", "PostgreSQL",
                stack.infrastructure().postgres().jdbcUrl()));
        text.append("\nTry:\n");
        text.append("  curl -s " + stack.commitments().baseUrl() + "/api/v1/commitments\n");
        text.append("  curl -s " + stack.commitments().baseUrl() + "/api/v1/parties/KZ\n");
        text.append("  curl -s -X POST " + stack.extraction().baseUrl()
                + "/api/v1/extract -H 'Content-Type: application/json' -d '{\"body\":\"Both countries aim to bring trade to $5 billion by 2028.\"}'\n");
        text.append("\nWrites need a bearer token. Tokens for this run (newsroom, admin) are in " + tokenFile + ":\n");
        text.append("  source " + tokenFile + "\n");
        text.append("  curl -s -X POST " + stack.ingest().baseUrl() + "/api/v1/articles -H \"Authorization: Bearer $NEWSROOM_TOKEN\""
                + " -H 'Content-Type: application/json' -d '{\"body\":\"Both countries aim to bring trade to $5 billion by 2028.\",\"url\":\"https://example.org/1\"}'\n");
        text.append("\nCtrl-C stops everything.\n");
        return text.toString();
    }
}
