package org.pledgewatch.ingest.article.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pledgewatch.ingest")
public interface IngestConfig {

    /** Largest article body, in bytes of UTF-8; keeps every event under Kafka's 1 MiB record limit. */
    @WithDefault("524288")
    int maxBodyBytes();

    /** Most articles in one batch request. */
    @WithDefault("1000")
    int maxBatchItems();

    /** Write requests a second each client (token subject) may make on average. */
    @WithDefault("50")
    double requestsPerSecond();

    /** Store a poll of the raw topic in one transaction; false stores each article in its own (the naive baseline). */
    @WithDefault("true")
    boolean transactionPerBatch();

    /** Write requests a client may make in a burst. */
    @WithDefault("100")
    double requestBurst();
}
