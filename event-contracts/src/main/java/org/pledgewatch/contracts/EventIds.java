package org.pledgewatch.contracts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Name-based event ids, so that processing the same input twice (a retry, a replay, a restarted consumer)
 * produces the same id and downstream deduplication recognises it.
 */
public final class EventIds {

    private EventIds() {
    }

    public static UUID of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
    }
}
