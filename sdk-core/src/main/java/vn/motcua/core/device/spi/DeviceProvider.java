package vn.motcua.core.device.spi;

import java.util.List;
import java.util.Set;
import vn.motcua.core.config.DeviceConfig;
import vn.motcua.core.device.Device;

/**
 * Opens devices of one kind ({@code printer}, {@code scanner}, {@code link}, ...) from their
 * configuration. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/vn.motcua.core.device.spi.DeviceProvider}) or given explicitly to a
 * {@link vn.motcua.core.device.DeviceContext}.
 */
public interface DeviceProvider {

    /** The kind this provider opens, in lower case. */
    String kind();

    /** Whether a device of this kind needs a link URI. */
    default boolean needsLink() {
        return true;
    }

    /** The option names this kind accepts; others are reported as unknown. */
    default Set<String> options() {
        return Set.of();
    }

    /**
     * Checks a device's configuration beyond the generic checks (URI syntax and scheme,
     * option names), e.g. that its profile exists.
     *
     * @return problems, each starting with the field name relative to the device, such as
     *     {@code profile: unknown printer profile "TM-T99"}; empty when valid
     */
    default List<String> validate(DeviceConfig config) {
        return List.of();
    }

    /**
     * Opens the device. Returns quickly: connecting happens in the background and shows in
     * the device's state.
     */
    Device open(DeviceConfig config, DeviceEnvironment env);
}
