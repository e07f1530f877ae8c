package vn.motcua.examples.cli;

import java.util.List;
import java.util.Set;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.device.DeviceRegistry;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.spi.LinkEndpoint;
import vn.motcua.core.link.spi.LinkProvider;

/** Link providers that list fixed ports, or whose discovery fails, for the commands that list ports. */
final class FakeDiscovery implements LinkProvider {
    private final String scheme;
    private final List<PortInfo> ports;
    private final RuntimeException failure;

    private FakeDiscovery(String scheme, List<PortInfo> ports, RuntimeException failure) {
        this.scheme = scheme;
        this.ports = ports;
        this.failure = failure;
    }

    static FakeDiscovery listing(String scheme, PortInfo... ports) {
        return new FakeDiscovery(scheme, List.of(ports), null);
    }

    static FakeDiscovery failing(String scheme, RuntimeException failure) {
        return new FakeDiscovery(scheme, List.of(), failure);
    }

    /** The class path's providers with these added, and the class path's device kinds. */
    static Sdk sdk(LinkProvider... providers) {
        // Only the given providers (and simulated ports): discovery must not see this machine's ports.
        LinkRegistry.Builder b = LinkRegistry.builder().add(new vn.motcua.core.link.sim.SimLinkProvider());
        for (LinkProvider p : providers) {
            b.add(p);
        }
        return Sdk.of(b.build(), DeviceRegistry.defaults());
    }

    @Override
    public Set<String> schemes() {
        return Set.of(scheme);
    }

    @Override
    public LinkEndpoint endpoint(LinkUri uri) {
        return timeout -> {
            throw new DeviceUnavailableException(uri.text(), DeviceUnavailableException.Reason.NOT_FOUND, "fake port");
        };
    }

    @Override
    public List<PortInfo> discover() {
        if (failure != null) {
            throw failure;
        }
        return ports;
    }
}
