package vn.motcua.core.link;

import java.time.Duration;

/**
 * A byte pipe to one device (a serial port, a TCP socket, a USB interface, a simulated port)
 * that keeps itself connected.
 *
 * <p>A link owns one I/O thread. That thread connects, reads whatever the device sends, notices
 * when the device goes away (EOF, reset, a disconnect event, an I/O error), moves the link to
 * {@link LinkState#OFFLINE} and reconnects with {@link Backoff}. Received bytes are kept in a
 * bounded buffer for {@link #read}, or handed to a {@link LinkReceiver} when one is set.
 * State changes go to {@link LinkListener}s on the link's event thread.
 *
 * <p>All methods are thread-safe. Writes from several threads are serialised; each write goes
 * to the device whole or fails. {@link #close()} is idempotent and ends both threads.
 */
public interface Link extends AutoCloseable {

    /** The address this link was opened from. */
    LinkUri uri();

    /** The current state. */
    LinkState state();

    /** A snapshot of the counters. */
    LinkStats stats();

    /**
     * Waits until the link is {@link LinkState#READY}.
     *
     * @return true if ready, false if the timeout passed or the link was closed first
     */
    boolean awaitReady(Duration timeout) throws InterruptedException;

    /**
     * Sends all of {@code data[off, off+len)}. Waits up to the write timeout for the link to be
     * ready and for the device to take the bytes.
     *
     * @throws vn.motcua.core.DeviceUnavailableException when the link is not connected within
     *     the timeout or the device went away during the write (the message names the last
     *     error)
     * @throws vn.motcua.core.LinkTimeoutException when the device stopped taking bytes
     * @throws IllegalStateException when the link is closed
     */
    void write(byte[] data, int off, int len);

    /** Sends all of {@code data}; see {@link #write(byte[], int, int)}. */
    default void write(byte[] data) {
        write(data, 0, data.length);
    }

    /**
     * Takes up to {@code len} received bytes, waiting at most {@code timeout} for the first.
     * Bytes received while nobody reads are buffered (up to the configured size).
     *
     * @return the number of bytes copied, 0 when none came within the timeout
     * @throws IllegalStateException when the link is closed, or a {@link LinkReceiver} is set
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    int read(byte[] buf, int off, int len, Duration timeout) throws InterruptedException;

    /**
     * Takes exactly {@code n} received bytes, waiting at most {@code timeout} for them to
     * arrive. Either all {@code n} are taken or none: when fewer arrived in time, they stay
     * buffered for the next read.
     *
     * @throws vn.motcua.core.LinkTimeoutException when fewer than {@code n} arrived in time
     * @throws IllegalArgumentException when {@code n} is negative or larger than the inbound
     *     buffer
     * @throws IllegalStateException as {@link #read}
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    byte[] readExactly(int n, Duration timeout) throws InterruptedException;

    /** Drops every buffered received byte, e.g. before a request that expects a fresh reply. */
    void discardInput();

    /**
     * Sets the receiver of incoming bytes, or {@code null} to go back to buffering for
     * {@link #read}. Bytes already buffered are handed to a new receiver first.
     */
    void setReceiver(LinkReceiver receiver);

    void addListener(LinkListener listener);

    void removeListener(LinkListener listener);

    /** Closes the connection and the link's threads. Idempotent; never throws. */
    @Override
    void close();
}
