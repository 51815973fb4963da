package org.pledgewatch.ingest.article.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.pledgewatch.ingest.article.domain.Violation;
import org.pledgewatch.outbox.OutboxRelay;
import org.pledgewatch.web.problems.Problem;
import org.pledgewatch.web.problems.ProblemException;

/**
 * Refuses writes (503 with Retry-After) while articles could not be forwarded: Kafka unreachable, or the
 * outbox backlog over its bound. Nothing is stored for a refused request, so the client's retry is safe.
 */
@ApplicationScoped
class WriteAdmission {

    private static final int RETRY_AFTER_SECONDS = 5;

    private final OutboxRelay relay;

    WriteAdmission(OutboxRelay relay) {
        this.relay = relay;
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
