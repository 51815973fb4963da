package org.pledgewatch.commitments.tracking.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.pledgewatch.commitments.tracking.domain.Status;
import org.pledgewatch.commitments.tracking.persistence.CommitmentRepository;

/** Commitments per status, for dashboards and alerts; counted every 30 s rather than at each scrape. */
@ApplicationScoped
public class CommitmentGauges {

    private final CommitmentRepository commitments;
    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    CommitmentGauges(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        for (Status status : Status.values()) {
            Gauge.builder("pledgewatch.commitments", counts, c -> c.getOrDefault(status.name(), 0L))
                    .tag("status", status.name()).description("Commitments per status").register(registry);
        }
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void recount() {
        Map<String, Long> fresh = commitments.countByStatus();
        for (Status status : Status.values()) {
            counts.put(status.name(), fresh.getOrDefault(status.name(), 0L));
        }
    }
}
