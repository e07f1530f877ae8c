package vn.motcua.core.link.spi;

import java.time.Duration;

/**
 * One validated address that can be connected to, any number of times in turn.
 */
public interface LinkEndpoint {

    /**
     * Opens one connection, taking at most about {@code timeout}.
     *
     * @throws vn.motcua.core.DeviceUnavailableException with the reason and, where known, a
     *     remedy (which group to join, which driver holds the device)
     */
    LinkConnection connect(Duration timeout);
}
