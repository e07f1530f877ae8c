package vn.motcua.core.device.spi;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;

/**
 * What a {@link DeviceProvider} is given to open a device with: where links come from, the
 * link defaults, and the threads, error handler and clock of the context.
 *
 * @param links opens the device's link
 * @param linkOptions defaults for the device's link (its thread factory, error handler and
 *     clock are this environment's)
 * @param threadFactory makes the device's threads
 * @param errorHandler receives background errors
 * @param clock the time source
 */
public record DeviceEnvironment(
        LinkRegistry links,
        LinkOptions linkOptions,
        ThreadFactory threadFactory,
        ErrorHandler errorHandler,
        Clock clock) {

    public DeviceEnvironment {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(linkOptions, "linkOptions");
        Objects.requireNonNull(threadFactory, "threadFactory");
        Objects.requireNonNull(errorHandler, "errorHandler");
        Objects.requireNonNull(clock, "clock");
    }
}
