package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.internal.serial.SerialTestSupport.connect;
import static vn.motcua.core.internal.serial.SerialTestSupport.readFully;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.testing.Resources;
import vn.motcua.core.testing.SocatPty;

/** One {@link SerialConnection} on a socat pty pair, without a reconnecting link around it. */
class SerialConnectionTest {
    private final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void bytesGoBothWaysAndAnIdleReadReturnsZero() throws Exception {
        try (SocatPty pty = SocatPty.start();
             LinkConnection a = connect(pty.a(), "baud=115200");
             LinkConnection b = connect(pty.b(), "baud=115200")) {
            assertThat(a.read(new byte[16], 0, 16, Duration.ofMillis(150))).isZero();

            a.write("ping".getBytes(StandardCharsets.US_ASCII), 0, 4, Duration.ofSeconds(2));
            assertThat(new String(readFully(b, 4, Duration.ofSeconds(5)), StandardCharsets.US_ASCII)).isEqualTo("ping");

            byte[] reply = "--pong--".getBytes(StandardCharsets.US_ASCII);
            b.write(reply, 2, 4, Duration.ofSeconds(2));
            byte[] buf = new byte[10];
            int got = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (got < 4 && System.nanoTime() < deadline) {
                got += a.read(buf, 3 + got, 4 - got, Duration.ofMillis(200));
            }
            assertThat(new String(buf, 3, 4, StandardCharsets.US_ASCII)).isEqualTo("pong");
            assertThat(buf[2]).isZero();
            assertThat(buf[7]).isZero();
        }
    }

    @Test
    void aWaitingReadNoticesTheOtherEndGoingAway() throws Exception {
        try (SocatPty pty = SocatPty.start(); LinkConnection a = connect(pty.a(), "")) {
            CompletableFuture<Integer> read = readWhileWaiting(a, Duration.ofSeconds(20));
            pty.kill();
            long killed = System.nanoTime();

            assertThatThrownBy(() -> read.get(15, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(DeviceUnavailableException.class)
                    .cause().satisfies(e -> assertThat(((DeviceUnavailableException) e).reason()).isEqualTo(Reason.DISCONNECTED));
            long noticedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            System.out.println("serial: a read waiting for 20 s noticed the unplug after " + noticedMs + " ms");
            // The read would have waited 20 s; ending well before shows the unplug woke it.
            assertThat(noticedMs).isLessThan(10_000);
            assertThatThrownBy(() -> a.write(new byte[] {1}, 0, 1, Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
        }
    }

    @Test
    void anIdleReadAfterTheUnplugThrowsDisconnectedNotZero() throws Exception {
        try (SocatPty pty = SocatPty.start(); LinkConnection a = connect(pty.a(), "")) {
            pty.kill();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5; i++) {
                    a.read(new byte[4], 0, 4, Duration.ofMillis(100));
                }
            }).isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED);
                assertThat(e.getMessage()).contains(pty.a().toString());
            });
        }
    }

    @Test
    void anIdleReadNoticesThePortsPathPointingElsewhereOrVanishing(@TempDir Path dir) throws Exception {
        try (SocatPty one = SocatPty.start(); SocatPty two = SocatPty.start()) {
            // Like a udev symlink (/dev/serial/by-id/...) that moves to another device.
            Path port = Files.createSymbolicLink(dir.resolve("ttyKiosk"), one.a().toRealPath());
            Path other = two.a().toRealPath();
            try (LinkConnection c = connect(port, "")) {
                assertThat(c.read(new byte[4], 0, 4, Duration.ofMillis(100))).isZero();
                Files.delete(port);
                Files.createSymbolicLink(port, other);
                assertThatThrownBy(() -> c.read(new byte[4], 0, 4, Duration.ofMillis(100)))
                        .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                            assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED);
                            assertThat(e.getMessage()).contains("now points to " + other);
                        });
            }
            try (LinkConnection c = connect(port, "")) {
                assertThat(c.read(new byte[4], 0, 4, Duration.ofMillis(100))).isZero();
                Files.delete(port);
                assertThatThrownBy(() -> c.read(new byte[4], 0, 4, Duration.ofMillis(100)))
                        .isInstanceOfSatisfying(DeviceUnavailableException.class,
                                e -> assertThat(e.getMessage()).contains("the device file " + port + " disappeared"));
            }
        }
    }

    @Test
    void closeUnblocksAWaitingReadAndIsIdempotent() throws Exception {
        try (SocatPty pty = SocatPty.start()) {
            LinkConnection a = connect(pty.a(), "");
            CompletableFuture<Integer> read = readWhileWaiting(a, Duration.ofSeconds(20));
            a.close();
            a.close();
            assertThatThrownBy(() -> read.get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED);
                        assertThat(e.getMessage()).contains("connection closed");
                    });
            assertThatThrownBy(() -> a.write(new byte[1], 0, 1, Duration.ofSeconds(1)))
                    .isInstanceOf(DeviceUnavailableException.class).hasMessageContaining("connection closed");
            // The port is free again: the native handle was released.
            try (LinkConnection again = connect(pty.a(), "")) {
                assertThat(again.read(new byte[1], 0, 1, Duration.ofMillis(100))).isZero();
            }
        }
    }

    @Test
    void concurrentClosesBothReturnWithThePortFree() throws Exception {
        try (SocatPty pty = SocatPty.start()) {
            for (int round = 0; round < 5; round++) {
                LinkConnection c = connect(pty.a(), "");
                // A write starts the watchdog thread, as on a link in use.
                c.write(new byte[] {1}, 0, 1, Duration.ofSeconds(2));
                CyclicBarrier together = new CyclicBarrier(2);
                Object oneProbeAtATime = new Object();
                List<String> busy = new CopyOnWriteArrayList<>();
                Callable<Void> closeThenReopen = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    c.close();
                    // As a link does after close(): open the same port again at once.
                    synchronized (oneProbeAtATime) {
                        try {
                            connect(pty.a(), "").close();
                        } catch (DeviceUnavailableException e) {
                            busy.add(e.getMessage());
                        }
                    }
                    return null;
                };
                Future<Void> first = background.submit(closeThenReopen);
                Future<Void> second = background.submit(closeThenReopen);
                first.get(20, TimeUnit.SECONDS);
                second.get(20, TimeUnit.SECONDS);
                assertThat(busy).as("round %d: reopening right after close()", round).isEmpty();
            }
        }
    }

    @Test
    void aWriteThePeerDoesNotTakeTimesOutAndClosesTheConnection() throws Exception {
        try (SocatPty pty = SocatPty.start(); LinkConnection a = connect(pty.a(), "baud=115200")) {
            pty.pause();
            try {
                byte[] big = new byte[4 << 20];
                assertThatThrownBy(() -> a.write(big, 0, big.length, Duration.ofMillis(500)))
                        .isInstanceOfSatisfying(LinkTimeoutException.class, e -> {
                            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(500));
                            assertThat(e.getMessage()).contains("of " + big.length + " bytes confirmed sent");
                        });
                assertThatThrownBy(() -> a.read(new byte[1], 0, 1, Duration.ofMillis(100)))
                        .isInstanceOf(DeviceUnavailableException.class)
                        .hasMessageContaining("after a write timed out");
            } finally {
                pty.resume();
            }
        }
    }

    @Test
    void openingAndClosingLeavesNoThreadOrFileDescriptorBehind() throws Exception {
        try (SocatPty pty = SocatPty.start()) {
            cycle(pty);
            Set<Thread> threads = SerialTestSupport.liveThreads();
            int fds = Resources.openFds();
            // Each close of a port that was used waits up to 0.5 s for jSerialComm's event thread.
            for (int i = 0; i < 6; i++) {
                cycle(pty);
            }
            List<String> extra = SerialTestSupport.newThreads(threads, 3000);
            assertThat(extra).as("threads left behind").isEmpty();
            assertThat(Resources.openFds()).as("open file descriptors").isEqualTo(fds);
        }
    }

    /**
     * Starts a read on a background thread and returns once that thread is inside jSerialComm's
     * {@code readBytes}, so that what the test does next happens to a read that is under way.
     */
    private CompletableFuture<Integer> readWhileWaiting(LinkConnection c, Duration timeout) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> reader = new AtomicReference<>();
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            reader.set(Thread.currentThread());
            started.countDown();
            return c.read(new byte[16], 0, 16, timeout);
        }, background);
        assertThat(started.await(10, TimeUnit.SECONDS)).as("reader started").isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!insideReadBytes(reader.get())) {
            assertThat(read).as("the read ended before it could be observed waiting").isNotDone();
            assertThat(System.nanoTime()).as("reader inside SerialPort.readBytes").isLessThan(deadline);
            Thread.sleep(1);
        }
        return read;
    }

    private static boolean insideReadBytes(Thread t) {
        Thread.State state = t.getState();
        if (state != Thread.State.RUNNABLE && state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return false;
        }
        for (StackTraceElement f : t.getStackTrace()) {
            if (f.getClassName().equals(SerialPort.class.getName()) && f.getMethodName().equals("readBytes")) {
                return true;
            }
        }
        return false;
    }

    /** Opens both ends, sends a byte through (which starts a write watchdog), closes. */
    private static void cycle(SocatPty pty) {
        try (LinkConnection a = connect(pty.a(), ""); LinkConnection b = connect(pty.b(), "")) {
            a.write(new byte[] {42}, 0, 1, Duration.ofSeconds(2));
            assertThat(readFully(b, 1, Duration.ofSeconds(5))).containsExactly(42);
        }
    }
}
