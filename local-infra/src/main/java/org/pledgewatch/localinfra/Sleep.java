package org.pledgewatch.localinfra;

/** Pauses of the local run, the benchmark and their launchers, which have no use for a checked interruption. */
public final class Sleep {

    private Sleep() {
    }

    /** Sleeps; an interruption keeps the thread's interrupt flag and ends the caller's work with an exception. */
    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
