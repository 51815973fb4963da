package org.pledgewatch.systemtests.faults;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What ingest answered, per phase of the run (HTTP status, or "no answer" while it was down), how often the feed
 * had to retry a record, and every 503 that was not a proper refusal (problem+json with a Retry-After delay).
 */
final class AnswerLog {

    static final int NO_ANSWER = -1;
    private static final String FEED_RETRY = "feed record retried";

    private final Map<String, Map<String, Integer>> byPhase = new LinkedHashMap<>();
    private final List<String> improperRefusals = Collections.synchronizedList(new ArrayList<>());
    private volatile String phase = "warm-up";

    void phase(String name) {
        phase = name;
    }

    /** An answer of {@code endpoint} ("single" or "batch"): its HTTP status, or {@link #NO_ANSWER}. */
    void record(String endpoint, int status) {
        count(endpoint + " " + (status == NO_ANSWER ? "no answer" : String.valueOf(status)));
    }

    void recordFeedRetry() {
        count(FEED_RETRY);
    }

    /** A 503 must say why in problem+json and when to come back. */
    void checkRefusal(HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String retryAfter = response.headers().firstValue("Retry-After").orElse("");
        boolean problem = contentType.startsWith("application/problem+json") && response.body().contains("\"status\":503");
        boolean delay = retryAfter.matches("\\d+") && Long.parseLong(retryAfter) > 0;
        if (!problem || !delay) {
            improperRefusals.add("503 with Content-Type '" + contentType + "', Retry-After '" + retryAfter + "': "
                    + response.body());
        }
    }

    List<String> improperRefusals() {
        synchronized (improperRefusals) {
            return List.copyOf(improperRefusals);
        }
    }

    /** Answers of {@code phase} that were server errors other than a refusal (5xx but 503), with their counts. */
    synchronized Map<String, Integer> serverErrors(String phase) {
        Map<String, Integer> errors = new TreeMap<>();
        byPhase.getOrDefault(phase, Map.of()).forEach((outcome, count) -> {
            if (outcome.matches("\\w+ 5\\d\\d") && !outcome.endsWith(" 503")) {
                errors.put(outcome, count);
            }
        });
        return errors;
    }

    synchronized Map<String, Map<String, Integer>> byPhase() {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        byPhase.forEach((name, counts) -> copy.put(name, new TreeMap<>(counts)));
        return copy;
    }

    private synchronized void count(String outcome) {
        byPhase.computeIfAbsent(phase, name -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }
}
