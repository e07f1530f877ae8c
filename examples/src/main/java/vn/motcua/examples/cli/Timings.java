package vn.motcua.examples.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * Minimum, median and maximum of a set of durations, in nanoseconds.
 *
 * @param count how many durations
 * @param min the shortest
 * @param median the middle one (the mean of the two middle ones for an even count)
 * @param max the longest
 */
record Timings(int count, long min, long median, long max) {

    /** The summary of {@code nanos}; all zero when empty. */
    static Timings of(long[] nanos) {
        if (nanos.length == 0) {
            return new Timings(0, 0, 0, 0);
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        long median = s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
        return new Timings(s.length, s[0], median, s[s.length - 1]);
    }

    /** {@code min 0.120 ms, median 0.200 ms, max 0.400 ms}. */
    String describe() {
        return "min " + millis(min) + ", median " + millis(median) + ", max " + millis(max);
    }

    /** A duration for people: three decimals below 10 ms, one below 1 s, whole ms above. */
    static String millis(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.3f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /** Nanoseconds as microseconds with one decimal, for JSON. */
    static double micros(long nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }
}
