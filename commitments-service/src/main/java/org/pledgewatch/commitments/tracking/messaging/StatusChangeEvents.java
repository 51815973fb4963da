package org.pledgewatch.commitments.tracking.messaging;

import java.time.Instant;
import java.util.UUID;

import org.pledgewatch.commitments.facts.domain.Parties;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRow;
import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.commitment.CommitmentStatusChangedV1;

/** Maps a recorded status change to its published event; the id follows from the commitment and the change's rank. */
public final class StatusChangeEvents {

    private StatusChangeEvents() {
    }

    public static CommitmentStatusChangedV1 of(CommitmentRow commitment, String previousStatus, String status,
            String reason, int sequence, Instant at) {
        UUID id = EventIds.of(CommitmentStatusChangedV1.TYPE, commitment.id.toString(), Integer.toString(sequence));
        return new CommitmentStatusChangedV1(id, CommitmentStatusChangedV1.TYPE, CommitmentStatusChangedV1.SCHEMA_VERSION,
                at, commitment.id.toString(), commitment.id, commitment.metric, Parties.parse(commitment.parties).codes(),
                commitment.targetValue, commitment.unit,
                commitment.deadlineYear == null ? null : commitment.deadlineYear.toString(), previousStatus, status,
                commitment.progress, reason);
    }
}
