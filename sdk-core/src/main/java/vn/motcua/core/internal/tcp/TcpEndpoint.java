package vn.motcua.core.internal.tcp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.link.spi.LinkEndpoint;

final class TcpEndpoint implements LinkEndpoint {
    private final String uri;
    private final String host;
    private final int port;
    private final boolean keepAlive;
    private final boolean noDelay;

    TcpEndpoint(String uri, String host, int port, boolean keepAlive, boolean noDelay) {
        this.uri = uri;
        this.host = host;
        this.port = port;
        this.keepAlive = keepAlive;
        this.noDelay = noDelay;
    }

    @Override
    public LinkConnection connect(Duration timeout) {
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open();
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.SO_KEEPALIVE, keepAlive);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
            if (!ch.connect(new InetSocketAddress(host, port))) {
                try (Selector sel = Selector.open()) {
                    ch.register(sel, SelectionKey.OP_CONNECT);
                    if (sel.select(Math.max(1, timeout.toMillis())) == 0) {
                        throw new DeviceUnavailableException(uri, Reason.REFUSED,
                                "no answer from " + host + ":" + port + " within " + timeout.toMillis() + " ms",
                                "check that the device is on and reachable from this machine", null);
                    }
                    ch.finishConnect();
                }
            }
            TcpConnection c = new TcpConnection(uri, ch);
            ch = null;
            return c;
        } catch (UnresolvedAddressException e) {
            throw new DeviceUnavailableException(uri, Reason.NOT_FOUND, "cannot resolve host \"" + host + "\"",
                    "check the name or use the device's IP address", e);
        } catch (ConnectException e) {
            throw new DeviceUnavailableException(uri, Reason.REFUSED,
                    "connection refused by " + host + ":" + port,
                    "is the device on and listening on port " + port + "?", e);
        } catch (NoRouteToHostException e) {
            throw new DeviceUnavailableException(uri, Reason.NOT_FOUND, "no route to " + host, "check the network cable and address", e);
        } catch (IOException e) {
            throw new DeviceUnavailableException(uri, Reason.OTHER, "cannot connect: " + e.getMessage(), null, e);
        } finally {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
            }
        }
    }
}
