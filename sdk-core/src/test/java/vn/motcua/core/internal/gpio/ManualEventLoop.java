package vn.motcua.core.internal.gpio;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * An {@link EventLoop} on virtual time, run by the test thread: tasks run only inside
 * {@link #advance(Duration)}, in order of due time, then of submission. Not thread-safe; tasks
 * that throw fail the test.
 */
final class ManualEventLoop implements EventLoop {
    static final Instant EPOCH = Instant.parse("2025-03-01T01:00:00Z");

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long nowNanos;
    private long submitted;
    private boolean running;
    private boolean closed;

    private static final class Task implements Comparable<Task> {
        final long due;
        final long order;
        final Runnable body;
        boolean cancelled;

        Task(long due, long order, Runnable body) {
            this.due = due;
            this.order = order;
            this.body = body;
        }

        @Override
        public int compareTo(Task other) {
            int byDue = Long.compare(due, other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }

    @Override
    public void execute(Runnable task) {
        schedule(task, Duration.ZERO);
    }

    @Override
    public Timer schedule(Runnable task, Duration delay) {
        if (closed) {
            return () -> { };
        }
        Task t = new Task(nowNanos + delay.toNanos(), submitted++, task);
        queue.add(t);
        return () -> t.cancelled = true;
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nowNanos);
    }

    @Override
    public boolean inLoop() {
        return running;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
    }

    /** Runs every task due within {@code step}, moving time forward to each, then to the end. */
    void advance(Duration step) {
        long target = nowNanos + step.toNanos();
        while (!queue.isEmpty() && queue.peek().due <= target) {
            Task task = queue.poll();
            if (task.cancelled) {
                continue;
            }
            nowNanos = Math.max(nowNanos, task.due);
            running = true;
            try {
                task.body.run();
            } finally {
                running = false;
            }
        }
        nowNanos = target;
    }

    void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }

    /** Runs the tasks due now. */
    void runPending() {
        advance(Duration.ZERO);
    }

    /** Tasks waiting, cancelled ones included. */
    int pending() {
        return (int) queue.stream().filter(t -> !t.cancelled).count();
    }
}
