package org.pledgewatch.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while Kafka is unreachable or the outbox backlog is over its bound: writes would be refused. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    OutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        RelayStatus status = relay.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .status(relay.acceptsWrites())
                .withData("kafkaAvailable", status.kafkaAvailable())
                .withData("kafkaStateSince", status.kafkaStateSince().toString())
                .withData("backlog", status.backlog())
                .withData("maxBacklog", status.maxBacklog());
        if (status.lastPublishedAt() != null) {
            response.withData("lastPublishedAt", status.lastPublishedAt().toString());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}
