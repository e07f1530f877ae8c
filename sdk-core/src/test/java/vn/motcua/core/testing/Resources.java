package vn.motcua.core.testing;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;

/** Counts what can leak: live SDK threads and this process's open file descriptors. */
public final class Resources {
    private Resources() {
    }

    /** Names of live threads whose name starts with {@code motcua}. */
    public static List<String> sdkThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("motcua"))
                .sorted()
                .collect(Collectors.toList());
    }

    /** Open file descriptors of this process (Linux {@code /proc/self/fd}). */
    public static int openFds() {
        String[] fds = new File("/proc/self/fd").list();
        if (fds == null) {
            throw new IllegalStateException("/proc/self/fd is not readable: these leak checks need Linux");
        }
        return fds.length;
    }

    /** Polls until no SDK thread is alive or the timeout passes; returns the survivors. */
    public static List<String> awaitNoSdkThreads(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<String> live = sdkThreads();
        while (!live.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            live = sdkThreads();
        }
        return live;
    }
}
