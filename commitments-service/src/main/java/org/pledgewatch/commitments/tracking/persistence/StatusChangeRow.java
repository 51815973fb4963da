package org.pledgewatch.commitments.tracking.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of table {@code commitment_status_change}: one step of a commitment's status history. */
public record StatusChangeRow(UUID commitmentId, int sequence, String previousStatus, String status, String reason,
        Instant changedAt) {
}
