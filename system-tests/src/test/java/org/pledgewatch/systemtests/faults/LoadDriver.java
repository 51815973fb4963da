package org.pledgewatch.systemtests.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.pledgewatch.contracts.Topics;

/**
 * Sends test articles the way newsrooms do, and keeps at it until each one is accepted: one at a time over REST,
 * in batches over REST, and as records on {@code articles.submitted} (with poison records in between). An article
 * counts as sent once ingest answered 201/200 for it or Kafka acknowledged its record. Retries follow the rules a
 * client must follow: on 503 and 429 wait Retry-After, on other errors back off. Every answer is counted per phase.
 */
final class LoadDriver implements AutoCloseable {

    enum Channel {
        REST_SINGLE, REST_BATCH, KAFKA_FEED, DUPLICATE_TEST, REST_ONCE
    }

    private static final int BATCH_SIZE = 10;
    private static final int POISON_EVERY = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String ingestBaseUrl;
    private final String bearerToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final KafkaProducer<String, byte[]> feed;
    private final ExecutorService restWorkers = Executors.newFixedThreadPool(6, named("rest-client"));
    private final ScheduledExecutorService feedRetries = Executors.newSingleThreadScheduledExecutor(named("feed-retry"));
    private final AtomicInteger nextNumber = new AtomicInteger(1);
    private final AtomicInteger feedRecords = new AtomicInteger();
    private final AtomicInteger nextPoison = new AtomicInteger();
    private final Map<Integer, Channel> accepted = new ConcurrentHashMap<>();
    private final Map<Integer, String> refused = new ConcurrentHashMap<>();
    private final List<PoisonRecord> poisonSent = Collections.synchronizedList(new ArrayList<>());
    private final AnswerLog answers = new AnswerLog();
    private volatile boolean closed;

    LoadDriver(String ingestBaseUrl, String bearerToken, String bootstrapServers) {
        this.ingestBaseUrl = ingestBaseUrl;
        this.bearerToken = bearerToken;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        this.feed = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    AnswerLog answers() {
        return answers;
    }

    /** Every article accepted so far, with the channel it went through. */
    Map<Integer, Channel> accepted() {
        return Map.copyOf(accepted);
    }

    /** Articles ingest refused for good (4xx): none of the suite's articles is invalid, so this must stay empty. */
    Map<Integer, String> refused() {
        return Map.copyOf(refused);
    }

    /** The next poison record, numbered after every one sent so far. */
    PoisonRecord nextPoison() {
        return PoisonRecord.number(nextPoison.getAndIncrement());
    }

    List<PoisonRecord> poisonSent() {
        synchronized (poisonSent) {
            return List.copyOf(poisonSent);
        }
    }

    /**
     * Starts sending {@code articles} new articles at {@code perSecond}, spread over the three channels, with a
     * poison record after every {@value #POISON_EVERY} feed records.
     */
    Traffic start(int articles, double perSecond) {
        Traffic traffic = new Traffic(articles, perSecond);
        traffic.thread.start();
        return traffic;
    }

    /** Sends one article over REST and keeps trying until it is accepted. */
    CompletableFuture<Void> submit(TestArticle article, Channel channel) {
        return CompletableFuture.runAsync(() -> postUntilAccepted(List.of(article), channel), restWorkers);
    }

    /** One POST, no retry: what came back. */
    HttpResponse<String> postOnce(TestArticle article) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(post("/api/v1/articles", article.json(), "application/json"),
                HttpResponse.BodyHandlers.ofString());
        answers.record("single", response.statusCode());
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            accepted.put(article.number(), Channel.REST_ONCE);
        }
        return response;
    }

    /**
     * Publishes a record on {@code articles.submitted} (to {@code partition}, or by key when null) and keeps trying
     * until Kafka acknowledged it.
     */
    CompletableFuture<Void> publish(String key, byte[] value, Integer partition) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        publishUntilAcknowledged(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED, partition, key, value), acknowledged);
        return acknowledged;
    }

    CompletableFuture<Void> publish(TestArticle article, Channel channel, Integer partition) {
        return publish("feed-" + article.number(), article.json().getBytes(StandardCharsets.UTF_8), partition)
                .thenRun(() -> accepted.put(article.number(), channel));
    }

    CompletableFuture<Void> publish(TestArticle article, Channel channel) {
        return publish(article, channel, null);
    }

    CompletableFuture<Void> publishPoison(PoisonRecord poison, Integer partition) {
        poisonSent.add(poison);
        return publish(poison.key(), poison.value(), partition);
    }

    private void postUntilAccepted(List<TestArticle> articles, Channel channel) {
        boolean batch = channel == Channel.REST_BATCH;
        String body = batch ? articles.stream().map(TestArticle::json).collect(Collectors.joining(",", "[", "]"))
                : articles.get(0).json();
        HttpRequest request = post(batch ? "/api/v1/articles:batch" : "/api/v1/articles", body, "application/json");
        while (!closed) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                answers.record(batch ? "batch" : "single", status);
                if (status == 200 || status == 201) {
                    if (batch && !batchFullyAccepted(response.body(), articles)) {
                        return;
                    }
                    articles.forEach(article -> accepted.put(article.number(), channel));
                    return;
                }
                if (status == 503 || status == 429) {
                    if (status == 503) {
                        answers.checkRefusal(response);
                    }
                    pause(Duration.ofSeconds(Math.min(5, retryAfterSeconds(response))));
                } else if (status >= 500) {
                    pause(Duration.ofSeconds(1));
                } else {
                    articles.forEach(article -> refused.put(article.number(), status + " " + response.body()));
                    return;
                }
            } catch (IOException e) {
                answers.record(batch ? "batch" : "single", AnswerLog.NO_ANSWER);
                pause(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean batchFullyAccepted(String body, List<TestArticle> articles) {
        try {
            JsonNode result = JSON.readTree(body);
            if (result.path("invalid").asInt(-1) == 0 && result.path("results").size() == articles.size()) {
                return true;
            }
        } catch (IOException e) {
            // reported below
        }
        articles.forEach(article -> refused.put(article.number(), "batch answer: " + body));
        return false;
    }

    private void publishUntilAcknowledged(ProducerRecord<String, byte[]> record, CompletableFuture<Void> acknowledged) {
        if (closed) {
            acknowledged.cancel(false);
            return;
        }
        try {
            feed.send(record, (metadata, failure) -> {
                if (failure == null) {
                    acknowledged.complete(null);
                } else {
                    retryLater(record, acknowledged);
                }
            });
        } catch (RuntimeException e) {
            // send() itself gives up after max.block.ms while the broker is away.
            retryLater(record, acknowledged);
        }
    }

    private void retryLater(ProducerRecord<String, byte[]> record, CompletableFuture<Void> acknowledged) {
        answers.recordFeedRetry();
        if (!closed) {
            feedRetries.schedule(() -> publishUntilAcknowledged(record, acknowledged), 1, TimeUnit.SECONDS);
        }
    }

    private HttpRequest post(String path, String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(ingestBaseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + bearerToken)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static long retryAfterSeconds(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return 1L;
            }
        }).orElse(1L);
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        restWorkers.shutdownNow();
        feedRetries.shutdownNow();
        feed.close(Duration.ofSeconds(5));
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A stream of new articles at a steady pace, in the background. */
    final class Traffic {

        private final int articles;
        private final double perSecond;
        private final Thread thread;
        private final List<CompletableFuture<Void>> inFlight = Collections.synchronizedList(new ArrayList<>());
        private final Set<Integer> numbers = ConcurrentHashMap.newKeySet();
        private volatile int dispatched;

        private Traffic(int articles, double perSecond) {
            this.articles = articles;
            this.perSecond = perSecond;
            this.thread = new Thread(this::run, "traffic");
            this.thread.setDaemon(true);
        }

        private void run() {
            long start = System.nanoTime();
            List<TestArticle> batch = new ArrayList<>();
            for (int i = 0; i < articles && !closed; i++) {
                TestArticle article = new TestArticle(nextNumber.getAndIncrement());
                if (article.number() >= TestArticle.POISON_FOLLOWERS) {
                    throw new IllegalStateException("the traffic ran into the numbers the scenarios use");
                }
                numbers.add(article.number());
                switch (article.number() % 3) {
                    case 0 -> inFlight.add(submit(article, Channel.REST_SINGLE));
                    case 1 -> {
                        batch.add(article);
                        if (batch.size() == BATCH_SIZE) {
                            inFlight.add(submitBatch(batch));
                            batch = new ArrayList<>();
                        }
                    }
                    default -> {
                        inFlight.add(publish(article, Channel.KAFKA_FEED));
                        if (feedRecords.incrementAndGet() % POISON_EVERY == 0) {
                            inFlight.add(publishPoison(nextPoison(), null));
                        }
                    }
                }
                dispatched = i + 1;
                long due = start + (long) ((i + 1) * 1_000_000_000L / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    pause(Duration.ofNanos(wait));
                }
            }
            if (!batch.isEmpty()) {
                inFlight.add(submitBatch(batch));
            }
        }

        private CompletableFuture<Void> submitBatch(List<TestArticle> batch) {
            List<TestArticle> items = List.copyOf(batch);
            return CompletableFuture.runAsync(() -> postUntilAccepted(items, Channel.REST_BATCH), restWorkers);
        }

        /** Waits until this traffic has produced {@code count} articles (sent or not yet). */
        void awaitDispatched(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (dispatched < Math.min(count, articles) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        /** Waits until every article of this traffic has been dispatched and accepted. */
        void finish(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            thread.join(timeout.toMillis());
            List<CompletableFuture<Void>> all;
            synchronized (inFlight) {
                all = List.copyOf(inFlight);
            }
            long left = Math.max(1, deadline - System.nanoTime());
            try {
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long missing = numbers.stream().filter(n -> !accepted.containsKey(n) && !refused.containsKey(n)).count();
                throw new AssertionError(missing + " article(s) still not accepted by ingest after " + timeout, e);
            }
        }
    }
}
