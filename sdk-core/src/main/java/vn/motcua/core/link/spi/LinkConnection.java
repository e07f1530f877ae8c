package vn.motcua.core.link.spi;

import java.time.Duration;

/**
 * One open connection to a device. The SDK uses it from two threads at most: one reading and
 * one writing at a time; {@link #close()} may come from any thread and must unblock both.
 */
public interface LinkConnection extends AutoCloseable {

    /**
     * Reads at least one byte, waiting at most about {@code timeout}.
     *
     * @return the number of bytes read, or 0 when nothing came in time
     * @throws vn.motcua.core.DeviceUnavailableException with reason
     *     {@link vn.motcua.core.DeviceUnavailableException.Reason#DISCONNECTED} when the device
     *     went away (end of stream, reset, unplugged) or the connection was closed
     */
    int read(byte[] buf, int off, int len, Duration timeout);

    /**
     * Writes all the bytes, taking at most about {@code timeout}.
     *
     * @throws vn.motcua.core.LinkTimeoutException when the device did not take them in time
     * @throws vn.motcua.core.DeviceUnavailableException when the device went away
     */
    void write(byte[] buf, int off, int len, Duration timeout);

    /** Closes the connection and unblocks a pending read or write. Idempotent; never throws. */
    @Override
    void close();
}
