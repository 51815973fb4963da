package org.pledgewatch.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * Runs a unit of work until it succeeds, waiting out failures that time will fix (the database restarting,
 * a deadlock, a pool briefly exhausted). Other failures are retried a few times and then thrown, so that the
 * caller can dead-letter the input instead of blocking its partition forever. While the service stops, it gives up
 * with {@link ConsumerLifecycle.Stopping}: the caller then leaves its input unacknowledged.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);
    private static final int MAX_PERMANENT_ATTEMPTS = 3;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private TransientFailures() {
    }

    public static <T> T retry(String what, Supplier<T> work) {
        int attempt = 0;
        int permanentFailures = 0;
        while (true) {
            attempt++;
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (ConsumerLifecycle.isStopping()) {
                    throw new ConsumerLifecycle.Stopping(e);
                }
                if (!isTransient(e) && ++permanentFailures >= MAX_PERMANENT_ATTEMPTS) {
                    throw e;
                }
                Duration pause = Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 50L << Math.min(attempt, 10)));
                LOG.warnf("%s failed (attempt %d, %s), retrying in %d ms: %s", what, attempt,
                        isTransient(e) ? "transient" : "unexpected", pause.toMillis(), rootMessage(e));
                sleep(pause);
            }
        }
    }

    public static void retry(String what, Runnable work) {
        retry(what, () -> {
            work.run();
            return null;
        });
    }

    /** Connection loss, server shutdown, serialisation failures, deadlocks and pool timeouts. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        if (state == null) {
            return false;
        }
        // 08: connection exception; 40001: serialization failure; 40P01: deadlock; 57P0x: server shutting down;
        // 53300: too many connections.
        return state.startsWith("08") || state.equals("40001") || state.equals("40P01") || state.startsWith("57P")
                || state.equals("53300");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumerLifecycle.Stopping(e);
        }
    }
}
