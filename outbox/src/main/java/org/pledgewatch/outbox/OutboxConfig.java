package org.pledgewatch.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "pledgewatch.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of the events this service publishes. */
    @WithName("source")
    String source();

    /** Rows published per relay transaction, at most. */
    @WithDefault("500")
    int batchSize();

    /**
     * Payload bytes published per relay transaction, at most (a row larger than that is published alone): what the
     * relay holds in memory until Kafka acknowledges, whatever the size of the events.
     */
    @WithDefault("1048576")
    int batchBytes();

    /** How long the relay sleeps when the outbox is empty and nobody woke it up. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** How long the relay waits for Kafka to acknowledge a batch before it retries the batch. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Longest pause between two attempts while Kafka keeps failing. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** Above this many unpublished events, writers are told to back off (HTTP 503) instead of piling up. */
    @WithDefault("100000")
    long maxBacklog();

    /** How often the Kafka cluster is probed, to notice an outage before a write depends on it. */
    @WithDefault("2s")
    Duration brokerProbeInterval();
}
