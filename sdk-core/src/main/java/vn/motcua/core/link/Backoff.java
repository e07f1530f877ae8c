package vn.motcua.core.link;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter between reconnection attempts.
 *
 * <p>Attempt {@code n} (from 0) waits {@code min(max, initial * multiplier^n)}, scaled by a
 * random factor in {@code [1 - jitter, 1 + jitter]} so that many devices that lost the same
 * switch do not reconnect in lock step.
 *
 * @param initial the first delay; positive
 * @param max the largest delay before jitter; at least {@code initial}
 * @param multiplier growth per attempt; at least 1
 * @param jitter the relative spread, from 0 (none) to 1
 */
public record Backoff(Duration initial, Duration max, double multiplier, double jitter) {

    /** 100 ms doubling up to 2 s, ±20 %: a replugged device is back within about 2.4 s. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.2);

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial must be positive, got " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max must be at least initial (" + initial + "), got " + max);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be within [0, 1], got " + jitter);
        }
    }

    /**
     * The delay before attempt {@code attempt} (0 for the first retry).
     *
     * @param random a source of uniform values in {@code [0, 1)}
     */
    public Duration delay(int attempt, DoubleSupplier random) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.max(0, Math.min(attempt, 64)));
        double capped = Math.min(base, max.toNanos());
        double factor = 1.0 + jitter * (2.0 * random.getAsDouble() - 1.0);
        return Duration.ofNanos(Math.max(1L, (long) (capped * factor)));
    }
}
