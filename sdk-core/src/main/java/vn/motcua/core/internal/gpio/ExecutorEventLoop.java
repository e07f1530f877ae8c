package vn.motcua.core.internal.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import vn.motcua.core.ErrorHandler;

/** An {@link EventLoop} on one thread of a {@link ScheduledThreadPoolExecutor}. */
final class ExecutorEventLoop implements EventLoop {

    private final ScheduledThreadPoolExecutor executor;
    private final Clock clock;
    private final ErrorHandler errorHandler;
    private final String source;
    private volatile Thread thread;

    ExecutorEventLoop(ThreadFactory threadFactory, Clock clock, ErrorHandler errorHandler, String source) {
        this.clock = clock;
        this.errorHandler = errorHandler;
        this.source = source;
        this.executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = threadFactory.newThread(task);
            thread = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(guarded(task));
        } catch (RejectedExecutionException closed) {
            // the board is closing: the task has nothing left to act on
        }
    }

    @Override
    public Timer schedule(Runnable task, Duration delay) {
        try {
            ScheduledFuture<?> future = executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            return () -> { };
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                ErrorHandler.safely(errorHandler, source, e);
            }
        };
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void close() {
        ExecutorStop.stop(executor, inLoop(), source, "event");
    }
}
