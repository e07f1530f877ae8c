package vn.motcua.core.event;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import vn.motcua.core.ErrorHandler;

/**
 * One component's event thread: runs submitted events one at a time, in order, on a single
 * thread from a caller-supplied {@link ThreadFactory}.
 *
 * <p>An event that throws is passed to the {@link ErrorHandler} and does not stop the thread.
 * The thread starts on the first event and ends at {@link #close()}, after running the events
 * already submitted (up to a grace period). Submitting after close drops the event.
 */
public final class EventDispatcher implements AutoCloseable {
    private final String source;
    private final ThreadFactory threadFactory;
    private final ErrorHandler errorHandler;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private Thread thread;
    private boolean closed;

    /**
     * @param source names the owner in error reports, e.g. a device id or link URI
     */
    public EventDispatcher(String source, ThreadFactory threadFactory, ErrorHandler errorHandler) {
        this.source = Objects.requireNonNull(source, "source");
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
        this.errorHandler = Objects.requireNonNull(errorHandler, "errorHandler");
    }

    /** Queues {@code event}; returns false (and drops it) when the dispatcher is closed. */
    public boolean submit(Runnable event) {
        Objects.requireNonNull(event, "event");
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            queue.addLast(event);
            if (thread == null) {
                thread = threadFactory.newThread(this::loop);
                thread.start();
            }
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** True when called from this dispatcher's own thread. */
    public boolean isEventThread() {
        lock.lock();
        try {
            return thread == Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (true) {
            Runnable next;
            lock.lock();
            try {
                while (queue.isEmpty() && !closed) {
                    changed.awaitUninterruptibly();
                }
                next = queue.pollFirst();
                if (next == null) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            try {
                next.run();
            } catch (Throwable t) {
                ErrorHandler.safely(errorHandler, source, t);
            }
        }
    }

    /**
     * Stops accepting events, lets the queued ones run, and waits up to one second for the
     * thread to end (not at all when called from the event thread itself). Idempotent.
     */
    @Override
    public void close() {
        Thread t;
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
            t = thread;
        } finally {
            lock.unlock();
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
