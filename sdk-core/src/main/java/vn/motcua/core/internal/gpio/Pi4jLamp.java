package vn.motcua.core.internal.gpio;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.gpio.Lamp;
import vn.motcua.core.gpio.LampConfig;

/**
 * A {@link Lamp} on a Pi4J digital output. One lock guards the output and the blink state; a
 * blink step runs under it and checks that its blink is still the current one, so nothing is
 * written for a blink once {@link #stopBlink()} (or anything that replaces the blink) returned.
 * No listener is ever called under the lock.
 */
final class Pi4jLamp implements Lamp, BoardPart {
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jLamp.class);
    private static final Duration MIN_PERIOD = Duration.ofMillis(1);
    private static final long CLOSE_WAIT_MILLIS = 2_000;

    private final LampConfig config;
    private final DigitalOutput output;
    private final ThreadFactory threadFactory;
    private final ErrorHandler errorHandler;
    private final Consumer<Pi4jLamp> onClose;
    private final Object lock = new Object();

    // guarded by lock
    private ScheduledThreadPoolExecutor scheduler;
    private ScheduledFuture<?> nextStep;
    private long blinkId;
    private boolean blinking;
    private boolean closed;
    private volatile Thread schedulerThread;

    /** One blink: {@code times} lit periods, or 0 for endless. */
    private record Blink(long id, Duration on, Duration off, int times) {
    }

    Pi4jLamp(LampConfig config, DigitalOutput output, ThreadFactory threadFactory, ErrorHandler errorHandler,
            Consumer<Pi4jLamp> onClose) {
        this.config = config;
        this.output = output;
        this.threadFactory = threadFactory;
        this.errorHandler = errorHandler;
        this.onClose = onClose;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public int pin() {
        return config.pin();
    }

    DigitalOutput output() {
        return output;
    }

    @Override
    public void on() {
        set(true);
    }

    @Override
    public void off() {
        set(false);
    }

    private void set(boolean lit) {
        synchronized (lock) {
            checkOpen();
            cancelBlink();
            write(lit);
        }
    }

    @Override
    public void toggle() {
        synchronized (lock) {
            checkOpen();
            cancelBlink();
            write(!litNow());
        }
    }

    @Override
    public boolean isOn() {
        synchronized (lock) {
            return !closed && litNow();
        }
    }

    @Override
    public void blink(Duration on, Duration off, int times) {
        checkPeriod(on, "on");
        checkPeriod(off, "off");
        if (times < 1) {
            throw new IllegalArgumentException("times: must be at least 1, was " + times);
        }
        start(on, off, times);
    }

    @Override
    public void blinkForever(Duration on, Duration off) {
        checkPeriod(on, "on");
        checkPeriod(off, "off");
        start(on, off, 0);
    }

    private static void checkPeriod(Duration period, String field) {
        Objects.requireNonNull(period, field);
        if (period.compareTo(MIN_PERIOD) < 0) {
            throw new IllegalArgumentException(field + ": must be at least 1 ms, was " + period);
        }
    }

    private void start(Duration on, Duration off, int times) {
        synchronized (lock) {
            checkOpen();
            cancelBlink();
            Blink blink = new Blink(++blinkId, on, off, times);
            blinking = true;
            write(true);
            schedule(blink, false, times, on);
        }
    }

    /** Under lock: runs the next phase of {@code blink} after {@code delay}. */
    private void schedule(Blink blink, boolean light, int remaining, Duration delay) {
        if (scheduler == null) {
            scheduler = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = threadFactory.newThread(task);
                schedulerThread = thread;
                return thread;
            });
            scheduler.setRemoveOnCancelPolicy(true);
        }
        nextStep = scheduler.schedule(() -> step(blink, light, remaining), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void step(Blink blink, boolean light, int remaining) {
        synchronized (lock) {
            if (closed || blink.id() != blinkId) {
                return;
            }
            try {
                if (light) {
                    write(true);
                    schedule(blink, false, remaining, blink.on());
                } else {
                    write(false);
                    if (remaining == 1) {
                        blinking = false;
                        nextStep = null;
                    } else {
                        schedule(blink, true, remaining == 0 ? 0 : remaining - 1, blink.off());
                    }
                }
            } catch (RuntimeException e) {
                blinking = false;
                nextStep = null;
                ErrorHandler.safely(errorHandler, config.name(), e);
            }
        }
    }

    @Override
    public void stopBlink() {
        synchronized (lock) {
            if (closed || !blinking) {
                return;
            }
            cancelBlink();
            write(false);
        }
    }

    /** Under lock: makes any running blink stale and drops its next step. */
    private void cancelBlink() {
        blinkId++;
        blinking = false;
        if (nextStep != null) {
            nextStep.cancel(false);
            nextStep = null;
        }
    }

    @Override
    public boolean isBlinking() {
        synchronized (lock) {
            return blinking;
        }
    }

    @Override
    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    @Override
    public void close() {
        ScheduledThreadPoolExecutor toStop;
        synchronized (lock) {
            if (closed) {
                return;
            }
            cancelBlink();
            try {
                write(false);
            } catch (RuntimeException e) {
                ErrorHandler.safely(errorHandler, config.name(), e);
            }
            closed = true;
            toStop = scheduler;
            scheduler = null;
        }
        if (toStop != null) {
            stop(toStop);
        }
        onClose.accept(this);
    }

    private void stop(ScheduledThreadPoolExecutor toStop) {
        toStop.shutdownNow();
        if (Thread.currentThread() == schedulerThread) {
            return;
        }
        try {
            if (!toStop.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: blink thread did not end within {} ms", config.name(), CLOSE_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("lamp '" + config.name() + "' is closed");
        }
    }

    /** Under lock. */
    private boolean litNow() {
        return config.activeLevel().isActive(output.state() == DigitalState.HIGH);
    }

    /** Under lock. */
    private void write(boolean lit) {
        boolean high = lit == config.activeLevel().activeHigh();
        try {
            output.state(high ? DigitalState.HIGH : DigitalState.LOW);
        } catch (RuntimeException e) {
            throw Pi4jContexts.pinFailure(config.pin(), "lamp '" + config.name() + "': write failed", e);
        }
    }

    @Override
    public String toString() {
        return "Lamp[" + config.name() + ", bcm " + config.pin() + "]";
    }
}
