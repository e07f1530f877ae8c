package vn.motcua.core.link;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.event.Threads;

/**
 * How a {@link Link} behaves: timeouts, reconnection backoff, buffering and the threads it
 * runs on. Immutable; build with {@link #builder()}.
 *
 * @param connectTimeout how long one connection attempt may take
 * @param writeTimeout how long a write may wait for the link to be ready and for the device
 *     to take the bytes
 * @param readPoll how often the I/O thread wakes while idle (bounds how late a close is seen)
 * @param backoff delays between reconnection attempts
 * @param inboundBufferBytes how many received bytes are kept for {@link Link#read} before
 *     the oldest are dropped
 * @param threadFactory makes the link's I/O and event threads
 * @param errorHandler receives background errors and listener failures
 * @param clock stamps state changes and errors
 */
public record LinkOptions(
        Duration connectTimeout,
        Duration writeTimeout,
        Duration readPoll,
        Backoff backoff,
        int inboundBufferBytes,
        ThreadFactory threadFactory,
        ErrorHandler errorHandler,
        Clock clock) {

    public LinkOptions {
        positive(connectTimeout, "connectTimeout");
        positive(writeTimeout, "writeTimeout");
        positive(readPoll, "readPoll");
        Objects.requireNonNull(backoff, "backoff");
        if (inboundBufferBytes < 1) {
            throw new IllegalArgumentException("inboundBufferBytes must be positive, got " + inboundBufferBytes);
        }
        Objects.requireNonNull(threadFactory, "threadFactory");
        Objects.requireNonNull(errorHandler, "errorHandler");
        Objects.requireNonNull(clock, "clock");
    }

    private static void positive(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, got " + d);
        }
    }

    /** Connect 3 s, write 5 s, poll 200 ms, {@link Backoff#DEFAULT}, 1 MiB inbound, daemon threads. */
    public static LinkOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.writeTimeout = writeTimeout;
        b.readPoll = readPoll;
        b.backoff = backoff;
        b.inboundBufferBytes = inboundBufferBytes;
        b.threadFactory = threadFactory;
        b.errorHandler = errorHandler;
        b.clock = clock;
        return b;
    }

    /** Builds {@link LinkOptions}; every field has a default. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(3);
        private Duration writeTimeout = Duration.ofSeconds(5);
        private Duration readPoll = Duration.ofMillis(200);
        private Backoff backoff = Backoff.DEFAULT;
        private int inboundBufferBytes = 1 << 20;
        private ThreadFactory threadFactory = Threads.daemonFactory("motcua-link");
        private ErrorHandler errorHandler = ErrorHandler.logging();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder connectTimeout(Duration v) { this.connectTimeout = v; return this; }

        public Builder writeTimeout(Duration v) { this.writeTimeout = v; return this; }

        public Builder readPoll(Duration v) { this.readPoll = v; return this; }

        public Builder backoff(Backoff v) { this.backoff = v; return this; }

        public Builder inboundBufferBytes(int v) { this.inboundBufferBytes = v; return this; }

        public Builder threadFactory(ThreadFactory v) { this.threadFactory = v; return this; }

        public Builder errorHandler(ErrorHandler v) { this.errorHandler = v; return this; }

        public Builder clock(Clock v) { this.clock = v; return this; }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public LinkOptions build() {
            return new LinkOptions(connectTimeout, writeTimeout, readPoll, backoff, inboundBufferBytes,
                    threadFactory, errorHandler, clock);
        }
    }
}
