package vn.motcua.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A null-modem cable between two pseudo-terminals, made by {@code socat}: bytes written to
 * {@link #a()} come out of {@link #b()} and the other way round. {@link #kill()} unplugs the
 * cable (socat exits, both symbolic links disappear and open ends get a hang-up);
 * {@link #restart()} plugs it back in at the same paths (new pseudo-terminals behind them).
 *
 * <p>Runs {@code socat -d -d pty,raw,echo=0,link=DIR/a pty,raw,echo=0,link=DIR/b}. When
 * socat is not installed, {@link #start()} throws with a message that says so: the serial
 * tests need it and must fail, not skip, without it ({@code apt-get install socat}).
 *
 * <p>Not thread-safe: one test drives it.
 */
public final class SocatPty implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 10_000;
    private static final long STOP_TIMEOUT_MS = 5_000;
    private static final String READY_LINE = "starting data transfer loop";

    private final Path dir;
    private final Path a;
    private final Path b;
    private final Path log;
    private final String socat;
    private Process process;

    private SocatPty(Path dir) {
        String d = dir.toAbsolutePath().toString();
        if (d.contains(",") || d.contains(":") || d.contains("!") || d.contains(" ")) {
            throw new IllegalArgumentException("dir must not contain , : ! or spaces (socat address syntax), got " + d);
        }
        this.dir = dir.toAbsolutePath();
        this.a = this.dir.resolve("a");
        this.b = this.dir.resolve("b");
        this.log = this.dir.resolve("socat.log");
        this.socat = executable();
    }

    /** Starts a pair in a new temporary directory, deleted by {@link #close()}. */
    public static SocatPty start() throws IOException {
        SocatPty p = new SocatPty(Files.createTempDirectory("motcua-pty-"));
        p.launch();
        return p;
    }

    /** The path of end a (a symbolic link to a {@code /dev/pts/N}). */
    public Path a() {
        return a;
    }

    /** The path of end b. */
    public Path b() {
        return b;
    }

    /** The process id of the running socat. */
    public long pid() {
        return requireProcess().pid();
    }

    /**
     * Unplugs: ends socat (SIGTERM; SIGKILL if it lingers past 5 s), waits for it to exit and
     * removes any link it left behind. Does nothing when socat is not running.
     */
    public void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for socat (pid " + p.pid() + ") to exit", e);
        }
        if (p.isAlive()) {
            throw new IllegalStateException("socat (pid " + p.pid() + ") did not exit");
        }
        process = null;
        deleteLinks();
    }

    /** Plugs back in: starts socat again with the same link paths (killing a running one first). */
    public void restart() throws IOException {
        kill();
        launch();
    }

    /** Freezes socat (SIGSTOP): it stops carrying bytes, so a writer's buffers fill up. */
    public void pause() throws IOException {
        signal("-STOP");
    }

    /** Thaws socat after {@link #pause()} (SIGCONT). */
    public void resume() throws IOException {
        signal("-CONT");
    }

    /** Kills socat and deletes its directory. */
    @Override
    public void close() {
        try {
            if (process != null && process.isAlive()) {
                resume();
            }
        } catch (IOException ignored) {
            // kill() below uses SIGTERM then SIGKILL, which end a stopped process too
        }
        kill();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private void launch() throws IOException {
        deleteLinks();
        ProcessBuilder pb = new ProcessBuilder(socat, "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        Process p = pb.start();
        process = p;
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!(Files.exists(a) && Files.exists(b) && logSays(READY_LINE))) {
            if (!p.isAlive()) {
                process = null;
                throw new IllegalStateException("socat exited with " + p.exitValue() + " before making " + a + " and " + b
                        + "; its log:\n" + readLog());
            }
            if (System.currentTimeMillis() > deadline) {
                kill();
                throw new IllegalStateException("socat did not make " + a + " and " + b + " within " + START_TIMEOUT_MS
                        + " ms; its log:\n" + readLog());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IllegalStateException("interrupted while starting socat", e);
            }
        }
    }

    private boolean logSays(String text) {
        return readLog().contains(text);
    }

    private String readLog() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private void deleteLinks() {
        try {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove stale links in " + dir, e);
        }
    }

    private void signal(String signal) throws IOException {
        // The shell's kill builtin: /usr/bin/kill (procps) is not on every machine.
        Process k = new ProcessBuilder("sh", "-c", "kill " + signal + " " + pid())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!k.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS) || k.exitValue() != 0) {
                throw new IOException("kill " + signal + " " + pid() + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signalling socat", e);
        }
    }

    private Process requireProcess() {
        if (process == null) {
            throw new IllegalStateException("socat is not running");
        }
        return process;
    }

    /** The socat executable on the PATH or in /usr/bin. */
    private static String executable() {
        String path = System.getenv("PATH");
        List<String> dirs = path == null ? List.of() : List.of(path.split(File.pathSeparator));
        for (String d : Stream.concat(dirs.stream(), Stream.of("/usr/bin", "/usr/local/bin")).toList()) {
            Path candidate = Path.of(d, "socat");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("socat is not installed (looked on the PATH and in /usr/bin): the serial"
                + " link tests need it to make pseudo-terminal pairs; install it with `apt-get install socat`");
    }
}
