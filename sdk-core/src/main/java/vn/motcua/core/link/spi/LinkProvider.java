package vn.motcua.core.link.spi;

import java.util.List;
import java.util.Set;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.PortInfo;

/**
 * Makes links for one or more URI schemes. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/vn.motcua.core.link.spi.LinkProvider}) or registered explicitly
 * with {@link vn.motcua.core.link.LinkRegistry.Builder#add}.
 *
 * <p>A provider only knows how to make one connection; reconnection, buffering, counters and
 * events are done for it by the SDK.
 */
public interface LinkProvider {

    /** The schemes this provider serves, in lower case, e.g. {@code serial}. */
    Set<String> schemes();

    /**
     * Checks {@code uri} and returns an endpoint for it. Must not touch the device.
     *
     * @throws IllegalArgumentException naming the bad part of the URI (target or parameter)
     */
    LinkEndpoint endpoint(LinkUri uri);

    /**
     * Lists the ports or devices of this kind that can be seen now, for diagnostics. May be
     * slow (it may open devices to read their descriptors); never throws: a failure is
     * reported as a {@link PortInfo} whose note says what went wrong, or as an empty list.
     */
    default List<PortInfo> discover() {
        return List.of();
    }
}
