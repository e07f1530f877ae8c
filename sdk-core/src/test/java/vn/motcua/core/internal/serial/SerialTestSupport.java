package vn.motcua.core.internal.serial;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.link.Backoff;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.spi.LinkConnection;

/** Helpers shared by the serial tests: connections to pty ends, thread leak checks, stty. */
final class SerialTestSupport {
    private SerialTestSupport() {
    }

    /** Quick reconnects (50 ms doubling to 500 ms) and a 100 ms read poll, so the tests stay short. */
    static LinkOptions fastOptions() {
        return LinkOptions.builder()
                .backoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), 2.0, 0.2))
                .readPoll(Duration.ofMillis(100))
                .connectTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens {@code serial:PATH[?query]} directly, without a reconnecting link around it. */
    static LinkConnection connect(Path path, String query) {
        String uri = "serial:" + path + (query.isEmpty() ? "" : "?" + query);
        return new SerialLinkProvider().endpoint(LinkUri.parse(uri)).connect(Duration.ofSeconds(2));
    }

    /** Reads exactly {@code n} bytes from a connection or fails after {@code timeout}. */
    static byte[] readFully(LinkConnection c, int n, Duration timeout) {
        byte[] out = new byte[n];
        long deadline = System.nanoTime() + timeout.toNanos();
        int got = 0;
        while (got < n) {
            if (System.nanoTime() > deadline) {
                throw new LinkTimeoutException("test", "read of " + n + " bytes (got " + got + ")", timeout);
            }
            got += c.read(out, got, n - got, Duration.ofMillis(200));
        }
        return out;
    }

    static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    /**
     * Threads alive now that were not in {@code baseline}, waiting up to {@code waitMillis}
     * for them to end. The JDK's "process reaper" threads (one per socat being waited for,
     * pooled and kept idle for a while by the JDK) are not ours and are left out.
     */
    static List<String> newThreads(Set<Thread> baseline, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            List<String> extra = liveThreads().stream()
                    .filter(t -> !baseline.contains(t))
                    .map(Thread::getName)
                    .filter(n -> !n.equals("process reaper"))
                    .sorted()
                    .collect(Collectors.toList());
            if (extra.isEmpty() || System.currentTimeMillis() > deadline) {
                return extra;
            }
            Thread.sleep(20);
        }
    }

    /** The output of {@code stty -F path -a}: the terminal settings now in force on {@code path}. */
    static String stty(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("stty", "-F", path.toString(), "-a")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("stty -F " + path + " failed: " + out);
        }
        p.getInputStream().close();
        p.getOutputStream().close();
        return out;
    }

    static boolean runningAsRoot() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        p.getInputStream().close();
        p.getOutputStream().close();
        return out.equals("0");
    }
}
