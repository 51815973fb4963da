package org.pledgewatch.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.Directories;
import org.pledgewatch.localinfra.FreePorts;
import org.pledgewatch.localinfra.PledgewatchStack;
import org.pledgewatch.localinfra.Sleep;

/**
 * The whole pipeline measured on this machine: Kafka (KRaft) and PostgreSQL as {@code local-infra} runs them, the
 * three services as their built jars, and a load generator writing realistic articles to ingest's REST API and to
 * {@code articles.submitted}. Run by {@code ./benchmark} (see the README); prints one table and writes it to
 * {@code benchmarks/target/benchmark-report.md}.
 */
public final class PipelineBenchmark {

    static final String INGEST = PledgewatchStack.INGEST;
    static final String EXTRACTION = PledgewatchStack.EXTRACTION;
    static final String COMMITMENTS = PledgewatchStack.COMMITMENTS;
    /** Articles rendered before a run at most (about 20 KiB each in this JVM). */
    private static final int PREPARED_AT_MOST = 25_000;

    private final Options options;
    private final Path root;
    private final Path work;
    private final Path classArchives;
    private final SplittableRandom tags = new SplittableRandom();
    private BenchStack stack;
    private PipelineProbe probe;
    private LoadDriver driver;
    private List<String> newsroomTokens;
    private String adminToken;
    private String currentDriverUrl;

    private PipelineBenchmark(Options options, Path root) {
        this.options = options;
        this.root = root;
        this.work = root.resolve("benchmarks/target/run");
        this.classArchives = work.resolve("class-archives");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path root = Path.of(options.repository).toAbsolutePath().normalize();
        new PipelineBenchmark(options, root).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Report report = new Report(options);
        report.machine = Machine.describe();
        System.out.println("Pledgewatch benchmark on " + report.machine.summary());
        System.out.println(options.describe());

        if (options.extractionSeconds > 0) {
            System.out.println("\n[1] Extraction alone (NewsReader in this JVM, one thread) ...");
            report.extraction = ExtractionThroughput.measure(ExtractionThroughput.articles(7, 200),
                    options.extractionSeconds);
            System.out.printf("    %.0f articles/s per core on %.0f-byte articles%n", report.extraction.perCore(),
                    report.extraction.averageBytes());
        }

        Directories.deleteRecursively(work);
        Files.createDirectories(work);
        System.out.println("\n[2] Starting Kafka and PostgreSQL (work directory " + work + ") ...");
        stack = new BenchStack(root, work);
        probe = new PipelineProbe(stack.infrastructure(), stack::checkRunning);
        newsroomTokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            newsroomTokens.add(stack.tokens().token("benchmark-feed-" + i, Duration.ofDays(1), "newsroom"));
        }
        adminToken = stack.tokens().token("benchmark-admin", Duration.ofDays(1), "admin");
        try {
            boolean servicesRun = options.throughputArticles > 0 || options.latencySeconds > 0
                    || options.ladderArticles > 0 || options.replayArticles > 0 || options.trackingArticles > 0;
            if (servicesRun && options.jvmOverride == null) {
                trainClassArchives();
            }
            if (options.throughputArticles > 0 || options.latencySeconds > 0) {
                runOptimized(report);
            }
            if (options.ladderArticles > 0) {
                runLadder(report);
            }
            if (options.replayArticles > 0) {
                runReplay(report);
            }
            if (options.trackingArticles > 0) {
                runTracking(report);
            }
        } finally {
            report.loadAfter = Machine.loadAverage();
            if (driver != null) {
                driver.close();
            }
            probe.close();
            stack.close();
            if (!options.keepData) {
                Directories.deleteRecursively(work.resolve("data"));
            }
        }
        String table = report.render();
        System.out.println();
        System.out.println(table);
        Path out = Path.of(options.output).isAbsolute() ? Path.of(options.output) : root.resolve(options.output);
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println("Written to " + out + "; service logs in " + work.resolve("logs"));
    }

    /** Writes the class archives the optimized services start from (see {@link ClassArchiveTraining}); not measured. */
    private void trainClassArchives() throws IOException {
        Files.createDirectories(classArchives);
        String tag = newTag("t");
        System.out.println("\n[2b] Training run for the class archives (schemas *_" + tag + ")");
        startServices(PipelineConfig.OPTIMIZED, tag,
                service -> ClassArchiveTraining.jvmOptions(classArchives, service));
        warmUp(PipelineConfig.OPTIMIZED, tag);
        stack.stopAll();
        for (String service : BenchStack.SERVICES) {
            if (!Files.isRegularFile(ClassArchiveTraining.archive(classArchives, service))) {
                throw new IllegalStateException(service + " wrote no class archive on exit; see the logs in "
                        + work.resolve("logs").resolve(tag));
            }
        }
    }

    /** The optimized configuration: start times, latency at a fixed rate, sustained throughput, memory after. */
    private void runOptimized(Report report) throws Exception {
        PipelineConfig config = PipelineConfig.OPTIMIZED;
        String tag = newTag("o");
        System.out.println("\n[3] Optimized configuration (schemas *_" + tag + ")");
        report.optimizedStart = startServices(config, tag);
        warmUp(config, tag);
        if (options.latencySeconds > 0) {
            report.latency = latency(config, tag);
        }
        if (options.throughputArticles > 0) {
            report.optimized = throughput(config, tag, options.throughputArticles, "throughput");
            report.optimizedRss = rss();
        }
    }

    /** Naive to optimized, one design choice at a time, each on fresh schemas with the same amount of articles. */
    private void runLadder(Report report) throws Exception {
        System.out.println("\n[4] Design choices, one at a time (" + options.ladderArticles + " articles each)");
        for (PipelineConfig config : PipelineConfig.LADDER) {
            String tag = newTag("l");
            System.out.println("  " + config.name() + " (schemas *_" + tag + ")");
            Map<String, Duration> started = startServices(config, tag);
            if (report.ladder.isEmpty()) {
                report.naiveStart = started;
            }
            warmUp(config, tag);
            Throughput result = throughput(config, tag, options.ladderArticles, "ladder");
            report.ladder.add(result);
            if (report.ladder.size() == 1) {
                report.naiveRss = rss();
            }
        }
    }

    /**
     * Replay: {@code n} articles loaded into ingest through the whole pipeline (the load is timed too: throughput at
     * that scale), then the live commitments-service stopped, a second one started on an empty schema
     * ({@code commitments_replay_*}, consumer group {@code commitments-replay-*} positioned at the end of
     * articles.extracted), and ingest asked to publish every stored article again (POST /api/v1/admin/replay): timed
     * until the second commitments-service has applied all of them, so extraction and tracking both do the work.
     */
    private void runReplay(Report report) throws Exception {
        PipelineConfig config = PipelineConfig.OPTIMIZED;
        String tag = newTag("r");
        System.out.println("\n[5] Replay of " + options.replayArticles + " archived articles (schemas *_" + tag + ")");
        startServices(config, tag);
        ArticleGenerator generator = new ArticleGenerator(3, tag, 0.0);
        report.replayLoad = measure(config, tag, generator, options.replayArticles, "replay load");

        stack.stop(COMMITMENTS);
        String replayGroup = "commitments-replay-" + tag;
        positionAtEnd(replayGroup, Topics.ARTICLES_EXTRACTED);
        Map<String, String> env = new HashMap<>(config.environment(COMMITMENTS, tag));
        env.put("PLEDGEWATCH_DB_SCHEMA", "commitments_replay_" + tag);
        env.put("MP_MESSAGING_INCOMING_ARTICLES_EXTRACTED_GROUP_ID", replayGroup);
        stack.start("commitments-replay", COMMITMENTS, FreePorts.any(), env,
                config.jvmOptions(COMMITMENTS, classArchives), "replay");
        long events = probe.extractionEvents();
        long t0 = LoadDriver.nowMicros();
        HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.baseUrl(INGEST) + "/api/v1/admin/replay")).header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("replay refused: HTTP " + started.statusCode() + " " + started.body());
        }
        long unique = report.replayLoad.originals();
        PipelineProbe.Progress progress = probe.await(tag, null, 0, events + unique, "commitments_replay_" + tag, unique,
                Duration.ofSeconds(120 + unique / 20), "replay");
        report.replay = new Replay(unique, progress.complete(), (progress.lastAppliedMicros() - t0) / 1e6,
                progress.extractedAt() == 0 ? Double.NaN : (progress.extractedAt() - t0) / 1e6, rss());
        System.out.printf("    replayed %d articles through extraction and tracking in %.1f s%n", unique,
                report.replay.seconds());
        stack.stop("commitments-replay");
    }

    /**
     * Tracking alone (see {@link TrackingThroughput}): only commitments-service runs, on an empty schema, with a
     * consumer group positioned at the end of articles.extracted; the extraction events of {@code n} generated
     * articles are made beforehand, then written all at once and timed until the last one is applied.
     */
    private void runTracking(Report report) throws Exception {
        PipelineConfig config = PipelineConfig.OPTIMIZED;
        String tag = newTag("k");
        int n = options.trackingArticles;
        System.out.println("\n[6] Tracking alone: " + n + " articles' extraction events applied by commitments-service"
                + " (schema commitments_" + tag + ")");
        List<ProducerRecord<String, String>> events = TrackingThroughput.events(new ArticleGenerator(5, tag, 0.0), n);
        stack.stopAll();
        String group = "commitments-tracking-" + tag;
        positionAtEnd(group, Topics.ARTICLES_EXTRACTED);
        Map<String, String> env = new HashMap<>(config.environment(COMMITMENTS, tag));
        env.put("MP_MESSAGING_INCOMING_ARTICLES_EXTRACTED_GROUP_ID", group);
        List<String> jvm = new ArrayList<>(options.jvmOverride != null
                ? Arrays.asList(options.jvmOverride.trim().split("\\s+")) : config.jvmOptions(COMMITMENTS, classArchives));
        if (options.jfr) {
            jvm.add(jfrOption(tag, COMMITMENTS));
        }
        jvm.addAll(options.extraJvmOptions(COMMITMENTS));
        stack.start(COMMITMENTS, env, jvm, tag);
        CpuMeter cpu = new CpuMeter(stack);
        cpu.start();
        long t0 = LoadDriver.nowMicros();
        TrackingThroughput.send(stack.infrastructure().kafka().bootstrapServers(), events);
        PipelineProbe.Progress progress = probe.await(tag, null, 0, 0, "commitments_" + tag, n,
                Duration.ofSeconds(120 + n / 20), "tracking");
        Map<String, Double> used = cpu.stop();
        List<Long> applied = probe.appliedRows("commitments_" + tag, tag).stream()
                .map(PipelineProbe.Applied::appliedMicros).sorted().toList();
        int half = applied.size() / 2;
        List<Long> firstHalf = applied.subList(0, Math.min(half + 1, applied.size()));
        report.tracking = new TrackingThroughput.Result(n, progress.complete(),
                (progress.lastAppliedMicros() - t0) / 1e6, TrackingThroughput.rate(firstHalf),
                TrackingThroughput.rate(applied.subList(half, applied.size())), used,
                stack.residentMiB(COMMITMENTS));
        System.out.printf("    applied %d articles in %.1f s: %.0f/s (first half %.0f/s, second half %.0f/s)%s%n"
                + "    CPU: %s%n", n, report.tracking.seconds(), report.tracking.perSecond(),
                report.tracking.firstHalfPerSecond(), report.tracking.secondHalfPerSecond(),
                progress.complete() ? "" : " — INCOMPLETE", CpuMeter.describe(used));
        stack.stop(COMMITMENTS);
    }

    /** Starts the three services one after the other, each timed alone, on schemas of their own. */
    private Map<String, Duration> startServices(PipelineConfig config, String tag) {
        return startServices(config, tag, service -> options.jvmOverride != null && config.tunedJvm()
                ? Arrays.asList(options.jvmOverride.trim().split("\\s+")) : config.jvmOptions(service, classArchives));
    }

    private Map<String, Duration> startServices(PipelineConfig config, String tag,
            Function<String, List<String>> jvmOptions) {
        stack.stopAll();
        Map<String, Duration> times = new LinkedHashMap<>();
        for (String service : BenchStack.SERVICES) {
            List<String> jvm = new ArrayList<>(jvmOptions.apply(service));
            if (options.jfr) {
                jvm.add(jfrOption(tag, service));
            }
            jvm.addAll(options.extraJvmOptions(service));
            Duration ready = stack.start(service, config.environment(service, tag), jvm, tag);
            times.put(service, ready);
            System.out.printf("    %-20s ready in %.2f s%n", service, ready.toMillis() / 1000.0);
        }
        if (driver == null || !stack.baseUrl(INGEST).equals(currentDriverUrl)) {
            if (driver != null) {
                driver.close();
            }
            driver = new LoadDriver(stack.baseUrl(INGEST), newsroomTokens,
                    stack.infrastructure().kafka().bootstrapServers());
            currentDriverUrl = stack.baseUrl(INGEST);
        }
        return times;
    }

    /** A sampling profile of the service for this run, written when the service stops. */
    private String jfrOption(String tag, String service) {
        return "-XX:StartFlightRecording=filename=" + work.resolve("logs").resolve(tag).resolve(service + ".jfr")
                + ",settings=profile";
    }

    /** JIT, connection pools and caches warmed up the way the measured run will use them; not measured. */
    private void warmUp(PipelineConfig config, String tag) {
        if (options.warmupArticles <= 0) {
            return;
        }
        String warm = tag + "w";
        ArticleGenerator generator = new ArticleGenerator(11, warm, options.duplicateShare);
        driver.reset();
        LoadDriver.Totals totals = driver.sendAll(submissions(generator, options.warmupArticles),
                options.warmupArticles, options.restShare, config.clientBatchSize(), options.restThreads);
        PipelineProbe.Progress progress = probe.await(warm, "ingest_" + tag, totals.originals(), 0,
                "commitments_" + tag, totals.originals(), timeout(options.warmupArticles), "warm-up");
        if (!progress.complete()) {
            throw new IllegalStateException("warm-up did not complete; see the logs in " + work.resolve("logs"));
        }
        Sleep.millis(2000);
    }

    private Throughput throughput(PipelineConfig config, String tag, int articles, String label) {
        ArticleGenerator generator = new ArticleGenerator(1, tag + "m", options.duplicateShare);
        return measure(config, tag, generator, articles, label);
    }

    /** Sends {@code articles} as fast as ingest takes them and waits until commitments-service applied them all. */
    private Throughput measure(PipelineConfig config, String tag, ArticleGenerator generator, int articles,
            String label) {
        String runTag = generator.runTag();
        Iterator<LoadDriver.Submission> submissions = submissions(generator, articles);
        driver.reset();
        long events = probe.extractionEvents();
        CpuMeter cpu = new CpuMeter(stack);
        cpu.start();
        System.out.printf("    sending %d articles (%.0f %% REST in batches of %d from %d clients, the rest on %s) ...%n",
                articles, options.restShare * 100, config.clientBatchSize(), options.restThreads,
                Topics.ARTICLES_SUBMITTED);
        LoadDriver.Totals totals = driver.sendAll(submissions, articles, options.restShare, config.clientBatchSize(),
                options.restThreads);
        System.out.printf("    all accepted after %.1f s: %d REST requests (%.0f ms each on average, %d refused), "
                + "%d records on the raw topic%n", (totals.lastAcceptedMicros() - totals.firstSubmitMicros()) / 1e6,
                totals.requests(), totals.meanRequestMillis(), totals.refusals(), totals.viaKafka());
        PipelineProbe.Progress progress = probe.await(runTag, "ingest_" + tag, totals.originals(),
                events + totals.originals(), "commitments_" + tag, totals.originals(), timeout(articles), label);
        Map<String, Double> used = cpu.stop();
        Throughput result = Throughput.of(config.name(), totals, progress,
                probe.appliedRows("commitments_" + tag, runTag), used);
        System.out.printf("    %s%n", result.summary());
        Sleep.millis(2000);
        return result;
    }

    /**
     * The next {@code count} articles of {@code generator} as the driver sends them: rendered beforehand, so that the
     * load generator's own work is not counted as the pipeline's; above {@link #PREPARED_AT_MOST} (the replay's
     * load, which is preparation rather than a measure), made while they are sent, to bound this JVM's memory.
     */
    private static Iterator<LoadDriver.Submission> submissions(ArticleGenerator generator, int count) {
        if (count <= PREPARED_AT_MOST) {
            return LoadDriver.prepare(generator, count).iterator();
        }
        return Stream.generate(() -> LoadDriver.Submission.of(generator.next())).limit(count).iterator();
    }

    /** A fixed, moderate rate of articles; each article's latency is its tracked_at minus its submission time. */
    private Latency latency(PipelineConfig config, String tag) {
        String runTag = tag + "p";
        ArticleGenerator generator = new ArticleGenerator(5, runTag, options.duplicateShare);
        driver.reset();
        System.out.printf("    latency: %.0f articles/s for %d s (%.0f %% single REST posts, the rest on %s) ...%n",
                options.latencyRate, options.latencySeconds, options.restShare * 100, Topics.ARTICLES_SUBMITTED);
        LoadDriver.Totals totals = driver.sendAtRate(generator, options.latencyRate,
                Duration.ofSeconds(options.latencySeconds), options.restShare);
        PipelineProbe.Progress progress = probe.await(runTag, "ingest_" + tag, totals.originals(), 0,
                "commitments_" + tag, totals.originals(), timeout(totals.articles()), "latency");
        List<PipelineProbe.Applied> applied = probe.appliedRows("commitments_" + tag, runTag);
        Map<String, Long> byId = new HashMap<>();
        Map<String, Long> byUrl = new HashMap<>();
        applied.forEach(a -> {
            byId.put(a.articleId(), a.appliedMicros());
            byUrl.put(a.url(), a.appliedMicros());
        });
        List<Long> latencies = new ArrayList<>();
        List<Long> rest = new ArrayList<>();
        List<Long> kafka = new ArrayList<>();
        for (LoadDriver.Sent sent : driver.sent()) {
            if (sent.duplicate()) {
                continue;
            }
            Long appliedAt = sent.channel() == LoadDriver.Channel.REST ? byId.get(sent.id()) : byUrl.get(sent.url());
            if (appliedAt != null) {
                long micros = appliedAt - sent.submittedMicros();
                latencies.add(micros);
                (sent.channel() == LoadDriver.Channel.REST ? rest : kafka).add(micros);
            }
        }
        Latency result = new Latency(options.latencyRate, options.latencySeconds, totals.originals(), progress.complete(),
                Percentiles.of(latencies), Percentiles.of(rest), Percentiles.of(kafka));
        System.out.printf("    latency over %d articles: %s (REST %s, raw topic %s)%n", latencies.size(),
                result.all(), result.rest(), result.kafka());
        Sleep.millis(2000);
        return result;
    }

    private Map<String, Double> rss() {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String service : BenchStack.SERVICES) {
            rss.put(service, stack.residentMiB(service));
        }
        return rss;
    }

    private void positionAtEnd(String group, String topic) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.infrastructure().kafka().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(partitions).all().get().forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, ends).all().get();
        }
    }

    private String newTag(String prefix) {
        StringBuilder tag = new StringBuilder(prefix);
        for (int i = 0; i < 5; i++) {
            tag.append((char) ('a' + tags.nextInt(26)));
        }
        return tag.toString();
    }

    private static Duration timeout(int articles) {
        return Duration.ofSeconds(120 + articles / 10);
    }

    /** Latency percentiles, in milliseconds. */
    record Percentiles(int count, double p50, double p95, double p99, double max) {

        static Percentiles of(List<Long> micros) {
            if (micros.isEmpty()) {
                return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    sorted[sorted.length - 1] / 1000.0);
        }

        private static double at(long[] sorted, double q) {
            int index = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (n=%d)", p50, p95, p99, max, count);
        }
    }

    record Latency(double rate, int seconds, int originals, boolean complete, Percentiles all, Percentiles rest,
            Percentiles kafka) {
    }

    record Replay(long articles, boolean complete, double seconds, double extractedSeconds, Map<String, Double> rss) {
    }

    /** One throughput measurement: submission to the last applied extraction. */
    record Throughput(String config, int articles, int originals, double acceptedPerSecond, double seconds,
            double perSecond, double steadyPerSecond, double ingestedSeconds, double extractedSeconds, boolean complete,
            int refusals, long deadLettered, Map<String, Double> cpu) {

        static Throughput of(String config, LoadDriver.Totals totals, PipelineProbe.Progress progress,
                List<PipelineProbe.Applied> applied, Map<String, Double> cpu) {
            long t0 = totals.firstSubmitMicros();
            double seconds = (progress.lastAppliedMicros() - t0) / 1e6;
            long[] times = applied.stream().mapToLong(PipelineProbe.Applied::appliedMicros).sorted().toArray();
            double steady = Double.NaN;
            if (times.length >= 50) {
                int from = times.length / 5;
                int to = times.length * 4 / 5;
                steady = (to - from) / Math.max(1e-6, (times[to] - times[from]) / 1e6);
            }
            return new Throughput(config, totals.articles(), totals.originals(), totals.acceptedPerSecond(), seconds,
                    totals.originals() / seconds, steady,
                    progress.ingestedAt() == 0 ? Double.NaN : (progress.ingestedAt() - t0) / 1e6,
                    progress.extractedAt() == 0 ? Double.NaN : (progress.extractedAt() - t0) / 1e6,
                    progress.complete(), totals.refusals(), progress.deadLettered(), cpu);
        }

        String summary() {
            return String.format("%d articles (%d distinct) accepted at %.0f/s; all applied after %.1f s: %.0f articles/s "
                    + "end to end (steady %.0f/s); ingest done at %.1f s, extraction at %.1f s%s%s", articles, originals,
                    acceptedPerSecond, seconds, perSecond, steadyPerSecond, ingestedSeconds, extractedSeconds,
                    complete ? "" : " — INCOMPLETE", deadLettered == 0 ? "" : "; " + deadLettered + " DEAD-LETTERED")
                    + "\n    CPU: " + CpuMeter.describe(cpu);
        }
    }

    /** Command-line options: sizes of the scenarios. */
    static final class Options {
        String repository = ".";
        int throughputArticles = 20_000;
        int ladderArticles = 3_000;
        int warmupArticles = 3_000;
        int latencySeconds = 60;
        double latencyRate = 50;
        int replayArticles = 0;
        int trackingArticles = 10_000;
        double extractionSeconds = 10;
        double restShare = 0.7;
        double duplicateShare = 0.1;
        int restThreads = 4;
        boolean keepData;
        boolean jfr;
        String jvmOverride;
        String jvmExtra;
        String output = "benchmarks/target/benchmark-report.md";

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> list = new ArrayList<>(Arrays.asList(args));
            for (int i = 0; i < list.size(); i++) {
                String arg = list.get(i);
                String value = i + 1 < list.size() ? list.get(i + 1) : null;
                switch (arg) {
                    case "--repository" -> { o.repository = value; i++; }
                    case "--articles" -> { o.throughputArticles = Integer.parseInt(value); i++; }
                    case "--ladder-articles" -> { o.ladderArticles = Integer.parseInt(value); i++; }
                    case "--warmup" -> { o.warmupArticles = Integer.parseInt(value); i++; }
                    case "--latency-seconds" -> { o.latencySeconds = Integer.parseInt(value); i++; }
                    case "--latency-rate" -> { o.latencyRate = Double.parseDouble(value); i++; }
                    case "--replay" -> { o.replayArticles = Integer.parseInt(value); i++; }
                    case "--tracking" -> { o.trackingArticles = Integer.parseInt(value); i++; }
                    case "--extraction-seconds" -> { o.extractionSeconds = Double.parseDouble(value); i++; }
                    case "--rest-share" -> { o.restShare = Double.parseDouble(value); i++; }
                    case "--duplicates" -> { o.duplicateShare = Double.parseDouble(value); i++; }
                    case "--rest-clients" -> { o.restThreads = Integer.parseInt(value); i++; }
                    case "--keep-data" -> o.keepData = true;
                    case "--jfr" -> o.jfr = true;
                    case "--jvm" -> { o.jvmOverride = value; i++; }
                    case "--jvm-extra" -> { o.jvmExtra = value; i++; }
                    case "--output" -> { o.output = value; i++; }
                    case "--quick" -> {
                        o.throughputArticles = 5_000;
                        o.ladderArticles = 1_000;
                        o.warmupArticles = 300;
                        o.latencySeconds = 20;
                        o.trackingArticles = 2_000;
                        o.extractionSeconds = 4;
                    }
                    case "--help", "-h" -> {
                        System.out.println(usage());
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
                }
            }
            return o;
        }

        static String usage() {
            return """
                    ./benchmark [options]
                      --articles N          sustained-throughput run, optimized configuration (default 20000; 0 skips)
                      --ladder-articles N   articles per configuration, naive to optimized (default 3000; 0 skips)
                      --warmup N            articles sent before each measured run, not measured (default 3000)
                      --latency-seconds S   latency run length (default 60; 0 skips) at --latency-rate R (default 50/s)
                      --replay N            also load N articles and replay them through extraction and tracking
                                            into an empty schema (default 0: skipped; the target is for 100000)
                      --extraction-seconds S  NewsReader alone, one thread (default 10; 0 skips)
                      --tracking N          commitments-service alone on a backlog of N articles' extraction
                                            events (default 10000; 0 skips)
                      --rest-share X        share of articles sent over REST, the rest on articles.submitted (0.7)
                      --duplicates X        share of duplicate articles (0.1)
                      --rest-clients N      concurrent REST clients (4)
                      --quick               small sizes, for a check that everything works (about 3 minutes)
                      --jvm "OPTIONS"       JVM options of every service instead of the tuned ones (experiments)
                      --jvm-extra "OPTIONS" JVM options added to every service's, {service} standing for its name;
                                            one prefixed with a service's name and a colon is for it alone
                                            (experiments: "-Xlog:gc:file=/tmp/{service}-gc.log ingest-service:-Xmx80m")
                      --jfr                 record a JFR profile of every service (benchmarks/target/run/logs/<run>/)
                      --keep-data           keep Kafka's and PostgreSQL's data in benchmarks/target/run/data
                      --output FILE         report file (default benchmarks/target/benchmark-report.md)""";
        }

        List<String> extraJvmOptions(String service) {
            if (jvmExtra == null || jvmExtra.isBlank()) {
                return List.of();
            }
            List<String> extra = new ArrayList<>();
            for (String option : jvmExtra.trim().split("\\s+")) {
                String forOne = BenchStack.SERVICES.stream().filter(s -> option.startsWith(s + ":")).findFirst()
                        .orElse(null);
                if (forOne == null) {
                    extra.add(option.replace("{service}", service));
                } else if (forOne.equals(service)) {
                    extra.add(option.substring(forOne.length() + 1).replace("{service}", service));
                }
            }
            return extra;
        }

        String describe() {
            return String.format("Scenarios: throughput %d articles; ladder %d articles per configuration; warm-up %d; "
                    + "latency %d s at %.0f/s; replay %s; extraction %.0f s; tracking %d articles. REST share %.0f %%, "
                    + "duplicates %.0f %%, %d REST clients.", throughputArticles, ladderArticles, warmupArticles,
                    latencySeconds, latencyRate, replayArticles > 0 ? replayArticles + " articles" : "skipped",
                    extractionSeconds, trackingArticles,
                    restShare * 100, duplicateShare * 100, restThreads);
        }
    }
}
