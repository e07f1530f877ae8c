package vn.motcua.core.internal.tcp;

import java.util.Set;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.spi.LinkEndpoint;
import vn.motcua.core.link.spi.LinkProvider;

/**
 * {@code tcp://host:port[?keepAlive=true&noDelay=true]}: a TCP socket, e.g. a network receipt
 * printer on its raw port 9100 or a serial-to-Ethernet converter.
 */
public final class TcpLinkProvider implements LinkProvider {
    static final Set<String> PARAMS = Set.of("keepAlive", "noDelay");

    @Override
    public Set<String> schemes() {
        return Set.of("tcp");
    }

    @Override
    public LinkEndpoint endpoint(LinkUri uri) {
        uri.requireKnownParams(PARAMS);
        String target = uri.target();
        if (target.endsWith("/")) {
            target = target.substring(0, target.length() - 1);
        }
        String host;
        String portText;
        if (target.startsWith("[")) {
            int close = target.indexOf(']');
            if (close < 0 || close + 1 >= target.length() || target.charAt(close + 1) != ':') {
                throw new IllegalArgumentException(uri + ": expected tcp://[ipv6]:port");
            }
            host = target.substring(1, close);
            portText = target.substring(close + 2);
        } else {
            int colon = target.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(uri + ": needs a host and a port, e.g. tcp://192.168.1.50:9100");
            }
            host = target.substring(0, colon);
            portText = target.substring(colon + 1);
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(uri + ": port \"" + portText + "\" is not a number", e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(uri + ": port must be within 1..65535, got " + port);
        }
        return new TcpEndpoint(uri.text(), host, port, uri.boolParam("keepAlive", true), uri.boolParam("noDelay", true));
    }
}
