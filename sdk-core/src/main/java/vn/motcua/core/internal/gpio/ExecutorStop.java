package vn.motcua.core.internal.gpio;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops the board's single-thread executors: its event loop and its lamps' blink schedulers. */
final class ExecutorStop {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorStop.class);
    static final long WAIT_MILLIS = 2_000;

    private ExecutorStop() {
    }

    /**
     * Shuts {@code executor} down, letting a running task finish. Unless {@code fromItsThread},
     * waits up to {@link #WAIT_MILLIS} for it; a thread still busy then is interrupted and a
     * warning names {@code source} and {@code role}. An interrupted caller interrupts the thread
     * too and keeps its interrupt flag.
     */
    static void stop(ExecutorService executor, boolean fromItsThread, String source, String role) {
        executor.shutdown();
        if (fromItsThread) {
            return;
        }
        try {
            if (!executor.awaitTermination(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: {} thread still busy after {} ms, interrupting it", source, role, WAIT_MILLIS);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
