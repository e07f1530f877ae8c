package vn.motcua.core.link.sim;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The simulated ports of this JVM, by name. {@code sim:NAME} links connect to
 * {@code SimPorts.port(NAME)}; a port is made on first use, plugged in, with no device
 * attached ({@code sim:NAME?echo=true} attaches {@link SimDevice#echo()} when it has none).
 */
public final class SimPorts {
    private static final ConcurrentMap<String, SimPort> PORTS = new ConcurrentHashMap<>();

    private SimPorts() {
    }

    /** The port called {@code name}, made on first use. */
    public static SimPort port(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return PORTS.computeIfAbsent(name, SimPort::new);
    }

    /** Forgets a port (its open connection, if any, is dropped). */
    public static void remove(String name) {
        SimPort p = PORTS.remove(name);
        if (p != null) {
            p.unplug();
        }
    }
}
