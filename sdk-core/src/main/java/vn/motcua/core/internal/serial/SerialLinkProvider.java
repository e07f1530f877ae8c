package vn.motcua.core.internal.serial;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import vn.motcua.core.event.Threads;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.spi.LinkEndpoint;
import vn.motcua.core.link.spi.LinkProvider;

/**
 * {@code serial:PORT[?baud=9600&parity=none&stopBits=1&dataBits=8&flow=none]}: a serial port
 * through jSerialComm.
 *
 * <p>PORT is a path ({@code serial:/dev/ttyUSB0}, {@code serial:///dev/ttyUSB0}, a
 * pseudo-terminal's symbolic link such as {@code serial:/tmp/ttyV0}), a bare name looked up in
 * {@code /dev} ({@code serial:ttyUSB0}), or on Windows {@code serial:COM3}. Parameters:
 * {@code baud} a positive integer (default 9600); {@code parity} none|even|odd|mark|space;
 * {@code stopBits} 1|1.5|2; {@code dataBits} 5..8; {@code flow} none|rtscts|xonxoff.
 */
public final class SerialLinkProvider implements LinkProvider {
    private final ThreadFactory threads;
    private final boolean windows;

    /** The provider {@link java.util.ServiceLoader} makes: daemon write-watchdog threads. */
    public SerialLinkProvider() {
        this(Threads.daemonFactory("motcua-serial-write"));
    }

    /**
     * @param threads makes the thread each connection starts on its first write, to abort a
     *     write that outlives its timeout
     */
    public SerialLinkProvider(ThreadFactory threads) {
        this(threads, SerialTargets.windows());
    }

    SerialLinkProvider(ThreadFactory threads, boolean windows) {
        this.threads = Objects.requireNonNull(threads, "threads");
        this.windows = windows;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("serial");
    }

    /** @throws IllegalArgumentException naming the bad target or parameter and the allowed values */
    @Override
    public LinkEndpoint endpoint(LinkUri uri) {
        return new SerialEndpoint(uri.text(), SerialSettings.parse(uri, windows), windows, threads);
    }

    /** The ports jSerialComm enumerates; pseudo-terminals are never among them (each note says so). */
    @Override
    public List<PortInfo> discover() {
        return SerialDiscovery.list(windows);
    }
}
