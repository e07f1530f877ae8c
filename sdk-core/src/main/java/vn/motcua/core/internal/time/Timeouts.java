package vn.motcua.core.internal.time;

import java.time.Duration;
import java.util.Objects;

/** Timeouts as nanoseconds, safe for any {@link Duration} a caller may pass. */
public final class Timeouts {
    /** About 73 years: long enough to mean "forever", small enough that deadlines never wrap. */
    public static final long MAX_NANOS = Long.MAX_VALUE / 4;

    private Timeouts() {
    }

    /**
     * {@code timeout} in nanoseconds, capped at {@link #MAX_NANOS} instead of overflowing;
     * negative timeouts stay negative (they mean "do not wait").
     *
     * @throws NullPointerException naming {@code timeout} when it is null
     */
    public static long nanos(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(Duration.ofNanos(MAX_NANOS)) > 0) {
            return MAX_NANOS;
        }
        return timeout.isNegative() ? -1 : timeout.toNanos();
    }
}
