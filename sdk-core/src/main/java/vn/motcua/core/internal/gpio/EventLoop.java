package vn.motcua.core.internal.gpio;

import java.time.Duration;
import java.time.Instant;

/**
 * The single thread on which a board debounces its buttons and calls their listeners. Tasks
 * run one at a time, in order; state touched only by tasks needs no lock.
 */
interface EventLoop {

    /** Runs {@code task} soon; dropped silently once the loop is closed. */
    void execute(Runnable task);

    /** Runs {@code task} after {@code delay}; dropped silently once the loop is closed. */
    Timer schedule(Runnable task, Duration delay);

    /** The current time of the board's clock. */
    Instant now();

    /** Whether the calling thread is the loop's own thread. */
    boolean inLoop();

    /** Stops the loop, dropping pending timers; waits for it unless called from it. Idempotent. */
    void close();

    /** A scheduled task that can be cancelled. */
    interface Timer {
        /** Cancels the task if it has not started. */
        void cancel();
    }
}
