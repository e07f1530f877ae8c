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
    private static final Duration MIN_PERIOD = Duration.ofMillis(1);

    private final LampConfig config;
    private final DigitalOutput output;
    private final ThreadFactory threadFactory;
    private final ErrorHandler errorHandler;
    private final Consumer<Pi4jLamp> onClose;
    private final Object lock = new Object();

    // guarded by lock
    private ScheduledThreadPoolExecutor scheduler;
    /** The blink that steps may still write for; null when none runs. */
    private Blink current;
    /** The pending step of {@link #current}; null when no blink runs. */
    private ScheduledFuture<?> nextStep;
    private boolean closed;
    private volatile Thread schedulerThread;

    /** One blink, told apart from any later one by identity. */
    private static final class Blink {
        final Duration on;
        final Duration off;

        Blink(Duration on, Duration off) {
            this.on = on;
            this.off = off;
        }
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
            Blink blink = new Blink(on, off);
            write(true);
            current = blink;
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
            scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }
        nextStep = scheduler.schedule(() -> step(blink, light, remaining), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void step(Blink blink, boolean light, int remaining) {
        synchronized (lock) {
            if (closed || blink != current) {
                return;
            }
            try {
                if (light) {
                    write(true);
                    schedule(blink, false, remaining, blink.on);
                } else {
                    write(false);
                    if (remaining == 1) {
                        current = null;
                        nextStep = null;
                    } else {
                        schedule(blink, true, remaining == 0 ? 0 : remaining - 1, blink.off);
                    }
                }
            } catch (RuntimeException e) {
                current = null;
                nextStep = null;
                ErrorHandler.safely(errorHandler, config.name(), e);
            }
        }
    }

    @Override
    public void stopBlink() {
        synchronized (lock) {
            if (closed || nextStep == null) {
                return;
            }
            cancelBlink();
            write(false);
        }
    }

    /** Under lock: makes any running blink stale and drops its next step. */
    private void cancelBlink() {
        current = null;
        if (nextStep != null) {
            nextStep.cancel(false);
            nextStep = null;
        }
    }

    @Override
    public boolean isBlinking() {
        synchronized (lock) {
            return nextStep != null;
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
            ExecutorStop.stop(toStop, Thread.currentThread() == schedulerThread, config.name(), "blink");
        }
        onClose.accept(this);
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
