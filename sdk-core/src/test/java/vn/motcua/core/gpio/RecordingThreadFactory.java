package vn.motcua.core.gpio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link ThreadFactory} that remembers every thread it made, to check that none is leaked. */
public final class RecordingThreadFactory implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    public RecordingThreadFactory(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + count.incrementAndGet());
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    public List<Thread> threads() {
        return List.copyOf(threads);
    }

    public List<Thread> alive() {
        return threads.stream().filter(Thread::isAlive).toList();
    }

    /** Waits until every thread made so far has ended. */
    public void awaitAllEnded() {
        Poll.until("threads to end: " + alive(), () -> alive().isEmpty());
    }
}
