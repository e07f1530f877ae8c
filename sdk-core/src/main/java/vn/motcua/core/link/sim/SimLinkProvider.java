package vn.motcua.core.link.sim;

import java.time.Duration;
import java.util.Set;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.link.spi.LinkEndpoint;
import vn.motcua.core.link.spi.LinkProvider;

/** {@code sim:NAME[?echo=true]}: a link to {@link SimPorts#port(String) SimPorts.port(NAME)}. */
public final class SimLinkProvider implements LinkProvider {

    @Override
    public Set<String> schemes() {
        return Set.of("sim");
    }

    @Override
    public LinkEndpoint endpoint(LinkUri uri) {
        uri.requireKnownParams(Set.of("echo"));
        if (!uri.target().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException(uri + ": a simulated port name is 1-64 letters, digits, '.', '_' or '-'");
        }
        boolean echo = uri.boolParam("echo", false);
        String name = uri.target();
        return timeout -> {
            SimPort port = SimPorts.port(name);
            if (echo) {
                port.attachIfAbsent(SimDevice.echo());
            }
            long gen = port.hostConnect(uri.text());
            return new Connection(uri.text(), port, gen);
        };
    }

    private static final class Connection implements LinkConnection {
        private final String uri;
        private final SimPort port;
        private final long gen;

        Connection(String uri, SimPort port, long gen) {
            this.uri = uri;
            this.port = port;
            this.gen = gen;
        }

        @Override
        public int read(byte[] buf, int off, int len, Duration timeout) {
            try {
                return port.hostRead(uri, gen, buf, off, len, timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceUnavailableException(uri, Reason.DISCONNECTED, "interrupted");
            }
        }

        @Override
        public void write(byte[] buf, int off, int len, Duration timeout) {
            port.hostWrite(uri, gen, buf, off, len);
        }

        @Override
        public void close() {
            port.hostClose(gen);
        }
    }
}
