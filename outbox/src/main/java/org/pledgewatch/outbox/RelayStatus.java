package org.pledgewatch.outbox;

import java.time.Instant;

/** What the outbox relay reports to health checks and to writers deciding whether to accept work. */
public record RelayStatus(
        boolean kafkaAvailable,
        Instant kafkaStateSince,
        long backlog,
        long maxBacklog,
        Instant lastPublishedAt,
        String lastError) {
}
