package vn.motcua.core.internal.gpio;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default thread factory of the GPIO boards: daemon threads named {@code motcua-gpio-<n>},
 * renamed after their role ({@code motcua-gpio-events}, {@code motcua-gpio-lamp-<name>}) by
 * {@link #forRole(ThreadFactory, String)}.
 */
public final class GpioThreadFactory implements ThreadFactory {
    /** The prefix of the names of the threads this factory makes. */
    public static final String PREFIX = "motcua-gpio-";

    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, PREFIX + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /**
     * A factory for threads with {@code role}: threads of {@code base} keep their names unless
     * {@code base} is a {@link GpioThreadFactory}, whose threads are named after the role.
     */
    static ThreadFactory forRole(ThreadFactory base, String role) {
        if (!(base instanceof GpioThreadFactory)) {
            return base;
        }
        return task -> {
            Thread thread = base.newThread(task);
            thread.setName(PREFIX + role);
            return thread;
        };
    }
}
