package vn.motcua.core.device;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.config.DeviceConfig;
import vn.motcua.core.config.MotcuaConfig;
import vn.motcua.core.device.spi.DeviceEnvironment;
import vn.motcua.core.device.spi.DeviceProvider;
import vn.motcua.core.event.Threads;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.internal.time.Timeouts;

/**
 * The devices of one configuration, opened together in the configuration's order and closed
 * together in reverse order. Immutable once built: the configuration is sealed while the
 * devices run.
 *
 * <pre>{@code
 * try (DeviceContext devices = DeviceContext.open(MotcuaConfig.load(Path.of("kiosk.json")))) {
 *     LinkDevice printer = devices.device(DeviceId.of("printer-1"), LinkDevice.class);
 *     ...
 * }
 * }</pre>
 */
public final class DeviceContext implements AutoCloseable {
    private final MotcuaConfig config;
    private final Map<DeviceId, Device> devices;
    private final ErrorHandler errorHandler;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DeviceContext(MotcuaConfig config, Map<DeviceId, Device> devices, ErrorHandler errorHandler) {
        this.config = config;
        this.devices = Collections.unmodifiableMap(devices);
        this.errorHandler = errorHandler;
    }

    /** Opens every device of {@code config} with the default registries and options. */
    public static DeviceContext open(MotcuaConfig config) {
        return builder(config).build();
    }

    public static Builder builder(MotcuaConfig config) {
        return new Builder(config);
    }

    public MotcuaConfig config() {
        return config;
    }

    /** The devices, in configuration order. */
    public List<Device> devices() {
        return List.copyOf(devices.values());
    }

    public Optional<Device> device(DeviceId id) {
        return Optional.ofNullable(devices.get(id));
    }

    /**
     * The device {@code id} as a {@code type}.
     *
     * @throws IllegalArgumentException when there is no such device or it is of another type
     */
    public <T extends Device> T device(DeviceId id, Class<T> type) {
        Device d = devices.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no device \"" + id + "\" (devices: " + devices.keySet() + ")");
        }
        if (!type.isInstance(d)) {
            throw new IllegalArgumentException("device \"" + id + "\" is a " + d.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(d);
    }

    /**
     * Waits until every device is usable ({@link DeviceState#isUsable()}) or the timeout passes.
     *
     * @return true if all became usable
     */
    public boolean awaitUsable(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + Timeouts.nanos(timeout);
        while (true) {
            if (devices.values().stream().allMatch(d -> d.state().isUsable())) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(20);
        }
    }

    /** A health snapshot of every device, in configuration order. */
    public List<Health> health() {
        List<Health> out = new ArrayList<>();
        for (Device d : devices.values()) {
            out.add(d.health());
        }
        return out;
    }

    /** Closes every device in reverse order. Idempotent; never throws. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeAll(new ArrayList<>(devices.values()), errorHandler);
    }

    private static void closeAll(List<Device> opened, ErrorHandler errorHandler) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            Device d = opened.get(i);
            try {
                d.close();
            } catch (RuntimeException e) {
                ErrorHandler.safely(errorHandler, d.id().value(), e);
            }
        }
    }

    /** Builds and opens a {@link DeviceContext}. */
    public static final class Builder {
        private final MotcuaConfig config;
        private DeviceRegistry kinds = DeviceRegistry.defaults();
        private LinkRegistry links = LinkRegistry.defaults();
        private LinkOptions linkOptions = LinkOptions.defaults();
        private ThreadFactory threadFactory = Threads.daemonFactory("motcua-device");
        private ErrorHandler errorHandler = ErrorHandler.logging();
        private Clock clock = Clock.systemUTC();

        private Builder(MotcuaConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        public Builder kinds(DeviceRegistry v) { this.kinds = Objects.requireNonNull(v, "kinds"); return this; }

        public Builder links(LinkRegistry v) { this.links = Objects.requireNonNull(v, "links"); return this; }

        public Builder linkOptions(LinkOptions v) { this.linkOptions = Objects.requireNonNull(v, "linkOptions"); return this; }

        public Builder threadFactory(ThreadFactory v) { this.threadFactory = Objects.requireNonNull(v, "threadFactory"); return this; }

        public Builder errorHandler(ErrorHandler v) { this.errorHandler = Objects.requireNonNull(v, "errorHandler"); return this; }

        public Builder clock(Clock v) { this.clock = Objects.requireNonNull(v, "clock"); return this; }

        /**
         * Opens every device in configuration order. If one fails to open, those already
         * opened are closed in reverse order and the failure is thrown.
         *
         * @throws IllegalArgumentException when a device's kind is not known to the registry
         */
        public DeviceContext build() {
            DeviceEnvironment env = new DeviceEnvironment(links, linkOptions, threadFactory, errorHandler, clock);
            Map<DeviceId, Device> opened = new LinkedHashMap<>();
            try {
                for (DeviceConfig dc : config.devices()) {
                    DeviceProvider p = kinds.provider(dc.kind()).orElseThrow(() -> new IllegalArgumentException(
                            dc.id() + ": unknown kind \"" + dc.kind() + "\" (known: " + String.join(", ", kinds.kinds()) + ")"));
                    opened.put(dc.id(), p.open(dc, env));
                }
            } catch (RuntimeException e) {
                closeAll(new ArrayList<>(opened.values()), errorHandler);
                throw e;
            }
            return new DeviceContext(config, opened, errorHandler);
        }
    }
}
