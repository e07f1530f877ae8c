package vn.motcua.core.internal.serial;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Aborts a write that outlives its deadline. A blocking write to a serial port cannot be given
 * a timeout on Linux (jSerialComm ignores its write timeout there, and a port held back by flow
 * control blocks forever), so this thread runs {@code onExpiry} (which closes the port and so
 * unblocks the write) when an armed deadline passes.
 *
 * <p>The thread is started on the first {@link #arm} and ends at {@link #stop()}: a port that
 * is only read from never gets one.
 *
 * <p>Whether the deadline fired is kept here only ({@link #disarm()}, {@link #fired()}); it
 * stays set once the watchdog is stopped.
 */
final class WriteWatchdog {
    private final ThreadFactory threads;
    private final Runnable onExpiry;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Thread thread;
    private boolean armed;
    private long deadline;
    private boolean fired;
    private boolean stopped;

    WriteWatchdog(ThreadFactory threads, Runnable onExpiry) {
        this.threads = threads;
        this.onExpiry = onExpiry;
    }

    /** Starts watching a write that must end by {@code deadlineNanos} ({@link System#nanoTime()}). */
    void arm(long deadlineNanos) {
        lock.lock();
        try {
            if (stopped) {
                return;
            }
            deadline = deadlineNanos;
            armed = true;
            fired = false;
            if (thread == null) {
                thread = threads.newThread(this::run);
                thread.start();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops watching the current write.
     *
     * @return true when the deadline passed and {@code onExpiry} was started (it may still be
     *     running)
     */
    boolean disarm() {
        lock.lock();
        try {
            armed = false;
            changed.signalAll();
            return fired;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the last armed deadline passed and {@code onExpiry} was started. */
    boolean fired() {
        lock.lock();
        try {
            return fired;
        } finally {
            lock.unlock();
        }
    }

    /** Ends the thread and waits briefly for it, unless called from it. Idempotent. */
    void stop() {
        Thread t;
        lock.lock();
        try {
            stopped = true;
            armed = false;
            t = thread;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        lock.lock();
        try {
            while (!stopped) {
                if (!armed) {
                    changed.await();
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    changed.awaitNanos(left);
                    continue;
                }
                armed = false;
                fired = true;
                lock.unlock();
                try {
                    onExpiry.run();
                } finally {
                    lock.lock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
