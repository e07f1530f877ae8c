package vn.motcua.core.gpio;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition by polling, so tests never depend on how fast something happens. */
public final class Poll {
    /** Generous: a loaded two-core machine must not make a correct test fail. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private Poll() {
    }

    /** Returns once {@code condition} holds; fails with {@code what} after {@link #TIMEOUT}. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
