package vn.motcua.core.gpio;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.event.Threads;

/**
 * What a {@link GpioBoard} runs with. {@link #defaults()} suits most applications.
 *
 * @param threadFactory makes the board's event thread and each blinking lamp's thread, which
 *     the board then names {@code motcua-gpio-events} and {@code motcua-gpio-lamp-<name>}; the
 *     default makes daemon threads
 * @param errorHandler receives errors from listeners and background work; the default logs them
 * @param clock stamps {@link ButtonEvent#at()} and measures {@link ButtonEvent#held()}; delays
 *     (debounce, long press, blink) run on the scheduler's monotonic time
 */
public record GpioOptions(ThreadFactory threadFactory, ErrorHandler errorHandler, Clock clock) {

    public GpioOptions {
        Objects.requireNonNull(threadFactory, "threadFactory");
        Objects.requireNonNull(errorHandler, "errorHandler");
        Objects.requireNonNull(clock, "clock");
    }

    /** Daemon threads, errors logged through SLF4J, the system clock in UTC. */
    public static GpioOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GpioOptions}; unset fields take the defaults. Not thread-safe. */
    public static final class Builder {
        private ThreadFactory threadFactory;
        private ErrorHandler errorHandler;
        private Clock clock;

        private Builder() {
        }

        public Builder threadFactory(ThreadFactory threadFactory) {
            this.threadFactory = threadFactory;
            return this;
        }

        public Builder errorHandler(ErrorHandler errorHandler) {
            this.errorHandler = errorHandler;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public GpioOptions build() {
            return new GpioOptions(
                    threadFactory != null ? threadFactory : Threads.daemonFactory("motcua-gpio"),
                    errorHandler != null ? errorHandler : ErrorHandler.logging(),
                    clock != null ? clock : Clock.systemUTC());
        }
    }
}
