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
}
