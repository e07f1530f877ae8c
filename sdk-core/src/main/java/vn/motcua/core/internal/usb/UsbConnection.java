package vn.motcua.core.internal.usb;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.link.spi.LinkConnection;

/**
 * One claimed USB interface: reads from its IN endpoint, writes to its OUT endpoint.
 *
 * <p>libusb must not close a handle while a transfer on it is under way, and a synchronous
 * transfer cannot be cut short. So every transfer is split into slices of at most
 * {@link #SLICE_MILLIS}, each counted as "in flight"; {@link #close()} marks the connection
 * closed (no new slice starts), waits for the slices in flight to end, then releases the
 * interface, gives it back to the kernel driver it took it from, and closes the handle. Should
 * a slice outlast the wait (a wedged driver), the last slice to end does the release instead,
 * so close never blocks for long and never frees a handle under a transfer.
 */
final class UsbConnection implements LinkConnection {
    private static final Logger LOG = LoggerFactory.getLogger(UsbConnection.class);

    /** The longest single libusb transfer: bounds how long {@link #close()} waits. */
    static final int SLICE_MILLIS = 250;
    /** The most bytes handed to libusb in one OUT transfer. */
    static final int WRITE_CHUNK = 16 * 1024;
    /** The most bytes asked for in one IN transfer. */
    static final int READ_MAX = 16 * 1024;
    /** How long {@link #close()} waits for transfers in flight before handing the release over. */
    static final long CLOSE_WAIT_MILLIS = SLICE_MILLIS + 2000L;
    /**
     * How long releasing takes at most, beyond the wait for transfers: three short libusb calls
     * (release, reattach the kernel driver, close), each bounded by the kernel's own timeouts.
     */
    static final long RELEASE_MILLIS = 2000L;

    private final String uri;
    private final UsbHandle handle;
    private final UsbPipes pipes;
    private final boolean reattach;
    private final long closeWaitMillis;

    private final Object lock = new Object();
    private int inFlight;
    private boolean closed;
    private boolean releaseWhenIdle;
    /** Counted down once the interface is released and the handle closed. */
    private final CountDownLatch released = new CountDownLatch(1);

    /**
     * Received bytes the caller had no room for; used by the reading thread only. Empty when
     * the interface has no IN endpoint.
     */
    private final byte[] rx;
    private int rxPos;
    private int rxLen;

    /**
     * @param reattach whether the kernel driver was detached from the interface and must get
     *     it back on close
     */
    UsbConnection(String uri, UsbHandle handle, UsbPipes pipes, boolean reattach) {
        this(uri, handle, pipes, reattach, CLOSE_WAIT_MILLIS);
    }

    UsbConnection(String uri, UsbHandle handle, UsbPipes pipes, boolean reattach, long closeWaitMillis) {
        this.closeWaitMillis = closeWaitMillis;
        this.uri = Objects.requireNonNull(uri, "uri");
        this.handle = Objects.requireNonNull(handle, "handle");
        this.pipes = Objects.requireNonNull(pipes, "pipes");
        this.reattach = reattach;
        UsbEndpointInfo in = pipes.in();
        int packet = in == null ? 0 : in.packetSize();
        this.rx = new byte[in == null ? 0 : Math.max(packet, READ_MAX / packet * packet)];
    }

    /** The interface and endpoints in use. */
    UsbPipes pipes() {
        return pipes;
    }

    @Override
    public int read(byte[] buf, int off, int len, Duration timeout) {
        Objects.checkFromIndexSize(off, len, buf.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        if (rxPos < rxLen) {
            return drain(buf, off, len);
        }
        UsbEndpointInfo in = pipes.in();
        if (in == null) {
            idle(timeout);
            probe();
            return 0;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // Ask for whole packets: a device may always send a full one, and a shorter request
        // would overflow. What the caller has no room for is kept for the next read.
        int packet = in.packetSize();
        int request = Math.min(rx.length, (len + packet - 1) / packet * packet);
        boolean haltCleared = false;
        while (true) {
            int n;
            begin();
            try {
                n = handle.transfer(in, rx, 0, request, sliceMillis(deadline));
            } catch (UsbException e) {
                if (e.error() == UsbError.TIMEOUT || e.error() == UsbError.INTERRUPTED) {
                    n = e.transferred();
                } else if (e.error() == UsbError.PIPE && !haltCleared) {
                    clearHalt(in, "read", e);
                    haltCleared = true;
                    n = 0;
                } else {
                    throw lost("read", in, e);
                }
            } finally {
                end();
            }
            if (n > 0) {
                rxPos = 0;
                rxLen = n;
                return drain(buf, off, len);
            }
            ensureOpen();
            if (System.nanoTime() - deadline >= 0) {
                return 0;
            }
        }
    }

    private int drain(byte[] buf, int off, int len) {
        int n = Math.min(len, rxLen - rxPos);
        System.arraycopy(rx, rxPos, buf, off, n);
        rxPos += n;
        return n;
    }

    @Override
    public void write(byte[] buf, int off, int len, Duration timeout) {
        Objects.checkFromIndexSize(off, len, buf.length);
        ensureOpen();
        UsbEndpointInfo out = pipes.out();
        if (out == null) {
            throw new DeviceUnavailableException(uri, Reason.OTHER,
                    "interface " + pipes.iface().label() + " has no OUT endpoint: the device only sends",
                    "name an interface or endpoint that takes data with interface=N or out=0x0N", null);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        int done = 0;
        boolean haltCleared = false;
        while (done < len) {
            if (System.nanoTime() - deadline >= 0) {
                throw new LinkTimeoutException(uri, "USB write to " + out.label() + " (" + (len - done) + " of "
                        + len + " bytes not taken)", timeout);
            }
            begin();
            try {
                int chunk = Math.min(len - done, WRITE_CHUNK);
                done += handle.transfer(out, buf, off + done, chunk, sliceMillis(deadline));
            } catch (UsbException e) {
                if (e.error() == UsbError.TIMEOUT || e.error() == UsbError.INTERRUPTED) {
                    done += e.transferred();
                } else if (e.error() == UsbError.PIPE && !haltCleared) {
                    clearHalt(out, "write", e);
                    haltCleared = true;
                } else {
                    throw lost("write", out, e);
                }
            } finally {
                end();
            }
        }
    }

    /** Called in flight. */
    private void clearHalt(UsbEndpointInfo ep, String op, UsbException stall) {
        LOG.debug("{}: endpoint {} stalled during {}; clearing the halt", uri, ep.label(), op);
        try {
            handle.clearHalt(ep.address());
        } catch (UsbException e) {
            e.addSuppressed(stall);
            throw lost(op, ep, e);
        }
    }

    private static int sliceMillis(long deadline) {
        long left = (deadline - System.nanoTime() + 999_999) / 1_000_000;
        return (int) Math.max(1, Math.min(SLICE_MILLIS, left));
    }

    private DeviceUnavailableException lost(String op, UsbEndpointInfo ep, UsbException e) {
        if (isClosed()) {
            return new DeviceUnavailableException(uri, Reason.DISCONNECTED, "connection closed", null, e);
        }
        String detail;
        switch (e.error()) {
            case NO_DEVICE:
                detail = "the USB device was unplugged or reset";
                break;
            case IO:
                detail = "USB I/O error";
                break;
            case PIPE:
                detail = "endpoint " + ep.label() + " stalled again after its halt was cleared";
                break;
            default:
                detail = "USB transfer failed";
                break;
        }
        return new DeviceUnavailableException(uri, Reason.DISCONNECTED,
                detail + " during " + op + " (" + e.error().libusbName() + ")", null, e);
    }

    private void ensureOpen() {
        if (isClosed()) {
            throw new DeviceUnavailableException(uri, Reason.DISCONNECTED, "connection closed");
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void begin() {
        synchronized (lock) {
            if (closed) {
                throw new DeviceUnavailableException(uri, Reason.DISCONNECTED, "connection closed");
            }
            inFlight++;
        }
    }

    private void end() {
        boolean release = false;
        synchronized (lock) {
            inFlight--;
            if (inFlight == 0) {
                lock.notifyAll();
                release = releaseWhenIdle;
                releaseWhenIdle = false;
            }
        }
        if (release) {
            release();
        }
    }

    /**
     * With no IN endpoint nothing would notice an unplugged device until the next write: ask
     * the OS about the interface's kernel driver instead (an ioctl on Linux, no bus traffic),
     * which fails with NO_DEVICE once the device is gone.
     */
    private void probe() {
        begin();
        try {
            handle.kernelDriverActive(pipes.iface().number());
        } catch (UsbException e) {
            if (e.error() == UsbError.NO_DEVICE || e.error() == UsbError.IO) {
                throw lost("read", null, e);
            }
        } finally {
            end();
        }
    }

    /** Waits out {@code timeout} or until closed, for a read with no IN endpoint. */
    private void idle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long left;
            while (!closed && (left = deadline - System.nanoTime()) > 0) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Closes the connection. Every call returns only once the interface is released and the
     * handle closed (a call that finds another one closing waits for it, up to
     * {@link #closeWaitMillis} plus {@link #RELEASE_MILLIS}), so that a link reconnecting right
     * after its close() does not find its own old claim still held. The exception: a transfer
     * that outlasts the wait, whose end does the release later.
     */
    @Override
    public void close() {
        boolean first;
        boolean idle = false;
        synchronized (lock) {
            first = !closed;
            if (first) {
                closed = true;
                lock.notifyAll();
                idle = awaitIdle();
            }
        }
        if (!first) {
            awaitReleased();
        } else if (idle) {
            release();
        }
    }

    /**
     * Waits, holding {@link #lock}, up to {@link #closeWaitMillis} for the transfers in flight
     * to end. Returns false when one outlasts the wait (or the wait is interrupted): the last
     * one to end then does the release.
     */
    private boolean awaitIdle() {
        long deadline = System.nanoTime() + closeWaitMillis * 1_000_000;
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            LOG.warn("{}: a USB transfer is still under way; the interface is released when it ends", uri);
            releaseWhenIdle = true;
            return false;
        }
        return true;
    }

    /** For a close() that found another one under way: waits, without the lock, for its release. */
    private void awaitReleased() {
        try {
            if (!released.await(closeWaitMillis + RELEASE_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.debug("{}: the interface is not released yet; a transfer still holds it", uri);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs once, with nothing in flight. Never throws. */
    private void release() {
        try {
            releaseAndClose();
        } finally {
            released.countDown();
        }
    }

    private void releaseAndClose() {
        int iface = pipes.iface().number();
        try {
            handle.releaseInterface(iface);
        } catch (RuntimeException e) {
            LOG.debug("{}: release of interface {} failed: {}", uri, iface, e.getMessage());
        }
        if (reattach) {
            try {
                handle.attachKernelDriver(iface);
            } catch (UsbException e) {
                if (e.error() != UsbError.NO_DEVICE) {
                    LOG.warn("{}: could not give interface {} back to its kernel driver: {}", uri, iface, e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: could not give interface {} back to its kernel driver: {}", uri, iface, e.toString());
            }
        }
        try {
            handle.close();
        } catch (RuntimeException e) {
            LOG.debug("{}: closing the USB handle failed: {}", uri, e.toString());
        }
    }
}
