package org.pledgewatch.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.pledgewatch.contracts.Topics;
import org.pledgewatch.localinfra.Sleep;

/**
 * Sends generated articles the two ways newsrooms do: to ingest's REST API (one article per request, or batches
 * of them) and as records on {@code articles.submitted}. Behaves as a client must: waits out 429 and 503 for
 * their Retry-After, backs off on other failures, and keeps trying until each article is accepted. Records, for
 * every article, when it was submitted and the id ingest answered (REST) or its URL (raw topic).
 */
final class LoadDriver implements AutoCloseable {

    enum Channel { REST, KAFKA }

    /** An article with the JSON document that submits it, rendered before sending starts. */
    record Submission(Article article, String json) {

        static Submission of(Article article) {
            return new Submission(article, article.json());
        }
    }

    /** One article accepted: when it was sent (epoch microseconds), and how to find it downstream. */
    record Sent(long number, Channel channel, long submittedMicros, String id, String url, boolean duplicate) {
    }

    /** How a run of submissions went. */
    record Totals(int articles, int originals, int viaRest, int viaKafka, int requests, int refusals,
            long firstSubmitMicros, long lastAcceptedMicros, double meanRequestMillis) {

        double acceptedPerSecond() {
            return articles / Math.max(1e-6, (lastAcceptedMicros - firstSubmitMicros) / 1e6);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI single;
    private final URI batch;
    private final List<String> tokens;
    private final KafkaProducer<String, String> producer;
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicLong lastAccepted = new AtomicLong();
    private final AtomicLong requestNanos = new AtomicLong();

    LoadDriver(String ingestBaseUrl, List<String> tokens, String bootstrapServers) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.single = URI.create(ingestBaseUrl + "/api/v1/articles");
        this.batch = URI.create(ingestBaseUrl + "/api/v1/articles:batch");
        this.tokens = List.copyOf(tokens);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "benchmark-newsroom-feed");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Everything accepted since the last {@link #reset()}. */
    List<Sent> sent() {
        return new ArrayList<>(sent);
    }

    void reset() {
        sent.clear();
        requests.set(0);
        refusals.set(0);
        requestNanos.set(0);
        lastAccepted.set(0);
    }

    /**
     * The next {@code count} articles of {@code generator}, rendered: what {@link #sendAll} sends, made beforehand so
     * that generating and rendering them is not counted as the pipeline's time or CPU.
     */
    static List<Submission> prepare(ArticleGenerator generator, int count) {
        List<Submission> submissions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            submissions.add(Submission.of(generator.next()));
        }
        return submissions;
    }

    /**
     * Sends {@code count} articles as fast as ingest takes them: a share {@code restShare} over REST from
     * {@code restThreads} clients at once (in batches of {@code batchSize}; 1 means one POST per article), the rest
     * on the raw topic. Returns once every article was accepted.
     */
    Totals sendAll(Iterator<Submission> submissions, int count, double restShare, int batchSize, int restThreads) {
        BlockingQueue<Submission> restQueue = new ArrayBlockingQueue<>(Math.max(64, batchSize * restThreads * 2));
        Submission poison = new Submission(null, null);
        ExecutorService workers = Executors.newFixedThreadPool(restThreads);
        CountDownLatch done = new CountDownLatch(restThreads);
        for (int t = 0; t < restThreads; t++) {
            String token = tokens.get(t % tokens.size());
            workers.submit(() -> {
                try {
                    List<Submission> chunk = new ArrayList<>(batchSize);
                    while (true) {
                        Submission first = restQueue.take();
                        if (first == poison) {
                            restQueue.put(poison);
                            return;
                        }
                        chunk.clear();
                        chunk.add(first);
                        if (batchSize > 1) {
                            restQueue.drainTo(chunk, batchSize - 1);
                            if (chunk.remove(poison)) {
                                restQueue.put(poison);
                            }
                        }
                        if (batchSize == 1) {
                            postOne(first, token);
                        } else {
                            postBatch(chunk, token);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        long first = nowMicros();
        int viaRest = 0;
        int originals = 0;
        try {
            for (int i = 0; i < count; i++) {
                Submission submission = submissions.next();
                originals += submission.article().isDuplicate() ? 0 : 1;
                if (toRest(submission.article(), restShare)) {
                    viaRest++;
                    restQueue.put(submission);
                } else {
                    publish(submission);
                }
            }
            restQueue.put(poison);
            producer.flush();
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            workers.shutdownNow();
        }
        return totals(count, originals, viaRest, first);
    }

    /**
     * Sends articles at a fixed rate for {@code duration} (open loop: a slow answer does not delay the next
     * article), single REST posts for a share {@code restShare}, raw-topic records for the rest.
     */
    Totals sendAtRate(ArticleGenerator generator, double perSecond, Duration duration, double restShare) {
        ExecutorService clients = Executors.newFixedThreadPool(32);
        int count = (int) Math.round(perSecond * duration.toMillis() / 1000.0);
        Iterator<Submission> submissions = prepare(generator, count).iterator();
        long start = System.nanoTime();
        long first = nowMicros();
        int viaRest = 0;
        int originals = 0;
        AtomicInteger next = new AtomicInteger();
        try {
            for (int i = 0; i < count; i++) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Submission submission = submissions.next();
                originals += submission.article().isDuplicate() ? 0 : 1;
                if (toRest(submission.article(), restShare)) {
                    viaRest++;
                    String token = tokens.get(next.getAndIncrement() % tokens.size());
                    clients.submit(() -> postOne(submission, token));
                } else {
                    publish(submission);
                }
            }
            producer.flush();
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            clients.shutdownNow();
        }
        return totals(count, originals, viaRest, first);
    }

    /** What a send sent, with this driver's request counters as they stand. */
    private Totals totals(int count, int originals, int viaRest, long firstMicros) {
        return new Totals(count, originals, viaRest, count - viaRest, requests.get(), refusals.get(), firstMicros,
                lastAccepted.get(), requestNanos.get() / 1e6 / Math.max(1, requests.get()));
    }

    /** The same article always goes the same way, whatever the order it is generated in. */
    private static boolean toRest(Article article, double restShare) {
        long h = article.number() * 0x9E3779B97F4A7C15L;
        return ((h >>> 11) % 1000) < restShare * 1000;
    }

    private void publish(Submission submission) {
        Article article = submission.article();
        long submitted = nowMicros();
        producer.send(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED, article.url(), submission.json()), (metadata, e) -> {
            if (e != null) {
                // acks=all with idempotence retries by itself until delivery.timeout.ms; past that, say so loudly.
                System.err.println("raw-topic send failed for article " + article.number() + ": " + e);
                return;
            }
            accepted();
            sent.add(new Sent(article.number(), Channel.KAFKA, submitted, null, article.url(), article.isDuplicate()));
        });
    }

    private void postOne(Submission submission, String token) {
        Article article = submission.article();
        long submitted = nowMicros();
        JsonNode answer = post(single, submission.json(), token);
        sent.add(new Sent(article.number(), Channel.REST, submitted, answer.path("id").asText(null), article.url(),
                article.isDuplicate()));
    }

    private void postBatch(List<Submission> submissions, String token) {
        StringBuilder body = new StringBuilder(submissions.size() * 4500).append('[');
        for (int i = 0; i < submissions.size(); i++) {
            body.append(i == 0 ? "" : ",").append(submissions.get(i).json());
        }
        long submitted = nowMicros();
        JsonNode answer = post(batch, body.append(']').toString(), token);
        JsonNode results = answer.path("results");
        for (int i = 0; i < submissions.size(); i++) {
            Article article = submissions.get(i).article();
            JsonNode result = results.path(i);
            if (!"created".equals(result.path("status").asText()) && !"duplicate".equals(result.path("status").asText())) {
                throw new IllegalStateException("article " + article.number() + " refused: " + result);
            }
            sent.add(new Sent(article.number(), Channel.REST, submitted, result.path("id").asText(null), article.url(),
                    article.isDuplicate()));
        }
    }

    /** POSTs until ingest accepts: 429/503 wait for Retry-After, other failures back off. */
    private JsonNode post(URI uri, String json, String token) {
        long backoff = 100;
        while (true) {
            requests.incrementAndGet();
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                requestNanos.addAndGet(System.nanoTime() - sent);
                if (status == 200 || status == 201) {
                    accepted();
                    return JSON.readTree(response.body());
                }
                if (status == 400 || status == 401 || status == 403 || status == 413) {
                    throw new IllegalStateException("ingest refused a request: HTTP " + status + " " + response.body());
                }
                refusals.incrementAndGet();
                long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(0);
                Thread.sleep(retryAfter > 0 ? retryAfter * 1000 : backoff);
            } catch (IOException e) {
                refusals.incrementAndGet();
                Sleep.millis(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            backoff = Math.min(5000, backoff * 2);
        }
    }

    private void accepted() {
        lastAccepted.accumulateAndGet(nowMicros(), Math::max);
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
