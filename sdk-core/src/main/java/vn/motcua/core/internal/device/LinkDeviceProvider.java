package vn.motcua.core.internal.device;

import vn.motcua.core.config.DeviceConfig;
import vn.motcua.core.device.Device;
import vn.motcua.core.device.LinkDevice;
import vn.motcua.core.device.spi.DeviceEnvironment;
import vn.motcua.core.device.spi.DeviceProvider;

/** Kind {@code link}: a {@link LinkDevice}. */
public final class LinkDeviceProvider implements DeviceProvider {

    @Override
    public String kind() {
        return "link";
    }

    @Override
    public Device open(DeviceConfig config, DeviceEnvironment env) {
        return new LinkDevice(config.id(), kind(), config.link().orElseThrow(
                () -> new IllegalArgumentException(config.id() + ": uri is required for kind link")), env);
    }
}
