package org.pledgewatch.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.CommitmentsStateHash;
import org.pledgewatch.localinfra.FreePorts;
import org.pledgewatch.localinfra.LocalInfrastructure;
import org.pledgewatch.localinfra.PledgewatchStack;
import org.pledgewatch.localinfra.ServiceProcess;
import org.pledgewatch.localinfra.TopicClient;

/**
 * "Nothing lost, nothing doubled": a few thousand articles with known contents go through the real pipeline
 * (Kafka and PostgreSQL in this JVM, the three services as their built jars) while it is broken in turn: each
 * service killed with SIGKILL three times, the Kafka broker down for longer than the producers' delivery timeout,
 * PostgreSQL down for a minute, poison records between good ones, the same article sent every way at once. At the
 * end every article sent must be stored once and counted once, the dead-letter topics must hold exactly the poison
 * sent, and a replay of {@code articles.extracted} into an empty schema must rebuild the same state.
 *
 * <p>The scenarios run in order on one system of their own (never the one the other system tests share) and
 * share one stream of articles; the final count covers all of them. Runs only with {@code -Pfaults}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NothingLostNothingDoubledFaultIT {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Duration KAFKA_DOWN = Duration.ofSeconds(30);
    private static final Duration POSTGRES_DOWN = Duration.ofSeconds(60);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration TRAFFIC_TIMEOUT = Duration.ofSeconds(240);
    private static final String REPLAY_SCHEMA = "commitments_replay";
    private static final String REPLAY_GROUP = "commitments-replay";
    private static final Duration CONSUMER_RESUME_TIMEOUT = Duration.ofSeconds(90);
    /** Each service's consumer group (named after the service) and the topic it reads. */
    private static final Map<String, String> INPUT_TOPICS = Map.of(
            PledgewatchStack.INGEST, Topics.ARTICLES_SUBMITTED,
            PledgewatchStack.EXTRACTION, Topics.ARTICLES_INGESTED,
            PledgewatchStack.COMMITMENTS, Topics.ARTICLES_EXTRACTED);

    private final FaultReport report = new FaultReport();
    private Path root;
    private Path work;
    private PledgewatchStack stack;
    private TopicClient topics;
    private LoadDriver load;
    private FaultInjector faults;
    private PipelineCounter counter;
    private ConsumerProgress consumers;
    private ServiceProcess replay;
    private long replayStartedAt;

    @BeforeAll
    void startTheSystem() throws IOException {
        root = Path.of(System.getProperty("pledgewatch.root", "..")).toAbsolutePath().normalize();
        work = Files.createTempDirectory("pledgewatch-faults-");
        stack = PledgewatchStack.start(root, work, PledgewatchStack.Ports.free(), Map.of(), JVM_OPTIONS);
        String bootstrap = stack.infrastructure().kafka().bootstrapServers();
        topics = new TopicClient(bootstrap);
        load = new LoadDriver(stack.ingest().baseUrl(),
                stack.tokens().token("fault-suite-feed", Duration.ofHours(3), "newsroom"), bootstrap);
        faults = new FaultInjector(stack, report.startNanos());
        counter = new PipelineCounter(stack.infrastructure().postgres(), topics);
        consumers = new ConsumerProgress(stack.infrastructure().kafka());
        report.scenario("setup", "system started in " + work + " (service logs in " + work.resolve("logs") + ")");
    }

    @AfterAll
    void reportAndStop() {
        try {
            report.faults(faults == null ? List.of() : faults.faults());
            report.answers(load == null ? Map.of() : load.answers().byPhase());
            report.write(Path.of(System.getProperty("fault.report", "target/fault-report.md")));
        } finally {
            if (load != null) {
                load.close();
            }
            if (replay != null) {
                replay.stop();
            }
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    @Order(1)
    void poisonRecordsAreDeadLetteredWithTheirReasonAndTheirPartitionKeepsFlowing() throws Exception {
        load.answers().phase("poison records");
        int partitions = LocalInfrastructure.PARTITIONS;
        List<PoisonRecord> poison = new ArrayList<>();
        List<TestArticle> followers = new ArrayList<>();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < PoisonRecord.Kind.values().length; i++) {
            PoisonRecord record = load.nextPoison();
            TestArticle follower = new TestArticle(TestArticle.POISON_FOLLOWERS + i);
            // The good article goes to the same partition right after the poison: it must not wait behind it.
            sent.add(load.publishPoison(record, i % partitions));
            sent.add(load.publish(follower, LoadDriver.Channel.KAFKA_FEED, i % partitions));
            poison.add(record);
            followers.add(follower);
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        List<TopicClient.Received> deadLetters = awaitDeadLetters(poison, Duration.ofSeconds(60));
        Set<Integer> followerNumbers = new HashSet<>();
        followers.forEach(article -> followerNumbers.add(article.number()));
        awaitAppliedArticles(followerNumbers, Duration.ofSeconds(60));
        int followersApplied = counter.appliedOf(followerNumbers);

        Map<String, String> reasons = new HashMap<>();
        deadLetters.forEach(record -> reasons.put(record.key(), record.header("dead-letter-reason")));
        report.scenario("poison records", followersApplied + " of " + followers.size()
                + " good articles sent right behind a poison record on the same partition were applied");
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(followersApplied).as("good articles behind poison records, applied")
                .isEqualTo(followers.size());
        for (PoisonRecord record : poison) {
            softly.assertThat(reasons.get(record.key())).as("dead-letter reason of %s", record.kind())
                    .isNotBlank().contains(record.kind().reasonMentions());
            report.scenario("poison records", record.kind() + " → " + reasons.get(record.key()));
        }
        softly.assertThat(deadLetters).allSatisfy(record -> {
            assertThat(record.header("dead-letter-topic")).isEqualTo(Topics.ARTICLES_SUBMITTED);
            assertThat(record.header("dead-letter-partition")).isNotBlank();
            assertThat(record.header("dead-letter-offset")).isNotBlank();
        });
        softly.assertAll();
    }

    @Test
    @Order(2)
    void theSameArticleSentEveryWayIsStoredOnceAndCountedOnce() throws Exception {
        load.answers().phase("same article, many ways");
        TestArticle serial = new TestArticle(TestArticle.SAME_ARTICLE);
        TestArticle concurrent = new TestArticle(TestArticle.SAME_ARTICLE + 21);
        TestArticle republished = new TestArticle(TestArticle.SAME_ARTICLE + 7);
        TestArticle everyWay = new TestArticle(TestArticle.SAME_ARTICLE + 14);

        List<Integer> serialAnswers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            serialAnswers.add(load.postOnce(serial).statusCode());
        }
        List<Integer> concurrentAnswers = postAtOnce(concurrent, 8);
        for (int i = 0; i < 3; i++) {
            load.publish(republished, LoadDriver.Channel.DUPLICATE_TEST).get(30, TimeUnit.SECONDS);
        }
        // Four REST posts and four raw records of one article, all at the same moment.
        List<CompletableFuture<Void>> feed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            feed.add(load.publish(everyWay, LoadDriver.Channel.DUPLICATE_TEST));
        }
        List<Integer> everyWayAnswers = postAtOnce(everyWay, 4);
        CompletableFuture.allOf(feed.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        // And the serially posted one once more on the raw topic.
        load.publish(serial, LoadDriver.Channel.DUPLICATE_TEST).get(30, TimeUnit.SECONDS);

        report.scenario("same article, many ways", "serial REST answers " + serialAnswers + "; 8 concurrent REST "
                + concurrentAnswers + "; 4 REST + 4 raw records at once: REST " + everyWayAnswers
                + "; 3 raw records of one article; the serial one again on the raw topic");
        assertThat(serialAnswers).containsExactly(201, 200, 200);
        assertThat(concurrentAnswers).containsOnly(201, 200).filteredOn(status -> status == 201).hasSize(1);
        // The raw records may win the race: then every REST answer is a duplicate.
        assertThat(everyWayAnswers).allMatch(status -> status == 200 || status == 201)
                .filteredOn(status -> status == 201).hasSizeLessThanOrEqualTo(1);
        awaitAppliedArticles(Set.of(serial.number(), concurrent.number(), republished.number(), everyWay.number()),
                Duration.ofSeconds(60));
        // Stored once and counted once is checked for these as for every other article, at the final count.
    }

    /**
     * Extraction scaled the way KEDA scales it on lag: two more instances join its consumer group while articles
     * flow (one partition each, cooperative rebalancing), then leave again with SIGTERM, as a scale-down does. The
     * final count shows nothing was lost or doubled on the way; here, that the work really was spread and gathered.
     */
    @Test
    @Order(3)
    void scalingExtractionFromOneToThreeAndBackLosesAndDoublesNothing() throws Exception {
        load.answers().phase("extraction scaled 1 → 3 → 1");
        String group = PledgewatchStack.EXTRACTION;
        LoadDriver.Traffic traffic = load.start(400, 12);
        traffic.awaitDispatched(40, Duration.ofSeconds(30));
        List<ServiceProcess> added = new ArrayList<>();
        for (int instance = 2; instance <= 3; instance++) {
            added.add(new ServiceProcess(PledgewatchStack.EXTRACTION, root, FreePorts.any(), stack.environment(),
                    JVM_OPTIONS, work.resolve("logs-extraction-" + instance)).start());
        }
        long scaleUp = System.nanoTime();
        added.forEach(instance -> instance.awaitReady(RECOVERY_TIMEOUT));
        Map<String, Integer> spread = consumers.awaitSpreadOver(group, 3, Duration.ofSeconds(60));
        Duration spreadAfter = Duration.ofNanos(System.nanoTime() - scaleUp);
        int appliedBefore = counter.applied();
        traffic.awaitDispatched(250, Duration.ofSeconds(60));
        // Dispatching is quicker than the pipeline: give what was sent meanwhile time to arrive, three still reading.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int appliedWhileThree = counter.applied() - appliedBefore;
        while (appliedWhileThree == 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            appliedWhileThree = counter.applied() - appliedBefore;
        }

        long scaleDown = System.nanoTime();
        added.forEach(ServiceProcess::stop);
        Map<String, Integer> gathered = consumers.awaitSpreadOver(group, 1, Duration.ofSeconds(60));
        Duration gatheredAfter = Duration.ofNanos(System.nanoTime() - scaleDown);
        traffic.finish(TRAFFIC_TIMEOUT);

        report.scenario("extraction scaled 1 → 3 → 1", "two instances started: group " + group + " spread over "
                + spread.size() + " members " + spread.values() + " partitions after " + format(spreadAfter) + "; "
                + appliedWhileThree + " articles applied while three read");
        report.scenario("extraction scaled 1 → 3 → 1", "two instances stopped (SIGTERM): back to " + gathered.size()
                + " member holding " + gathered.values() + " partitions after " + format(gatheredAfter));
        assertThat(spread).as("members of %s, and the partitions each holds, with three instances", group)
                .hasSize(3).allSatisfy((member, partitions) -> assertThat(partitions).isPositive());
        assertThat(gathered).as("members of %s after the scale-down", group).hasSize(1)
                .allSatisfy((member, partitions) -> assertThat(partitions).isEqualTo(LocalInfrastructure.PARTITIONS));
        assertThat(appliedWhileThree).as("articles applied while extraction ran three instances").isPositive();
    }

    /**
     * SIGKILL each service in turn, three rounds, while articles flow. A killed consumer leaves a dead member in its
     * group until the broker gives up on its session (45 s by default): the restarted consumer cannot read before.
     * So a service is killed again only once its consumer has committed again after the previous kill, which keeps
     * each kill a fault of its own and measures how long consumption stalls.
     */
    @Test
    @Order(4)
    void killingEachServiceMidStreamThreeTimesLosesAndDoublesNothing() throws Exception {
        List<ServiceProcess> services = List.of(stack.ingest(), stack.extraction(), stack.commitments());
        Map<String, CompletableFuture<String>> resuming = new java.util.LinkedHashMap<>();
        List<String> stuck = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            for (ServiceProcess service : services) {
                CompletableFuture<String> previous = resuming.remove(service.name());
                if (previous != null) {
                    stuck.addAll(awaitResumed("kill -9 each service", List.of(previous)));
                }
                load.answers().phase("kill -9 " + service.name());
                LoadDriver.Traffic traffic = load.start(200, 12);
                traffic.awaitDispatched(40, Duration.ofSeconds(30));
                int appliedBefore = counter.applied();
                faults.killAndRestart(service, Duration.ofSeconds(1));
                resuming.put(service.name(), watchConsumerResume(service.name(), "round " + round + ": "
                        + service.name() + " killed with " + appliedBefore + " articles applied, restarted, ready"));
                traffic.finish(TRAFFIC_TIMEOUT);
            }
        }
        stuck.addAll(awaitResumed("kill -9 each service", List.copyOf(resuming.values())));
        assertThat(stuck).as("consumers that did not consume again after their service restarted").isEmpty();
    }

    @Test
    @Order(5)
    void aKafkaOutageIsRefusedWith503AndRecoveredFromWithoutHelp() throws Exception {
        load.answers().phase("Kafka broker down");
        LoadDriver.Traffic traffic = load.start(600, 12);
        traffic.awaitDispatched(60, Duration.ofSeconds(30));
        faults.stopKafka();

        Duration firstRefusal = null;
        Duration readinessDown = null;
        List<String> acceptedAfterRefusal = new ArrayList<>();
        int probes = 0;
        int refusals = 0;
        int probeNumber = TestArticle.KAFKA_PROBES;
        while (faults.sinceKafkaStopped().compareTo(KAFKA_DOWN) < 0) {
            HttpResponse<String> answer = load.postOnce(new TestArticle(probeNumber++));
            probes++;
            if (answer.statusCode() == 503) {
                refusals++;
                load.answers().checkRefusal(answer);
                if (firstRefusal == null) {
                    firstRefusal = faults.sinceKafkaStopped();
                }
            } else if (firstRefusal != null) {
                acceptedAfterRefusal.add(answer.statusCode() + " " + answer.body());
            }
            if (readinessDown == null && !stack.ingest().isReady()) {
                readinessDown = faults.sinceKafkaStopped();
            }
            Thread.sleep(500);
        }
        load.answers().phase("Kafka broker back");
        faults.startKafka();
        List<CompletableFuture<String>> resumed = new ArrayList<>();
        for (String service : List.of(PledgewatchStack.INGEST, PledgewatchStack.EXTRACTION, PledgewatchStack.COMMITMENTS)) {
            resumed.add(watchConsumerResume(service, "after the broker restart, " + service));
        }
        Duration ingestReady = awaitReady(stack.ingest());
        Duration extractionReady = awaitReady(stack.extraction());
        Duration commitmentsReady = awaitReady(stack.commitments());
        int acceptedAgainAfter = 0;
        while (load.postOnce(new TestArticle(probeNumber++)).statusCode() == 503 && acceptedAgainAfter < 60) {
            acceptedAgainAfter++;
            Thread.sleep(1000);
        }
        traffic.finish(TRAFFIC_TIMEOUT);
        List<String> stuck = awaitResumed("Kafka broker down " + KAFKA_DOWN.toSeconds() + " s", resumed);

        report.scenario("Kafka broker down " + KAFKA_DOWN.toSeconds() + " s", "ingest refused the first article "
                + format(firstRefusal) + " after the broker stopped; " + refusals + " of " + probes
                + " probe articles refused with 503 problem+json and Retry-After; 2xx after the first refusal: "
                + acceptedAfterRefusal.size());
        report.scenario("Kafka broker down " + KAFKA_DOWN.toSeconds() + " s", "ingest readiness down "
                + format(readinessDown) + " after the broker stopped; after the restart ready again in "
                + format(ingestReady) + " (extraction " + format(extractionReady) + ", commitments "
                + format(commitmentsReady) + "), no manual step");
        assertThat(firstRefusal).as("ingest refuses writes while Kafka is down").isNotNull();
        assertThat(firstRefusal).isLessThan(Duration.ofSeconds(15));
        assertThat(acceptedAfterRefusal).as("2xx answers after ingest found Kafka down").isEmpty();
        assertThat(readinessDown).as("ingest's readiness goes down with Kafka").isNotNull();
        assertThat(load.answers().improperRefusals()).as("every 503 is problem+json with Retry-After").isEmpty();
        assertThat(acceptedAgainAfter).as("ingest accepts articles again once Kafka is back").isLessThan(60);
        assertThat(stuck).as("consumers that did not consume again after the broker came back").isEmpty();
    }

    @Test
    @Order(6)
    void aPostgresOutageIsWaitedOutWithoutDeadLettersAndWithoutLoss() throws Exception {
        load.answers().phase("PostgreSQL down");
        LoadDriver.Traffic traffic = load.start(600, 10);
        traffic.awaitDispatched(50, Duration.ofSeconds(30));
        faults.stopPostgres();
        Duration ingestDown = null;
        Duration commitmentsDown = null;
        while (faults.sincePostgresStopped().compareTo(POSTGRES_DOWN) < 0) {
            if (ingestDown == null && !stack.ingest().isReady()) {
                ingestDown = faults.sincePostgresStopped();
            }
            if (commitmentsDown == null && !stack.commitments().isReady()) {
                commitmentsDown = faults.sincePostgresStopped();
            }
            Thread.sleep(1000);
        }
        load.answers().phase("PostgreSQL back");
        faults.startPostgres();
        List<CompletableFuture<String>> resumed = List.of(
                watchConsumerResume(PledgewatchStack.INGEST, "after PostgreSQL came back, ingest-service"),
                watchConsumerResume(PledgewatchStack.COMMITMENTS, "after PostgreSQL came back, commitments-service"));
        Duration ingestReady = awaitReady(stack.ingest());
        Duration commitmentsReady = awaitReady(stack.commitments());
        traffic.finish(TRAFFIC_TIMEOUT);
        List<String> stuck = awaitResumed("PostgreSQL down " + POSTGRES_DOWN.toSeconds() + " s", resumed);

        List<String> transientDeadLetters = new ArrayList<>();
        for (String dlq : List.of(Topics.ARTICLES_SUBMITTED_DLQ, Topics.ARTICLES_INGESTED_DLQ,
                Topics.ARTICLES_EXTRACTED_DLQ)) {
            topics.readAll(dlq).stream().filter(record -> !isPoison(record))
                    .forEach(record -> transientDeadLetters.add(dlq + " " + record.key() + ": "
                            + record.header("dead-letter-reason")));
        }
        report.scenario("PostgreSQL down " + POSTGRES_DOWN.toSeconds() + " s", "readiness down after "
                + format(ingestDown) + " (ingest), " + format(commitmentsDown) + " (commitments); ready again "
                + format(ingestReady) + " / " + format(commitmentsReady) + " after the restart; good records "
                + "dead-lettered: " + transientDeadLetters.size());
        assertThat(transientDeadLetters).as("records dead-lettered for a transient failure").isEmpty();
        assertThat(load.answers().serverErrors("PostgreSQL down"))
                .as("ingest's answers while PostgreSQL was down other than 503 with Retry-After").isEmpty();
        assertThat(load.answers().improperRefusals()).as("every 503 is problem+json with Retry-After").isEmpty();
        assertThat(stuck).as("consumers that did not consume again after PostgreSQL came back").isEmpty();
    }

    @Test
    @Order(7)
    void everyArticleSentIsStoredOnceAndCountedOnce() throws Exception {
        load.answers().phase("drain");
        // No more articles: the replay of the last scenario can start reading while the pipeline drains.
        startReplay();
        Set<Integer> sent = load.accepted().keySet();
        awaitAppliedArticles(sent, Duration.ofSeconds(240));
        List<String> behind = new ArrayList<>();
        for (Map.Entry<String, String> group : INPUT_TOPICS.entrySet()) {
            if (!topics.awaitConsumed(group.getKey(), group.getValue(), Duration.ofSeconds(60))) {
                behind.add(group.getKey() + " on " + group.getValue());
            }
        }
        PipelineCounts counts = counter.count(sent, load.poisonSent());
        report.counts(counts);
        Map<LoadDriver.Channel, Integer> byChannel = new java.util.TreeMap<>();
        load.accepted().values().forEach(channel -> byChannel.merge(channel, 1, Integer::sum));
        report.scenario("final count", "articles sent by channel: " + byChannel);
        report.scenario("final count", "consumer groups not at the end of their topic: " + behind);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(load.refused()).as("articles ingest refused for good (4xx)").isEmpty();
        softly.assertThat(counts.lost()).as("lost: sent but never applied").isEmpty();
        softly.assertThat(counts.duplicated()).as("duplicated: stored, applied or counted twice").isEmpty();
        softly.assertThat(counts.storedUnsent).as("stored although ingest never accepted them").isEmpty();
        softly.assertThat(counts.figuresWrong).as("figures the extractor read differently from what was sent").isEmpty();
        softly.assertThat(counts.figuresRight).as("articles with exactly their one figure").isEqualTo(counts.sent);
        softly.assertThat(counts.pledgeRows).as("pledge facts").isEqualTo(counts.pledgesExpected);
        softly.assertThat(counts.commitmentsRight).as("commitments counting each pledging article once: "
                + counts.commitmentSources).isEqualTo(counts.commitmentsExpected);
        PipelineCounts.DeadLetters submitted = counts.deadLetters.get(Topics.ARTICLES_SUBMITTED_DLQ);
        softly.assertThat(submitted.distinctPoison).as("poison records dead-lettered").isEqualTo(counts.poisonSent);
        softly.assertThat(submitted.wrongReason).as("dead letters without their reason").isEmpty();
        softly.assertThat(counts.deadLetteredGoodRecords()).as("good records dead-lettered").isZero();
        softly.assertThat(counts.deadLetters.get(Topics.ARTICLES_INGESTED_DLQ).records).isZero();
        softly.assertThat(counts.deadLetters.get(Topics.ARTICLES_EXTRACTED_DLQ).records).isZero();
        softly.assertThat(behind).as("consumer groups that did not reach the end of their topic").isEmpty();
        softly.assertAll();
    }

    @Test
    @Order(8)
    void aReplayFromTheStartIntoAnEmptySchemaRebuildsTheSameState() throws Exception {
        load.answers().phase("replay");
        startReplay();
        replay.awaitReady(RECOVERY_TIMEOUT);
        boolean caughtUp = topics.awaitConsumed(REPLAY_GROUP, Topics.ARTICLES_EXTRACTED, Duration.ofSeconds(240))
                && awaitNothingToRecompute(REPLAY_SCHEMA, Duration.ofSeconds(120));
        Duration took = Duration.ofNanos(System.nanoTime() - replayStartedAt);

        Map<String, String> live;
        Map<String, String> replayed;
        try (Connection connection = stack.infrastructure().postgres().connect()) {
            live = CommitmentsStateHash.of(connection, "commitments");
            replayed = CommitmentsStateHash.of(connection, REPLAY_SCHEMA);
        }
        report.replay("a second commitments-service (schema " + REPLAY_SCHEMA + ", group " + REPLAY_GROUP
                + ") started reading articles.extracted from offset 0 when the traffic stopped; caught up after "
                + format(took) + ": " + caughtUp);
        report.replay("live state " + CommitmentsStateHash.combined(live) + ", replayed state "
                + CommitmentsStateHash.combined(replayed) + (live.equals(replayed) ? " — equal" : " — DIFFERENT"));
        live.forEach((table, hash) -> report.replay(table + ": live " + hash + ", replay " + replayed.get(table)));
        reportStatusChangesOfBothInstances();
        assertThat(caughtUp).as("the replay caught up with articles.extracted").isTrue();
        assertThat(replayed).as("state rebuilt by the replay").isEqualTo(live);
    }

    /** Waits until no group of {@code schema} waits for recomputation (consumed is not yet recomputed). */
    private boolean awaitNothingToRecompute(String schema, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection = stack.infrastructure().postgres().connect();
                Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet marks = statement.executeQuery(
                        "SELECT count(*) FROM " + schema + ".recomputation_mark")) {
                    marks.next();
                    if (marks.getLong(1) == 0) {
                        return true;
                    }
                }
                Thread.sleep(200);
            }
        }
        return false;
    }

    /**
     * A second commitments-service on its own port, in a schema of its own (Flyway creates it empty) and a consumer
     * group of its own, so that it reads {@code articles.extracted} from offset 0.
     */
    private void startReplay() {
        if (replay != null) {
            return;
        }
        Map<String, String> environment = new HashMap<>(stack.environment());
        environment.put("PLEDGEWATCH_DB_SCHEMA", REPLAY_SCHEMA);
        environment.put("MP_MESSAGING_INCOMING_ARTICLES_EXTRACTED_GROUP_ID", REPLAY_GROUP);
        replayStartedAt = System.nanoTime();
        replay = new ServiceProcess(PledgewatchStack.COMMITMENTS, root, FreePorts.any(), environment, JVM_OPTIONS,
                work.resolve("logs-replay"));
        replay.start();
    }

    /**
     * Not a check, a note for operators: the replay instance has an outbox of its own and publishes its status
     * changes on the live {@code commitments.status-changed} topic too.
     */
    private void reportStatusChangesOfBothInstances() throws Exception {
        long liveHistory;
        long replayHistory;
        try (Connection connection = stack.infrastructure().postgres().connect();
                var statement = connection.createStatement()) {
            var live = statement.executeQuery("SELECT count(*) FROM commitments.commitment_status_change");
            live.next();
            liveHistory = live.getLong(1);
            var replayed = statement.executeQuery("SELECT count(*) FROM " + REPLAY_SCHEMA + ".commitment_status_change");
            replayed.next();
            replayHistory = replayed.getLong(1);
        }
        List<TopicClient.Received> changes = topics.readAll(Topics.COMMITMENT_STATUS_CHANGED);
        Set<String> ids = new HashSet<>();
        changes.forEach(record -> ids.add(record.header("ce_id")));
        report.replay("status history (path-dependent, not compared): live " + liveHistory + " changes, replay "
                + replayHistory + "; commitments.status-changed holds " + changes.size() + " records, " + ids.size()
                + " distinct event ids: the replay instance publishes its status changes there as well");
    }

    /**
     * Watches, in the background, how long the consumer of {@code service} takes to commit past where it stands
     * now, while articles keep coming.
     */
    private CompletableFuture<String> watchConsumerResume(String service, String what) throws Exception {
        String topic = INPUT_TOPICS.get(service);
        ConsumerProgress.Position now = consumers.position(service, topic);
        return CompletableFuture.supplyAsync(() -> {
            try {
                ConsumerProgress.Resumed resumed = consumers.awaitMovingAgain(service, topic, now,
                        CONSUMER_RESUME_TIMEOUT);
                return what + "; its consumer " + (resumed == null
                        ? "committed NEVER within " + CONSUMER_RESUME_TIMEOUT.toSeconds() + " s" : resumed);
            } catch (Exception e) {
                return what + "; could not watch its consumer: " + e;
            }
        });
    }

    /** Reports what the watchers saw and returns the consumers that never moved again. */
    private List<String> awaitResumed(String scenario, List<CompletableFuture<String>> watchers) throws Exception {
        List<String> stuck = new ArrayList<>();
        for (CompletableFuture<String> watcher : watchers) {
            String line = watcher.get(CONSUMER_RESUME_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            report.scenario(scenario, line);
            if (line.contains("NEVER") || line.contains("could not watch")) {
                stuck.add(line);
            }
        }
        return stuck;
    }

    private List<Integer> postAtOnce(TestArticle article, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return load.postOnce(article).statusCode();
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<TopicClient.Received> awaitDeadLetters(List<PoisonRecord> poison, Duration timeout)
            throws InterruptedException {
        Set<String> keys = new HashSet<>();
        poison.forEach(record -> keys.add(record.key()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<TopicClient.Received> found = topics.readAll(Topics.ARTICLES_SUBMITTED_DLQ).stream()
                    .filter(record -> keys.contains(record.key())).toList();
            Set<String> foundKeys = new HashSet<>();
            found.forEach(record -> foundKeys.add(record.key()));
            if (foundKeys.containsAll(keys) || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(500);
        }
    }

    /** Waits until these articles are applied, or until nothing has moved for a minute. */
    private void awaitAppliedArticles(Set<Integer> articles, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastProgress = System.nanoTime();
        int last = -1;
        while (System.nanoTime() < deadline && System.nanoTime() - lastProgress < TimeUnit.SECONDS.toNanos(60)) {
            int applied = counter.appliedOf(articles);
            if (applied == articles.size()) {
                return;
            }
            if (applied != last) {
                last = applied;
                lastProgress = System.nanoTime();
            }
            Thread.sleep(1000);
        }
    }

    private static Duration awaitReady(ServiceProcess service) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + RECOVERY_TIMEOUT.toNanos();
        while (!service.isReady()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(service.name() + " not ready " + RECOVERY_TIMEOUT + " after the fault ended; see "
                        + service.log());
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static boolean isPoison(TopicClient.Received record) {
        return record.key() != null && record.key().startsWith(PoisonRecord.KEY_PREFIX)
                && Topics.ARTICLES_SUBMITTED_DLQ.equals(record.topic());
    }

    private static String format(Duration duration) {
        return duration == null ? "never" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
