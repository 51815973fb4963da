package org.pledgewatch.ingest.article.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.pledgewatch.ingest.article.application.IngestConfig;
import org.pledgewatch.ingest.article.domain.RequestRate;
import org.pledgewatch.ingest.article.domain.Violation;
import org.pledgewatch.outbox.OutboxRelay;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;

/**
 * Decides whether a write may proceed: 429 with Retry-After when the client exceeds its request rate; 503 with
 * Retry-After while articles could not be forwarded (Kafka unreachable, or the outbox backlog over its bound).
 * Nothing is stored for a refused request, so the client's retry is safe.
 */
@ApplicationScoped
class WriteAdmission {

    private static final int RETRY_AFTER_SECONDS = 5;

    private final OutboxRelay relay;
    private final RequestRate rate;

    WriteAdmission(OutboxRelay relay, IngestConfig config) {
        this.relay = relay;
        this.rate = new RequestRate(config.requestsPerSecond(), config.requestBurst(), System::nanoTime);
    }

    /** Counts the request against the client's rate; call first, before any work is done for it. */
    void checkRate(SecurityIdentity client) {
        long waitSeconds = rate.acquire(client.getPrincipal().getName());
        if (waitSeconds > 0) {
            throw new ProblemException(Problem.of(429, "too-many-requests", "Too many requests",
                    "This client sends writes faster than it may; retry after the Retry-After delay."),
                    (int) Math.max(1, waitSeconds));
        }
    }

    void check() {
        if (!relay.acceptsWrites()) {
            throw new ProblemException(Problem.of(503, "kafka-unavailable", "Temporarily unable to accept articles",
                    "Articles cannot be forwarded right now; nothing was stored. Retry later."), RETRY_AFTER_SECONDS);
        }
    }

    static List<Problem.FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList();
    }
}
