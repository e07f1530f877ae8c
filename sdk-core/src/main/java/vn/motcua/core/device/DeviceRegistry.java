package vn.motcua.core.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.core.device.spi.DeviceProvider;
import vn.motcua.core.internal.spi.ServiceProviders;

/**
 * The device kinds that can be opened, each by its {@link DeviceProvider}. {@link #defaults()}
 * holds those found by {@link ServiceLoader}: sdk-core brings {@code link}; the printer,
 * scanner and display modules bring theirs. An explicit provider overrides a discovered one.
 */
public final class DeviceRegistry {
    private final Map<String, DeviceProvider> byKind;

    private DeviceRegistry(Map<String, DeviceProvider> byKind) {
        this.byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    }

    /** Every provider on the class path; built once, on first use. */
    public static DeviceRegistry defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final DeviceRegistry INSTANCE = builder().addDiscovered().build();
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
            for (DeviceProvider p : ServiceProviders.load(DeviceProvider.class, DeviceRegistry.class)) {
                discovered.putIfAbsent(p.kind(), p);
            }
            return this;
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
