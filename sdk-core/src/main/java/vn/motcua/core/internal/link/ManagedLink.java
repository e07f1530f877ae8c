package vn.motcua.core.internal.link;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.ErrorHandler;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.event.EventDispatcher;
import vn.motcua.core.event.Threads;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkListener;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkReceiver;
import vn.motcua.core.link.LinkState;
import vn.motcua.core.link.LinkStats;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.link.spi.LinkEndpoint;
import vn.motcua.core.internal.time.Timeouts;

/**
 * The {@link Link} every provider's connections are wrapped in: one I/O thread that connects,
 * reads and reconnects with backoff; a bounded inbound buffer; counters; events on an
 * {@link EventDispatcher}.
 */
public final class ManagedLink implements Link {
    private static final Logger LOG = LoggerFactory.getLogger(ManagedLink.class);

    private final LinkUri uri;
    private final LinkEndpoint endpoint;
    private final LinkOptions options;
    private final EventDispatcher events;
    private final Thread io;
    private final CopyOnWriteArrayList<LinkListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock writeLock = new ReentrantLock();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ByteRing inbound;
    private LinkState state = LinkState.CONNECTING;
    private Instant stateSince;
    private LinkConnection current;
    private LinkReceiver receiver;
    private boolean closed;
    private Throwable lastFailure;
    private Instant lastErrorAt;
    private boolean attempted;

    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private ManagedLink(LinkUri uri, LinkEndpoint endpoint, LinkOptions options) {
        this.uri = uri;
        this.endpoint = endpoint;
        this.options = options;
        this.inbound = new ByteRing(options.inboundBufferBytes());
        this.stateSince = options.clock().instant();
        this.events = new EventDispatcher(uri.text(), Threads.named(options.threadFactory(), "motcua-link-events " + uri), options.errorHandler());
        this.io = Threads.named(options.threadFactory(), "motcua-link-io " + uri).newThread(this::run);
    }

    /** Creates the link and starts its I/O thread. */
    public static ManagedLink start(LinkUri uri, LinkEndpoint endpoint, LinkOptions options) {
        ManagedLink link = new ManagedLink(Objects.requireNonNull(uri, "uri"),
                Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(options, "options"));
        link.io.start();
        return link;
    }

    @Override
    public LinkUri uri() {
        return uri;
    }

    @Override
    public LinkState state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public LinkStats stats() {
        lock.lock();
        try {
            long c = connects.get();
            return new LinkStats(bytesRead.get(), bytesWritten.get(), errors.get(), c, Math.max(0, c - 1),
                    dropped.get(), lastFailure == null ? null : String.valueOf(lastFailure.getMessage()),
                    lastErrorAt, state, stateSince);
        } finally {
            lock.unlock();
        }
    }

    /** The last connection or I/O failure, or null. */
    public Throwable lastFailure() {
        lock.lock();
        try {
            return lastFailure;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the first connection attempt has succeeded or failed.
     *
     * @return true if the link is ready
     */
    public boolean awaitFirstAttempt(Duration timeout) throws InterruptedException {
        long left = Timeouts.nanos(timeout);
        lock.lock();
        try {
            while (!attempted && !closed && left > 0) {
                left = changed.awaitNanos(left);
            }
            return state == LinkState.READY;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long left = Timeouts.nanos(timeout);
        lock.lock();
        try {
            while (state != LinkState.READY && !closed) {
                if (left <= 0) {
                    return false;
                }
                left = changed.awaitNanos(left);
            }
            return state == LinkState.READY;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        long deadline = System.nanoTime() + Timeouts.nanos(options.writeTimeout());
        LinkConnection c = awaitConnection(deadline);
        try {
            if (!writeLock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                // Another writer holds the device: not a fault of this connection.
                throw new LinkTimeoutException(uri.text(), "write (waiting for another writer)", options.writeTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceUnavailableException(uri.text(), Reason.OTHER, "interrupted while waiting to write");
        }
        try {
            long left = Math.max(1, deadline - System.nanoTime());
            c.write(data, off, len, Duration.ofNanos(left));
            bytesWritten.addAndGet(len);
        } catch (MotcuaException e) {
            // The device may hold part of the bytes: start the next write on a fresh connection.
            recordError(e);
            c.close();
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    private LinkConnection awaitConnection(long deadline) {
        lock.lock();
        try {
            while (current == null && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    Throwable last = lastFailure;
                    throw new DeviceUnavailableException(uri.text(), Reason.NOT_CONNECTED,
                            "not connected (state " + state + (last == null ? "" : ", last error: " + last.getMessage()) + ")",
                            null, last);
                }
                changed.awaitNanos(left);
            }
            if (closed) {
                throw new IllegalStateException(uri + ": link is closed");
            }
            return current;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceUnavailableException(uri.text(), Reason.OTHER, "interrupted while waiting for the connection");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Duration timeout) throws InterruptedException {
        Objects.checkFromIndexSize(off, len, buf.length);
        long left = Timeouts.nanos(timeout);
        lock.lock();
        try {
            if (receiver != null) {
                throw new IllegalStateException(uri + ": read() while a receiver is set");
            }
            while (inbound.size() == 0) {
                if (closed) {
                    throw new IllegalStateException(uri + ": link is closed");
                }
                if (left <= 0) {
                    return 0;
                }
                left = changed.awaitNanos(left);
            }
            return inbound.read(buf, off, len);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public byte[] readExactly(int n, Duration timeout) throws InterruptedException {
        if (n < 0 || n > options.inboundBufferBytes()) {
            throw new IllegalArgumentException("n must be within 0.." + options.inboundBufferBytes()
                    + " (the inbound buffer size), got " + n);
        }
        long left = Timeouts.nanos(timeout);
        lock.lock();
        try {
            while (true) {
                if (receiver != null) {
                    throw new IllegalStateException(uri + ": readExactly() while a receiver is set");
                }
                if (inbound.size() >= n) {
                    byte[] out = new byte[n];
                    inbound.read(out, 0, n);
                    return out;
                }
                if (closed) {
                    throw new IllegalStateException(uri + ": link is closed");
                }
                if (left <= 0) {
                    throw new LinkTimeoutException(uri.text(), "read of " + n + " bytes (" + inbound.size()
                            + " arrived, kept for the next read)", timeout);
                }
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void discardInput() {
        lock.lock();
        try {
            inbound.clear();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void setReceiver(LinkReceiver r) {
        lock.lock();
        try {
            receiver = r;
            if (r != null && inbound.size() > 0) {
                byte[] chunk = inbound.drain();
                events.submit(() -> r.onBytes(this, chunk));
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void addListener(LinkListener l) {
        Objects.requireNonNull(l, "listener");
        // Under the state lock: a listener hears every change after this returns, none before.
        lock.lock();
        try {
            listeners.add(l);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void removeListener(LinkListener l) {
        listeners.remove(l);
    }

    @Override
    public void close() {
        LinkConnection c;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            c = current;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (c != null) {
            c.close();
        }
        if (Thread.currentThread() != io) {
            try {
                io.join(options.connectTimeout().toMillis() + options.readPoll().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        transition(LinkState.CLOSED, null);
        events.close();
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        byte[] buf = new byte[8192];
        int attempt = 0;
        while (!isClosed()) {
            LinkConnection c;
            try {
                c = endpoint.connect(options.connectTimeout());
            } catch (RuntimeException | LinkageError e) {
                recordError(e);
                transition(LinkState.OFFLINE, e);
                if (!sleep(options.backoff().delay(attempt++, ThreadLocalRandom.current()::nextDouble))) {
                    break;
                }
                continue;
            }
            boolean adopted;
            lock.lock();
            try {
                adopted = !closed;
                if (adopted) {
                    current = c;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
            if (!adopted) {
                c.close();
                break;
            }
            connects.incrementAndGet();
            long connectedAt = System.nanoTime();
            transition(LinkState.READY, null);
            Throwable cause = readUntilLost(c, buf);
            lock.lock();
            try {
                if (current == c) {
                    current = null;
                }
            } finally {
                lock.unlock();
            }
            c.close();
            if (isClosed()) {
                break;
            }
            recordError(cause);
            transition(LinkState.OFFLINE, cause);
            if (System.nanoTime() - connectedAt > options.backoff().max().toNanos()) {
                attempt = 0;
            }
            if (!sleep(options.backoff().delay(attempt++, ThreadLocalRandom.current()::nextDouble))) {
                break;
            }
        }
    }

    private Throwable readUntilLost(LinkConnection c, byte[] buf) {
        try {
            while (!isClosed()) {
                int n = c.read(buf, 0, buf.length, options.readPoll());
                if (n > 0) {
                    deliver(buf, n);
                }
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return e;
        }
    }

    private void deliver(byte[] buf, int n) {
        bytesRead.addAndGet(n);
        lock.lock();
        try {
            LinkReceiver r = receiver;
            if (r != null) {
                byte[] chunk = java.util.Arrays.copyOf(buf, n);
                events.submit(() -> r.onBytes(this, chunk));
            } else {
                int lost = inbound.write(buf, 0, n);
                if (lost > 0 && dropped.getAndAdd(lost) == 0) {
                    LOG.warn("{}: inbound buffer full ({} bytes); dropping the oldest received bytes", uri, options.inboundBufferBytes());
                }
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits {@code d} unless closed first; returns false when closed. */
    private boolean sleep(Duration d) {
        long left = Timeouts.nanos(d);
        lock.lock();
        try {
            while (!closed && left > 0) {
                left = changed.awaitNanos(left);
            }
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void recordError(Throwable e) {
        if (e == null) {
            return;
        }
        errors.incrementAndGet();
        lock.lock();
        try {
            lastFailure = e;
            lastErrorAt = options.clock().instant();
            attempted = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (!(e instanceof MotcuaException)) {
            // A provider let something other than its documented exceptions escape: a bug.
            ErrorHandler.safely(options.errorHandler(), uri.text(), e);
        }
    }

    private void transition(LinkState to, Throwable cause) {
        LinkState from;
        List<LinkListener> ls;
        lock.lock();
        try {
            ls = List.copyOf(listeners);
            from = state;
            if (to == LinkState.READY) {
                attempted = true;
            }
            if (from == to || from == LinkState.CLOSED) {
                return;
            }
            state = to;
            stateSince = options.clock().instant();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (to == LinkState.OFFLINE) {
            LOG.warn("{}: offline: {}", uri, describe(cause));
        } else if (to == LinkState.READY) {
            LOG.info("{}: ready", uri);
        }
        if (!ls.isEmpty()) {
            events.submit(() -> {
                for (LinkListener l : ls) {
                    try {
                        l.onStateChanged(this, from, to, cause);
                    } catch (RuntimeException e) {
                        ErrorHandler.safely(options.errorHandler(), uri.text(), e);
                    }
                }
            });
        }
    }

    /** The cause's message without the URI prefix the SDK's own exceptions carry. */
    private String describe(Throwable cause) {
        if (cause == null) {
            return "connection lost";
        }
        String m = String.valueOf(cause.getMessage());
        String prefix = uri.text() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    @Override
    public String toString() {
        return "Link[" + uri + ", " + state() + "]";
    }
}
