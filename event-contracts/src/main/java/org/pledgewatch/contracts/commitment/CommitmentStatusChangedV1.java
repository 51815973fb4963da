package org.pledgewatch.contracts.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pledgewatch.contracts.Event;

/**
 * A tracked commitment moved from one status to another (or appeared, when {@code previousStatus} is null).
 * Keyed by commitment id, so the changes of one commitment stay in order.
 */
public record CommitmentStatusChangedV1(
        UUID id,
        String type,
        int schemaVersion,
        Instant time,
        String key,
        UUID commitmentId,
        String metric,
        List<String> parties,
        BigDecimal targetValue,
        String targetUnit,
        String deadline,
        String previousStatus,
        String status,
        BigDecimal progress,
        String reason) implements Event {

    public static final String TYPE = "org.pledgewatch.commitment.status-changed.v1";
    public static final int SCHEMA_VERSION = 1;
}
