package vn.motcua.core.internal.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.event.Threads;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.link.spi.LinkEndpoint;

/**
 * Opens a serial port by name with validated settings. On Unix the device file is checked
 * first (exists, is a device, may be read and written) so that the common failures get a
 * precise reason; what only the open itself can tell (a lock held by another process) comes
 * from jSerialComm's error code.
 */
final class SerialEndpoint implements LinkEndpoint {
    /** The read timeout a port is opened with; the first read sets its own. */
    private static final int INITIAL_READ_TIMEOUT_MS = 100;

    private final String uri;
    private final SerialSettings settings;
    private final boolean windows;
    private final ThreadFactory threads;

    SerialEndpoint(String uri, SerialSettings settings, boolean windows, ThreadFactory threads) {
        this.uri = uri;
        this.settings = settings;
        this.windows = windows;
        this.threads = threads;
    }

    SerialSettings settings() {
        return settings;
    }

    /**
     * Opens the port. Opening a serial port does not wait for the device, so {@code timeout}
     * is not needed.
     */
    @Override
    public LinkConnection connect(Duration timeout) {
        String name = settings.port();
        Path path = windows ? null : Path.of(name);
        if (path != null) {
            checkDeviceFile(path);
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(name);
        } catch (SerialPortInvalidPortException e) {
            throw OpenFailures.notFound(uri, name, "no such port");
        } catch (LinkageError e) {
            throw new DeviceUnavailableException(uri, Reason.OTHER, "jSerialComm could not load its native library: " + e,
                    "jSerialComm unpacks its native library into a temporary directory; check that it is writable"
                            + " and not mounted noexec", e);
        }
        port.setComPortParameters(settings.baud(), settings.dataBits(), settings.stopBits().code, settings.parity().code);
        port.setFlowControl(settings.flow().code);
        port.setComPortTimeouts(SerialConnection.TIMEOUT_MODE, INITIAL_READ_TIMEOUT_MS, 0);
        if (!port.openPort(0)) {
            int code = port.getLastErrorCode();
            int location = port.getLastErrorLocation();
            throw OpenFailures.fromOpenError(uri, name, path, code, location, windows, path != null && Files.exists(path));
        }
        Path target = null;
        if (path != null) {
            try {
                target = path.toRealPath();
            } catch (IOException e) {
                port.closePort();
                throw OpenFailures.notFound(uri, name, "the device file disappeared while opening it");
            }
        }
        String device = path != null && !target.equals(path) ? path + " -> " + target : name;
        SerialConnection c = new SerialConnection(uri, port, path, target, device, INITIAL_READ_TIMEOUT_MS,
                Threads.named(threads, "motcua-serial-write " + name));
        c.watchDisconnects();
        return c;
    }

    private void checkDeviceFile(Path path) {
        if (!Files.exists(path)) {
            if (Files.isSymbolicLink(path)) {
                throw OpenFailures.notFound(uri, path.toString(),
                        "the symbolic link points to a device that no longer exists (did the program that made it exit?)");
            }
            throw OpenFailures.notFound(uri, path.toString(), "no such file");
        }
        if (Files.isDirectory(path) || Files.isRegularFile(path)) {
            throw new DeviceUnavailableException(uri, Reason.OTHER,
                    path + ": not a serial port (a " + (Files.isDirectory(path) ? "directory" : "regular file") + ")",
                    "name a serial device such as /dev/ttyUSB0 or /dev/ttyACM0", null);
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            throw OpenFailures.permissionDenied(uri, path);
        }
    }
}
