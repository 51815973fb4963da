package org.pledgewatch.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every Pledgewatch event carries, whatever its payload: these five values are also written as
 * CloudEvents headers so that consumers can route and deduplicate without parsing the body.
 */
public interface Event {

    /** Unique and deterministic: replaying the same input yields the same id. */
    UUID id();

    /** CloudEvents type, which names the schema version, e.g. {@code org.pledgewatch.article.ingested.v1}. */
    String type();

    int schemaVersion();

    Instant time();

    /** The Kafka record key; all events about one aggregate share it and so stay in order. */
    String key();
}
