package vn.motcua.core.internal.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.link.spi.LinkConnection;

/**
 * One open serial port.
 *
 * <p>Reads are semi-blocking: jSerialComm waits up to the read timeout (in steps of 0.1 s, the
 * unit of the terminal driver's {@code VTIME}; at most 25.5 s) for the first byte. Writes block
 * until the bytes have left the port; a {@link WriteWatchdog} closes the port when a write
 * outlives its timeout.
 *
 * <p>A lost port is noticed four ways, whichever comes first: jSerialComm's
 * {@code LISTENING_EVENT_PORT_DISCONNECTED}; a read that fails (a pseudo-terminal whose other
 * end closed returns {@code EIO} at once, even to a read already waiting); a read that keeps
 * returning nothing at once (end of input); and, on each idle read timeout,
 * {@code bytesAvailable() < 0} or the device file (or the symbolic link the URI names) having
 * disappeared or now pointing at another device.
 */
final class SerialConnection implements LinkConnection {
    private static final Logger LOG = LoggerFactory.getLogger(SerialConnection.class);
    static final int TIMEOUT_MODE = SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING;
    /** VTIME is one byte of tenths of a second. */
    private static final int MAX_READ_TIMEOUT_MS = 25_500;
    /** A semi-blocking read that returns nothing sooner than this did not wait: end of input. */
    private static final long INSTANT_NANOS = 20_000_000L;
    private static final int INSTANT_ZEROS_MEANING_EOF = 3;
    /**
     * How long a second {@link #close()} waits for the first to free the port: jSerialComm's
     * {@code closePort()} waits up to about half a second for its event thread.
     */
    static final long RELEASE_WAIT_MILLIS = 3000;

    private final String uri;
    private final SerialPort port;
    private final Path path;
    private final Path target;
    private final String device;
    private final WriteWatchdog watchdog;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    /** Counted down once the port is closed, so that every close() returns with the port free. */
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean hungUp;
    // Used by the reading thread only.
    private int readTimeoutMs;
    private int instantZeros;

    /**
     * @param port an open port
     * @param path the path the URI names (may be a symbolic link), or null on Windows
     * @param target the real path {@code path} resolved to when the port was opened; null
     *     exactly when {@code path} is
     * @param device the port's name for messages
     * @param readTimeoutMs the read timeout the port was opened with
     */
    SerialConnection(String uri, SerialPort port, Path path, Path target, String device, int readTimeoutMs,
                     ThreadFactory threads) {
        this.uri = uri;
        this.port = port;
        this.path = path;
        this.target = target;
        this.device = device;
        this.readTimeoutMs = readTimeoutMs;
        this.watchdog = new WriteWatchdog(threads, this::abortWrite);
    }

    /**
     * Asks jSerialComm to report a disconnect. Its listener thread is jSerialComm's own (made by
     * its global thread factory) and ends when the port is closed.
     */
    void watchDisconnects() {
        if (!port.addDataListener(new DisconnectListener())) {
            LOG.debug("{}: jSerialComm declined a disconnect listener; relying on read errors", uri);
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Duration timeout) {
        Objects.checkFromIndexSize(off, len, buf.length);
        ensureUsable();
        if (len == 0) {
            return 0;
        }
        int ms = readTimeoutMillis(timeout);
        if (ms != readTimeoutMs) {
            port.setComPortTimeouts(TIMEOUT_MODE, ms, 0);
            readTimeoutMs = ms;
        }
        long start = System.nanoTime();
        int n = port.readBytes(buf, len, off);
        if (n > 0) {
            instantZeros = 0;
            return n;
        }
        ensureUsable();
        if (n < 0) {
            throw lost("read failed (" + Errno.describe(port.getLastErrorCode()) + ")");
        }
        if (port.bytesAvailable() < 0) {
            throw lost("the port stopped answering (" + Errno.describe(port.getLastErrorCode()) + ")");
        }
        checkDeviceFile();
        instantZeros = System.nanoTime() - start < INSTANT_NANOS ? instantZeros + 1 : 0;
        if (instantZeros >= INSTANT_ZEROS_MEANING_EOF) {
            throw lost("the port reports end of input (hung up)");
        }
        return 0;
    }

    /** Rounds to the driver's 0.1 s steps, at least one step, at most 25.5 s. */
    static int readTimeoutMillis(Duration timeout) {
        long ms = Math.max(0, Math.min(timeout.toMillis(), MAX_READ_TIMEOUT_MS));
        long steps = Math.max(1, Math.round(ms / 100.0));
        return (int) (steps * 100);
    }

    /**
     * Fails when the device file is gone or {@code path} now resolves to another device (a udev
     * link such as {@code /dev/serial/by-id/...} that moved, a pty link made again).
     */
    private void checkDeviceFile() {
        if (path == null) {
            return;
        }
        Path now;
        try {
            now = path.toRealPath();
        } catch (IOException e) {
            throw lost("the device file " + path + " disappeared (" + e.getClass().getSimpleName() + ")");
        }
        if (!now.equals(target)) {
            throw lost(path + " now points to " + now + ", no longer to the open " + target);
        }
    }

    @Override
    public void write(byte[] buf, int off, int len, Duration timeout) {
        Objects.checkFromIndexSize(off, len, buf.length);
        ensureUsable();
        long deadline = System.nanoTime() + Math.max(1, timeout.toNanos());
        int done = 0;
        int n = 0;
        boolean timedOut;
        watchdog.arm(deadline);
        try {
            while (done < len) {
                n = port.writeBytes(buf, len - done, off + done);
                if (n < 0) {
                    break;
                }
                done += n;
                if (n == 0) {
                    if (System.nanoTime() - deadline >= 0) {
                        break;
                    }
                    LockSupport.parkNanos(1_000_000L);
                }
            }
        } finally {
            timedOut = watchdog.disarm();
        }
        // The deadline may pass between the last writeBytes and disarm(): the watchdog has then
        // closed (or is closing) the port although every byte went out. The connection is gone
        // either way, so such a write counts as timed out too.
        if (timedOut || (done < len && n == 0)) {
            close();
            throw new LinkTimeoutException(uri, "write (" + done + " of " + len + " bytes confirmed sent; the port was closed)", timeout);
        }
        if (done == len) {
            return;
        }
        ensureUsable();
        throw lost("write failed after " + done + " of " + len + " bytes (" + Errno.describe(port.getLastErrorCode()) + ")");
    }

    private void abortWrite() {
        LOG.debug("{}: write timed out; closing the port to unblock it", uri);
        close();
    }

    private void ensureUsable() {
        if (closed.get()) {
            throw new DeviceUnavailableException(uri, Reason.DISCONNECTED,
                    watchdog.fired() ? "connection closed after a write timed out" : "connection closed");
        }
        if (hungUp) {
            throw lost("the port was disconnected (reported by jSerialComm)");
        }
    }

    private DeviceUnavailableException lost(String detail) {
        return new DeviceUnavailableException(uri, Reason.DISCONNECTED, device + ": " + detail,
                "check the cable and power; the link reconnects by itself when the port is back", null);
    }

    /**
     * Closes the port, which also ends jSerialComm's listener thread and unblocks a read or
     * write. Every call returns only once the port is free to be opened again (a call that finds
     * another one closing waits for it, up to {@link #RELEASE_WAIT_MILLIS}): a link that
     * reconnects right after its close() must not find its own old port still open.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            awaitReleased();
            return;
        }
        closedLatch.countDown();
        try {
            port.closePort();
        } catch (RuntimeException e) {
            LOG.debug("{}: closing the port failed: {}", uri, e.toString());
        } finally {
            released.countDown();
        }
        // After the port, so that a close() on the watchdog's own thread (a write timed out)
        // waiting for the port above is not also waited for here.
        watchdog.stop();
    }

    private void awaitReleased() {
        try {
            if (!released.await(RELEASE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.debug("{}: another close() is still closing the port after {} ms", uri, RELEASE_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class DisconnectListener implements SerialPortDataListener {
        @Override
        public int getListeningEvents() {
            return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
        }

        @Override
        public void serialEvent(SerialPortEvent event) {
            if ((event.getEventType() & SerialPort.LISTENING_EVENT_PORT_DISCONNECTED) == 0) {
                return;
            }
            hungUp = true;
            // jSerialComm reports the hang-up again at once for as long as the port stays open,
            // which would spin this thread; park it until the port is closed instead.
            try {
                closedLatch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
