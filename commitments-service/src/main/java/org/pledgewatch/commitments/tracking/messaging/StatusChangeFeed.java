package org.pledgewatch.commitments.tracking.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

import org.pledgewatch.contracts.commitment.CommitmentStatusChangedV1;

/**
 * Relays published status changes to server-sent-event subscribers. Every replica reads the whole topic (its
 * own consumer group, from the latest offset), so a dashboard connected to any replica sees every change, and
 * only changes that were committed and published.
 */
@ApplicationScoped
public class StatusChangeFeed {

    private static final Logger LOG = Logger.getLogger(StatusChangeFeed.class);

    private final BroadcastProcessor<CommitmentStatusChangedV1> changes = BroadcastProcessor.create();
    private final ObjectMapper json;

    StatusChangeFeed(ObjectMapper json) {
        this.json = json;
    }

    @Incoming("status-changes-feed")
    void relay(String payload) {
        try {
            changes.onNext(json.readValue(payload, CommitmentStatusChangedV1.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("skipping an unreadable status change: %s", e.getOriginalMessage());
        }
    }

    public Multi<CommitmentStatusChangedV1> changes() {
        return changes;
    }
}
