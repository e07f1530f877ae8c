package vn.motcua.core.device.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.device.Device;
import vn.motcua.core.device.DeviceId;
import vn.motcua.core.device.DeviceListener;
import vn.motcua.core.device.DeviceState;
import vn.motcua.core.device.Fault;
import vn.motcua.core.device.FaultSeverity;
import vn.motcua.core.device.Health;
import vn.motcua.core.event.EventDispatcher;
import vn.motcua.core.event.Threads;

/**
 * The bookkeeping every driver needs: state, active faults and listeners, with events on the
 * device's own event thread. A driver calls {@link #moveTo}, {@link #raise} and {@link #clear}
 * from any thread and supplies {@link #metrics()} and {@link #detail()} for its health.
 *
 * <p>A {@link FaultSeverity#BLOCKING} or {@link FaultSeverity#DEGRADED} fault turns a
 * {@code READY} device {@code DEGRADED}; clearing the last one turns it {@code READY} again.
 */
public abstract class AbstractDevice implements Device {
    private static final Logger LOG = LoggerFactory.getLogger(AbstractDevice.class);

    private final DeviceId id;
    private final DeviceEnvironment env;
    private final EventDispatcher events;
    private final CopyOnWriteArrayList<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Map<String, Fault> faults = new LinkedHashMap<>();
    private DeviceState base = DeviceState.CLOSED;
    private DeviceState state = DeviceState.CLOSED;
    private Instant since;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    protected AbstractDevice(DeviceId id, DeviceEnvironment env) {
        this.id = Objects.requireNonNull(id, "id");
        this.env = Objects.requireNonNull(env, "env");
        this.since = env.clock().instant();
        this.events = new EventDispatcher(id.value(), Threads.named(env.threadFactory(), "motcua-device-events " + id), env.errorHandler());
    }

    @Override
    public final DeviceId id() {
        return id;
    }

    protected final DeviceEnvironment env() {
        return env;
    }

    @Override
    public final DeviceState state() {
        synchronized (lock) {
            return state;
        }
    }

    @Override
    public final Health health() {
        DeviceState s;
        Instant t;
        List<Fault> fs;
        synchronized (lock) {
            s = state;
            t = since;
            fs = new ArrayList<>(faults.values());
        }
        return new Health(id, s, t, fs, metrics(), detail(), env.clock().instant());
    }

    /** Counters for {@link #health()}; called on the caller's thread. */
    protected Map<String, Long> metrics() {
        return Map.of();
    }

    /** A one-line summary for {@link #health()}; empty by default. */
    protected String detail() {
        return "";
    }

    @Override
    public final void addListener(DeviceListener l) {
        Objects.requireNonNull(l, "listener");
        // Under the state lock: a listener hears every change after this returns, none before.
        synchronized (lock) {
            listeners.add(l);
        }
    }

    @Override
    public final void removeListener(DeviceListener l) {
        listeners.remove(l);
    }

    /**
     * Moves the device to {@code next} (as the driver sees it; active faults may show it as
     * {@code DEGRADED} instead of {@code READY}). Ignored once the device is closed.
     */
    protected final void moveTo(DeviceState next) {
        Objects.requireNonNull(next, "next");
        DeviceState[] change;
        synchronized (lock) {
            if (closed.get() && next != DeviceState.CLOSED) {
                return;
            }
            base = next;
            change = publishLocked();
        }
        logChange(change);
    }

    /** Raises or updates a fault. */
    protected final void raise(String code, FaultSeverity severity, String message) {
        DeviceState[] change;
        synchronized (lock) {
            Fault old = faults.get(code);
            if (old != null && old.severity() == severity && old.message().equals(message)) {
                return;
            }
            Fault f = new Fault(code, severity, message, old == null ? env.clock().instant() : old.since());
            faults.put(code, f);
            fire(l -> l.onFaultRaised(this, f));
            change = publishLocked();
        }
        LOG.warn("{}: fault {}: {}", id, code, message);
        logChange(change);
    }

    /** Clears a fault if active. */
    protected final void clear(String code) {
        DeviceState[] change;
        synchronized (lock) {
            Fault f = faults.remove(code);
            if (f == null) {
                return;
            }
            fire(l -> l.onFaultCleared(this, f));
            change = publishLocked();
        }
        LOG.info("{}: fault {} cleared", id, code);
        logChange(change);
    }

    /**
     * Recomputes the shown state from the driver's state and the active faults and queues the
     * change event, if any. Called with the lock held.
     *
     * @return {@code {from, to}}, or null when the shown state did not change
     */
    private DeviceState[] publishLocked() {
        boolean impaired = faults.values().stream().anyMatch(f -> f.severity() != FaultSeverity.WARNING);
        DeviceState to = base == DeviceState.READY && impaired ? DeviceState.DEGRADED : base;
        DeviceState from = state;
        if (from == to) {
            return null;
        }
        state = to;
        since = env.clock().instant();
        fire(l -> l.onStateChanged(this, from, to));
        return new DeviceState[] {from, to};
    }

    private void logChange(DeviceState[] change) {
        if (change != null) {
            LOG.info("{}: {} -> {}", id, change[0], change[1]);
        }
    }

    /**
     * Queues {@code event} for the listeners registered now. Called with the state lock held,
     * so events are queued in the order of the changes; the listeners themselves run later on
     * the event thread, outside any lock.
     */
    private void fire(java.util.function.Consumer<DeviceListener> event) {
        List<DeviceListener> ls = List.copyOf(listeners);
        if (ls.isEmpty()) {
            return;
        }
        events.submit(() -> {
            for (DeviceListener l : ls) {
                try {
                    event.accept(l);
                } catch (RuntimeException e) {
                    ErrorHandler.safely(env.errorHandler(), id.value(), e);
                }
            }
        });
    }

    /**
     * Releases the driver's resources: its link, threads, files. Called once by
     * {@link #close()}; must not throw.
     */
    protected abstract void release();

    @Override
    public final void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            release();
        } catch (RuntimeException e) {
            ErrorHandler.safely(env.errorHandler(), id.value(), e);
        }
        moveTo(DeviceState.CLOSED);
        events.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ", " + state() + "]";
    }
}
