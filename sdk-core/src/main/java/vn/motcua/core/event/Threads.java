package vn.motcua.core.event;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread factories for SDK components that are not given one by the caller. */
public final class Threads {
    private Threads() {
    }

    /**
     * A factory of daemon threads named {@code prefix-N}, so an embedding application can
     * exit without closing the SDK first, and a thread dump says what each thread belongs to.
     */
    public static ThreadFactory daemonFactory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * A factory that names each thread {@code name} and delegates creation to {@code base}.
     * Used to give a component's threads names that say whose they are.
     */
    public static ThreadFactory named(ThreadFactory base, String name) {
        return r -> {
            Thread t = base.newThread(r);
            t.setName(name);
            return t;
        };
    }
}
