package vn.motcua.core.internal.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.event.Threads;
import vn.motcua.core.gpio.Button;
import vn.motcua.core.gpio.ButtonConfig;
import vn.motcua.core.gpio.GpioBoard;
import vn.motcua.core.gpio.GpioOptions;
import vn.motcua.core.gpio.GpioSimulator;
import vn.motcua.core.gpio.Lamp;
import vn.motcua.core.gpio.LampConfig;
import vn.motcua.core.gpio.Pull;

/** A {@link GpioBoard} over a Pi4J 2 {@link Context}. */
public final class Pi4jGpioBoard implements GpioBoard {
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jGpioBoard.class);
    /** Pi4J's own input filter, applied before the SDK's debounce; never longer than that. */
    private static final long PI4J_DEBOUNCE_MAX_MICROS = 10_000;

    private final Context context;
    private final boolean ownsContext;
    private final GpioOptions options;
    private final EventLoop loop;
    private final Pi4jSimulator simulator;
    private final Object lock = new Object();
    // guarded by lock; in creation order
    private final Map<Integer, BoardPart> parts = new LinkedHashMap<>();
    private boolean closed;

    Pi4jGpioBoard(Context context, boolean ownsContext, GpioOptions options, EventLoop loop) {
        this.context = context;
        this.ownsContext = ownsContext;
        this.options = options;
        this.loop = loop;
        this.simulator = Pi4jContexts.isMock(context) ? new Pi4jSimulator(this) : null;
        LOG.info("{}: opened on Pi4J {}", Pi4jContexts.BOARD_URI, simulator != null ? "mock platform" : "providers "
                + context.providers().all().keySet());
    }

    /** The board of this machine, on the Pi4J providers found on the class path. */
    public static Pi4jGpioBoard open(GpioOptions options) {
        Objects.requireNonNull(options, "options");
        return new Pi4jGpioBoard(Pi4jContexts.autoDetected(), true, options, newLoop(options));
    }

    /** A board on Pi4J's mock platform; needs pi4j-plugin-mock on the class path. */
    public static Pi4jGpioBoard mock(GpioOptions options) {
        Objects.requireNonNull(options, "options");
        Context context = Pi4jContexts.mock(Pi4jGpioBoard.class.getClassLoader());
        return new Pi4jGpioBoard(context, true, options, newLoop(options));
    }

    /**
     * A board over a context the caller built, for example with explicit mock providers.
     *
     * @param ownsContext whether {@link #close()} shuts {@code context} down
     * @throws vn.motcua.core.DeviceUnavailableException if {@code context} has no digital input
     *     or output provider (the context is then shut down)
     */
    public static Pi4jGpioBoard over(Context context, boolean ownsContext, GpioOptions options) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(options, "options");
        return new Pi4jGpioBoard(Pi4jContexts.requireGpioProviders(context, true), ownsContext, options, newLoop(options));
    }

    private static EventLoop newLoop(GpioOptions options) {
        return new ExecutorEventLoop(Threads.named(options.threadFactory(), "motcua-gpio-events"), options.clock(),
                options.errorHandler(), Pi4jContexts.BOARD_URI);
    }

    @Override
    public Button button(ButtonConfig config) {
        Objects.requireNonNull(config, "config");
        synchronized (lock) {
            checkOpenAndFree(config.pin(), config.name());
            DigitalInput input = createInput(config);
            if (simulator != null) {
                MockInputs.set(input, idleHigh(config));
            }
            Pi4jButton button = new Pi4jButton(config, input, loop, options.errorHandler(),
                    b -> release(b, input.id()));
            parts.put(config.pin(), button);
            LOG.debug("{}: button on bcm {}", config.name(), config.pin());
            return button;
        }
    }

    private DigitalInput createInput(ButtonConfig config) {
        long micros = Math.min(config.debounce().toNanos() / 1_000, PI4J_DEBOUNCE_MAX_MICROS);
        try {
            return context.create(DigitalInput.newConfigBuilder(context)
                    .id("button-bcm" + config.pin())
                    .name(config.name())
                    .address(config.pin())
                    .pull(pull(config.pull()))
                    .debounce(micros)
                    .build());
        } catch (RuntimeException e) {
            throw Pi4jContexts.pinFailure(config.pin(), "button '" + config.name() + "': cannot open input", e);
        }
    }

    private static PullResistance pull(Pull pull) {
        return switch (pull) {
            case UP -> PullResistance.PULL_UP;
            case DOWN -> PullResistance.PULL_DOWN;
            case NONE -> PullResistance.OFF;
        };
    }

    /** The level a mock input rests at: what its pull resistor gives, else inactive. */
    private static boolean idleHigh(ButtonConfig config) {
        return switch (config.pull()) {
            case UP -> true;
            case DOWN -> false;
            case NONE -> !config.activeLevel().activeHigh();
        };
    }

    @Override
    public Lamp lamp(LampConfig config) {
        Objects.requireNonNull(config, "config");
        synchronized (lock) {
            checkOpenAndFree(config.pin(), config.name());
            DigitalOutput output = createOutput(config);
            Pi4jLamp lamp = new Pi4jLamp(config, output,
                    Threads.named(options.threadFactory(), "motcua-gpio-lamp-" + config.name()),
                    options.errorHandler(), l -> release(l, output.id()));
            parts.put(config.pin(), lamp);
            LOG.debug("{}: lamp on bcm {}", config.name(), config.pin());
            return lamp;
        }
    }

    private DigitalOutput createOutput(LampConfig config) {
        boolean activeHigh = config.activeLevel().activeHigh();
        DigitalState off = activeHigh ? DigitalState.LOW : DigitalState.HIGH;
        try {
            return context.create(DigitalOutput.newConfigBuilder(context)
                    .id("lamp-bcm" + config.pin())
                    .name(config.name())
                    .address(config.pin())
                    .onState(activeHigh ? DigitalState.HIGH : DigitalState.LOW)
                    .initial(off)
                    .shutdown(off)
                    .build());
        } catch (RuntimeException e) {
            throw Pi4jContexts.pinFailure(config.pin(), "lamp '" + config.name() + "': cannot open output", e);
        }
    }

    private void checkOpenAndFree(int pin, String name) {
        if (closed) {
            throw new IllegalStateException("board is closed; cannot create '" + name + "'");
        }
        BoardPart holder = parts.get(pin);
        if (holder != null) {
            throw new IllegalArgumentException("pin: bcm " + pin + " is already used by '" + holder.name() + "'");
        }
    }

    /** Called by a part's close(): frees its Pi4J I/O and its pin. */
    private void release(BoardPart part, String pi4jId) {
        try {
            context.shutdown(pi4jId);
        } catch (RuntimeException e) {
            if (!context.isShutdown()) {
                ErrorHandler.safely(options.errorHandler(), part.name(), e);
            }
        }
        synchronized (lock) {
            parts.remove(part.pin(), part);
        }
    }

    /** The open part on {@code pin}, or null. */
    BoardPart part(int pin) {
        synchronized (lock) {
            return parts.get(pin);
        }
    }

    @Override
    public Optional<GpioSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    @Override
    public void close() {
        List<BoardPart> toClose;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(parts.values());
        }
        Collections.reverse(toClose);
        for (BoardPart part : toClose) {
            try {
                part.close();
            } catch (RuntimeException e) {
                ErrorHandler.safely(options.errorHandler(), part.name(), e);
            }
        }
        loop.close();
        if (ownsContext) {
            try {
                context.shutdown();
            } catch (RuntimeException e) {
                ErrorHandler.safely(options.errorHandler(), Pi4jContexts.BOARD_URI, e);
            }
        }
        LOG.info("{}: closed", Pi4jContexts.BOARD_URI);
    }
}
