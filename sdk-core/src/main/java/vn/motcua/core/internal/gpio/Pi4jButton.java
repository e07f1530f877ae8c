package vn.motcua.core.internal.gpio;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.gpio.Button;
import vn.motcua.core.gpio.ButtonConfig;
import vn.motcua.core.gpio.ButtonEvent;
import vn.motcua.core.gpio.ButtonListener;

/**
 * A {@link Button} on a Pi4J digital input. Pi4J's listener only hands each raw level to the
 * event loop; debouncing, long-press timing and listener calls all happen on the loop, so the
 * fields marked "loop only" need no lock.
 *
 * <p>Debouncing: every raw change restarts a timer of {@link ButtonConfig#debounce()}; when a
 * timer expires without a newer change, the raw level has been stable for the whole period and
 * becomes the button's state. A bounce that returns to the previous state gives no event.
 */
final class Pi4jButton implements Button, BoardPart {
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jButton.class);

    private final ButtonConfig config;
    private final DigitalInput input;
    private final EventLoop loop;
    private final ErrorHandler errorHandler;
    private final Consumer<Pi4jButton> onClose;
    private final DigitalStateChangeListener pi4jListener = event -> onRawLevel(event.state());
    private final List<ButtonListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean pressed;

    // loop only
    private boolean initialized;
    private boolean rawHigh;
    private long rawChanges;
    /** The change whose settle timer expired before start(); 0 if none. */
    private long settledBeforeStart;
    private boolean armed;
    private long presses;
    private Instant pressedAt;
    private boolean longPressSent;
    private EventLoop.Timer settleTimer;
    private EventLoop.Timer longPressTimer;

    Pi4jButton(ButtonConfig config, DigitalInput input, EventLoop loop, ErrorHandler errorHandler,
            Consumer<Pi4jButton> onClose) {
        this.config = config;
        this.input = input;
        this.loop = loop;
        this.errorHandler = errorHandler;
        this.onClose = onClose;
        input.addListener(pi4jListener);
        // read after addListener, so that no edge falls between the two; see start()
        boolean high = input.state() == DigitalState.HIGH;
        pressed = config.activeLevel().isActive(high);
        if (pressed) {
            LOG.warn("{}: reads pressed when created (pin {} is {}); its events start after it is released."
                    + " If nothing holds it, check pull and activeLevel", config.name(), config.pin(),
                    high ? "high" : "low");
        }
        loop.execute(() -> start(high));
    }

    /** On Pi4J's thread (a native monitor thread, or the caller of mockState). */
    private void onRawLevel(DigitalState state) {
        if (closed.get() || (state != DigitalState.HIGH && state != DigitalState.LOW)) {
            return;
        }
        boolean high = state == DigitalState.HIGH;
        loop.execute(() -> rawChanged(high));
    }

    /**
     * The level read at creation is the starting point: it gives no event. An edge that Pi4J
     * reported concurrently may have been handled already; its level is at least as recent as
     * the read, so it is kept, and if its debounce period already ran out it settles now.
     */
    private void start(boolean high) {
        if (rawChanges == 0) {
            rawHigh = high;
        }
        armed = !config.activeLevel().isActive(high);
        initialized = true;
        if (settledBeforeStart != 0) {
            settle(settledBeforeStart);
        }
    }

    private void rawChanged(boolean high) {
        if (closed.get()) {
            return;
        }
        rawHigh = high;
        long change = ++rawChanges;
        if (settleTimer != null) {
            settleTimer.cancel();
        }
        settleTimer = loop.schedule(() -> settle(change), config.debounce());
    }

    private void settle(long change) {
        if (closed.get() || change != rawChanges) {
            return;
        }
        if (!initialized) {
            settledBeforeStart = change;
            return;
        }
        settleTimer = null;
        boolean down = config.activeLevel().isActive(rawHigh);
        if (down == pressed) {
            return;
        }
        pressed = down;
        Instant now = loop.now();
        if (down) {
            pressedAt = now;
            longPressSent = false;
            long press = ++presses;
            emit(ButtonEvent.Type.PRESSED, now, Duration.ZERO);
            longPressTimer = loop.schedule(() -> longPress(press), config.longPress());
        } else {
            cancelLongPress();
            if (!armed) {
                armed = true;
                return;
            }
            Duration held = heldSince(pressedAt, now);
            emit(ButtonEvent.Type.RELEASED, now, held);
            if (!longPressSent) {
                emit(ButtonEvent.Type.CLICK, now, held);
            }
        }
    }

    private void longPress(long press) {
        if (closed.get() || press != presses || !pressed || !armed) {
            return;
        }
        longPressTimer = null;
        longPressSent = true;
        Instant now = loop.now();
        emit(ButtonEvent.Type.LONG_PRESS, now, heldSince(pressedAt, now));
    }

    private void cancelLongPress() {
        if (longPressTimer != null) {
            longPressTimer.cancel();
            longPressTimer = null;
        }
    }

    private static Duration heldSince(Instant from, Instant now) {
        Duration held = Duration.between(from, now);
        return held.isNegative() ? Duration.ZERO : held;
    }

    private void emit(ButtonEvent.Type type, Instant at, Duration held) {
        ButtonEvent event = new ButtonEvent(config.name(), type, at, held);
        LOG.debug("{}: {} (held {} ms)", config.name(), type, held.toMillis());
        for (ButtonListener listener : listeners) {
            if (closed.get()) {
                return;
            }
            try {
                listener.onButtonEvent(event);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                ErrorHandler.safely(errorHandler, config.name(), e);
            }
        }
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public int pin() {
        return config.pin();
    }

    ButtonConfig config() {
        return config;
    }

    DigitalInput input() {
        return input;
    }

    @Override
    public boolean isPressed() {
        return pressed && !closed.get();
    }

    @Override
    public void addListener(ButtonListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (closed.get()) {
            throw new IllegalStateException("button '" + config.name() + "' is closed");
        }
        listeners.add(listener);
    }

    @Override
    public void removeListener(ButtonListener listener) {
        listeners.remove(listener);
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        input.removeListener(pi4jListener);
        listeners.clear();
        loop.execute(() -> {
            if (settleTimer != null) {
                settleTimer.cancel();
            }
            cancelLongPress();
        });
        onClose.accept(this);
    }

    @Override
    public String toString() {
        return "Button[" + config.name() + ", bcm " + config.pin() + "]";
    }
}
