package org.pledgewatch.systemtests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.localinfra.PledgewatchStack;
import org.pledgewatch.localinfra.ServiceProcess;

/**
 * Breaks the running system the ways production breaks: a service killed with SIGKILL, the Kafka broker or
 * PostgreSQL stopped and started again (same ports, same data). Keeps a log of every fault, when and for how long.
 */
final class FaultInjector {

    static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(90);

    /** One fault: when it began (since the start of the run), what it was, how long until the system had it back. */
    record Fault(Duration at, String what, Duration outage) {
    }

    private final PledgewatchStack stack;
    private final long runStart;
    private final List<Fault> faults = new ArrayList<>();
    private long kafkaStoppedAt;
    private long postgresStoppedAt;

    FaultInjector(PledgewatchStack stack, long runStartNanos) {
        this.stack = stack;
        this.runStart = runStartNanos;
    }

    /** SIGKILL, a pause, a restart, and the wait until it reports ready again. */
    void killAndRestart(ServiceProcess service, Duration down) throws InterruptedException {
        long start = System.nanoTime();
        service.kill();
        Thread.sleep(down.toMillis());
        service.start().awaitReady(SERVICE_READY_TIMEOUT);
        record(start, "kill -9 " + service.name() + ", restarted", System.nanoTime() - start);
    }

    void stopKafka() {
        kafkaStoppedAt = System.nanoTime();
        stack.infrastructure().kafka().stop();
    }

    void startKafka() {
        stack.infrastructure().kafka().start();
        record(kafkaStoppedAt, "Kafka broker stopped, then started again (same port and log dir)",
                System.nanoTime() - kafkaStoppedAt);
    }

    void stopPostgres() {
        postgresStoppedAt = System.nanoTime();
        stack.infrastructure().postgres().stop();
    }

    void startPostgres() {
        stack.infrastructure().postgres().start();
        record(postgresStoppedAt, "PostgreSQL stopped, then started again (same port and data dir)",
                System.nanoTime() - postgresStoppedAt);
    }

    /** Seconds since the Kafka broker was stopped. */
    Duration sinceKafkaStopped() {
        return Duration.ofNanos(System.nanoTime() - kafkaStoppedAt);
    }

    Duration sincePostgresStopped() {
        return Duration.ofNanos(System.nanoTime() - postgresStoppedAt);
    }

    List<Fault> faults() {
        return List.copyOf(faults);
    }

    private void record(long startNanos, String what, long outageNanos) {
        faults.add(new Fault(Duration.ofNanos(startNanos - runStart), what, Duration.ofNanos(outageNanos)));
    }
}
