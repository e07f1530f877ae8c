package vn.motcua.core.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.device.spi.DeviceProvider;

/**
 * The device kinds that can be opened, each by its {@link DeviceProvider}. {@link #defaults()}
 * holds those found by {@link ServiceLoader}: sdk-core brings {@code link}; the printer,
 * scanner and display modules bring theirs. An explicit provider overrides a discovered one.
 */
public final class DeviceRegistry {
    private static volatile DeviceRegistry defaults;

    private final Map<String, DeviceProvider> byKind;

    private DeviceRegistry(Map<String, DeviceProvider> byKind) {
        this.byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    }

    /** Every provider on the class path; built once. */
    public static DeviceRegistry defaults() {
        DeviceRegistry r = defaults;
        if (r == null) {
            synchronized (DeviceRegistry.class) {
                r = defaults;
                if (r == null) {
                    r = builder().addDiscovered().build();
                    defaults = r;
                }
            }
        }
        return r;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<DeviceProvider> provider(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The kinds, sorted. */
    public Set<String> kinds() {
        return Collections.unmodifiableSet(new TreeSet<>(byKind.keySet()));
    }

    /** Builds a {@link DeviceRegistry}. */
    public static final class Builder {
        private final Map<String, DeviceProvider> discovered = new LinkedHashMap<>();
        private final Map<String, DeviceProvider> explicit = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds what {@link ServiceLoader} finds; a provider that fails to load is logged and skipped. */
        public Builder addDiscovered() {
            var it = ServiceLoader.load(DeviceProvider.class, DeviceRegistry.class.getClassLoader()).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        return this;
                    }
                    DeviceProvider p = it.next();
                    discovered.putIfAbsent(p.kind(), p);
                } catch (ServiceConfigurationError | LinkageError e) {
                    ErrorHandler.safely(ErrorHandler.logging(), "DeviceRegistry", e);
                }
            }
        }

        public Builder add(DeviceProvider provider) {
            Objects.requireNonNull(provider, "provider");
            explicit.put(provider.kind(), provider);
            return this;
        }

        public DeviceRegistry build() {
            Map<String, DeviceProvider> all = new LinkedHashMap<>(discovered);
            all.putAll(explicit);
            return new DeviceRegistry(all);
        }
    }
}
