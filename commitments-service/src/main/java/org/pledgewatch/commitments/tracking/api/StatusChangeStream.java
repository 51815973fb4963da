package org.pledgewatch.commitments.tracking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;

import org.pledgewatch.commitments.tracking.messaging.StatusChangeFeed;
import org.pledgewatch.contracts.commitment.CommitmentStatusChangedV1;

@Path("/api/v1/commitments/status-changes")
@Tag(name = "Commitments")
public class StatusChangeStream {

    private final StatusChangeFeed feed;

    StatusChangeStream(StatusChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status changes as they happen (server-sent events)",
            description = "Each event is a commitment status change, as also published on the "
                    + "commitments.status-changed Kafka topic.")
    public Multi<CommitmentStatusChangedV1> stream() {
        return feed.changes();
    }
}
