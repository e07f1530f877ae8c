package vn.motcua.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkListener;
import vn.motcua.core.link.LinkState;

/** Records a link's state changes, in order, and lets a test wait for one. */
public final class StateRecorder implements LinkListener {
    private final List<LinkState> states = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    @Override
    public synchronized void onStateChanged(Link link, LinkState from, LinkState to, Throwable cause) {
        states.add(to);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    public synchronized List<LinkState> states() {
        return List.copyOf(states);
    }

    public synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** Forgets what was recorded so far. */
    public synchronized void clear() {
        states.clear();
        threads.clear();
    }

    /**
     * Waits until {@code state} has been recorded since the last {@link #clear()}.
     *
     * @return true if it was, false on timeout
     */
    public synchronized boolean await(LinkState state, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!states.contains(state)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
