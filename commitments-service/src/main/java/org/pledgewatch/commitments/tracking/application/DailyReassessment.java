package org.pledgewatch.commitments.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import org.pledgewatch.commitments.facts.application.ExtractionApplier;

/** Deadlines pass without any new article: statuses are reassessed every night. */
@ApplicationScoped
public class DailyReassessment {

    private static final Logger LOG = Logger.getLogger(DailyReassessment.class);

    private final ExtractionApplier applier;

    DailyReassessment(ExtractionApplier applier) {
        this.applier = applier;
    }

    @Scheduled(cron = "{pledgewatch.tracking.reassess-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reassess() {
        long started = System.nanoTime();
        applier.refreshAll();
        LOG.infof("reassessed all commitments in %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}
