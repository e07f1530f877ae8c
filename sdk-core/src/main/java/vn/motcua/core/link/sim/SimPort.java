package vn.motcua.core.link.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.internal.time.Timeouts;

/**
 * A simulated device port: the device side of a {@code sim:NAME} link, for tests and demos
 * without hardware.
 *
 * <p>The host opens {@code sim:NAME} through a {@link vn.motcua.core.link.LinkRegistry}; the
 * device side (a test, a virtual printer) takes what the host wrote with {@link #receive} or a
 * {@link SimDevice}, and answers with {@link #send}. {@link #unplug()} drops the host's
 * connection and refuses new ones until {@link #plug()}, like pulling a cable. Like a real
 * serial port, only one host connection is open at a time. Thread-safe.
 */
public final class SimPort {
    private static final int MAX_PENDING = 1 << 20;

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<byte[]> toHost = new ArrayDeque<>();
    private final ArrayDeque<byte[]> toDevice = new ArrayDeque<>();
    private int toDeviceBytes;
    private boolean plugged = true;
    private long generation;
    private boolean connected;
    private SimDevice device;

    SimPort(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /**
     * Sets what answers the host's bytes, or {@code null} to queue them for {@link #receive}.
     * The device is called on the host's writing thread, synchronously.
     */
    public void attach(SimDevice d) {
        lock.lock();
        try {
            device = d;
        } finally {
            lock.unlock();
        }
    }

    void attachIfAbsent(SimDevice d) {
        lock.lock();
        try {
            if (device == null) {
                device = d;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends bytes to the host. Dropped when no host is connected, as on a real wire. */
    public void send(byte[] data) {
        Objects.requireNonNull(data, "data");
        lock.lock();
        try {
            if (connected && data.length > 0) {
                toHost.addLast(data.clone());
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the bytes the host wrote (when no {@link SimDevice} is attached), waiting up to
     * {@code timeout} for some.
     *
     * @return the bytes, empty when none came in time
     */
    public byte[] receive(Duration timeout) throws InterruptedException {
        long left = Timeouts.nanos(timeout);
        lock.lock();
        try {
            while (toDevice.isEmpty() && left > 0) {
                left = changed.awaitNanos(left);
            }
            int total = toDeviceBytes;
            byte[] out = new byte[total];
            int pos = 0;
            for (byte[] b : toDevice) {
                System.arraycopy(b, 0, out, pos, b.length);
                pos += b.length;
            }
            toDevice.clear();
            toDeviceBytes = 0;
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Pulls the cable: the host's connection fails and new ones are refused. */
    public void unplug() {
        lock.lock();
        try {
            plugged = false;
            disconnectLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Plugs the cable back in. */
    public void plug() {
        lock.lock();
        try {
            plugged = true;
        } finally {
            lock.unlock();
        }
    }

    public boolean isPlugged() {
        lock.lock();
        try {
            return plugged;
        } finally {
            lock.unlock();
        }
    }

    /** True while a host connection is open. */
    public boolean isConnected() {
        lock.lock();
        try {
            return connected;
        } finally {
            lock.unlock();
        }
    }

    private void disconnectLocked() {
        if (connected) {
            connected = false;
            generation++;
            toHost.clear();
            changed.signalAll();
        }
    }

    // ---- the host side, used by the sim link connection -------------------------------------

    long hostConnect(String uri) {
        lock.lock();
        try {
            if (!plugged) {
                throw new DeviceUnavailableException(uri, Reason.NOT_FOUND, "simulated port \"" + name + "\" is unplugged");
            }
            if (connected) {
                throw new DeviceUnavailableException(uri, Reason.BUSY, "simulated port \"" + name + "\" is already open",
                        "close the other link to it first", null);
            }
            connected = true;
            generation++;
            return generation;
        } finally {
            lock.unlock();
        }
    }

    void hostClose(long gen) {
        lock.lock();
        try {
            if (generation == gen) {
                disconnectLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    int hostRead(String uri, long gen, byte[] buf, int off, int len, Duration timeout) throws InterruptedException {
        long left = Timeouts.nanos(timeout);
        lock.lock();
        try {
            while (true) {
                if (generation != gen || !connected) {
                    throw new DeviceUnavailableException(uri, Reason.DISCONNECTED, "simulated port \"" + name + "\" disconnected");
                }
                if (!toHost.isEmpty() || left <= 0) {
                    break;
                }
                left = changed.awaitNanos(left);
            }
            int n = 0;
            while (n < len && !toHost.isEmpty()) {
                byte[] head = toHost.pollFirst();
                int take = Math.min(head.length, len - n);
                System.arraycopy(head, 0, buf, off + n, take);
                n += take;
                if (take < head.length) {
                    toHost.addFirst(Arrays.copyOfRange(head, take, head.length));
                }
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    void hostWrite(String uri, long gen, byte[] buf, int off, int len) {
        SimDevice d;
        byte[] data = Arrays.copyOfRange(buf, off, off + len);
        lock.lock();
        try {
            if (generation != gen || !connected) {
                throw new DeviceUnavailableException(uri, Reason.DISCONNECTED, "simulated port \"" + name + "\" disconnected");
            }
            d = device;
            if (d == null) {
                if (toDeviceBytes + len > MAX_PENDING) {
                    throw new vn.motcua.core.LinkTimeoutException(uri, "write (simulated device is not reading)", Duration.ZERO);
                }
                toDevice.addLast(data);
                toDeviceBytes += len;
                changed.signalAll();
                return;
            }
        } finally {
            lock.unlock();
        }
        d.onBytes(this, data);
    }
}
