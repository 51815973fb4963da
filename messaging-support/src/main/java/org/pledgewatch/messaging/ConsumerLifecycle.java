package org.pledgewatch.messaging;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells consumers that the service is stopping. A record whose processing fails because resources are closing
 * must be left unacknowledged (it is redelivered after the restart), never dead-lettered.
 */
@ApplicationScoped
public class ConsumerLifecycle {

    private static volatile boolean stopping;

    void started(@Observes StartupEvent event) {
        stopping = false;
    }

    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    public static boolean isStopping() {
        return stopping;
    }

    /** Thrown instead of a failure that only happened because the service is stopping. */
    public static final class Stopping extends RuntimeException {
        Stopping(Throwable cause) {
            super("the service is stopping", cause, false, false);
        }
    }
}
