package org.pledgewatch.ingest.replay.application;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress of one replay. */
@Schema(name = "ReplayStatus")
public record ReplayStatus(
        UUID id,
        @Schema(description = "Only articles ingested at or after this instant; all when absent") Instant since,
        long total,
        long published,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    static ReplayStatus started(UUID id, Instant since, long total) {
        return new ReplayStatus(id, since, total, 0, Instant.now(), null, null);
    }

    ReplayStatus progressed(long published) {
        return new ReplayStatus(id, since, total, published, startedAt, null, null);
    }

    ReplayStatus finished(long published, String error) {
        return new ReplayStatus(id, since, total, published, startedAt, Instant.now(), error);
    }

    public boolean isRunning() {
        return finishedAt == null;
    }
}
