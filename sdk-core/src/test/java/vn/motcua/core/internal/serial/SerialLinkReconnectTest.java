package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.internal.serial.SerialTestSupport.connect;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkState;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.testing.Resources;
import vn.motcua.core.testing.SocatPty;
import vn.motcua.core.testing.StateRecorder;

/**
 * Unplug and replug, 50 times: socat exits (its links vanish, the link's port hangs up), then
 * starts again at the same paths. The link must go OFFLINE, come back READY within 5 s each
 * time with bytes flowing both ways, and leave no thread or file descriptor behind when closed.
 */
class SerialLinkReconnectTest {
    private static final int CYCLES = 50;
    private static final Duration REPLUG_LIMIT = Duration.ofSeconds(5);

    @Test
    void fiftyUnplugReplugCyclesEachReconnectAndLeaveNothingBehind() throws Exception {
        try (SocatPty pty = SocatPty.start()) {
            // Load jSerialComm's native library and start the JDK's process reaper before counting.
            try (LinkConnection warmUp = connect(pty.a(), "")) {
                assertThat(warmUp.read(new byte[1], 0, 1, Duration.ofMillis(100))).isZero();
            }
            pty.restart();
            Set<Thread> threadsBefore = SerialTestSupport.liveThreads();
            int fdsBefore = Resources.openFds();

            Link link = LinkRegistry.defaults().open("serial:" + pty.a() + "?baud=115200", SerialTestSupport.fastOptions());
            AtomicInteger readies = new AtomicInteger();
            AtomicInteger offlines = new AtomicInteger();
            link.addListener((l, from, to, cause) -> {
                if (from == LinkState.OFFLINE && to == LinkState.READY) {
                    readies.incrementAndGet();
                } else if (from == LinkState.READY && to == LinkState.OFFLINE) {
                    offlines.incrementAndGet();
                }
            });
            StateRecorder recorder = new StateRecorder();
            link.addListener(recorder);
            assertThat(link.awaitReady(REPLUG_LIMIT)).as("first connection").isTrue();
            roundTrip(link, pty, -1);

            long[] noticedMs = new long[CYCLES];
            long[] reconnectMs = new long[CYCLES];
            for (int i = 0; i < CYCLES; i++) {
                // The OFFLINE of the cycle before was awaited, so none is still on its way.
                recorder.clear();
                long unplugged = System.nanoTime();
                pty.kill();
                assertThat(recorder.await(LinkState.OFFLINE, REPLUG_LIMIT)).as("OFFLINE within %s after unplug %d",
                        REPLUG_LIMIT, i).isTrue();
                noticedMs[i] = (System.nanoTime() - unplugged) / 1_000_000;

                pty.restart();
                long replugged = System.nanoTime();
                assertThat(link.awaitReady(REPLUG_LIMIT)).as("READY within %s after replug %d", REPLUG_LIMIT, i).isTrue();
                reconnectMs[i] = (System.nanoTime() - replugged) / 1_000_000;
                roundTrip(link, pty, i);
            }
            System.out.println("serial: " + CYCLES + " unplug/replug cycles; unplug noticed after " + summary(noticedMs)
                    + "; READY after replug " + summary(reconnectMs));

            assertThat(link.stats().reconnects()).isEqualTo(CYCLES);
            link.close();
            assertThat(link.state()).isEqualTo(LinkState.CLOSED);
            assertThat(readies.get()).as("OFFLINE -> READY events").isEqualTo(CYCLES);
            assertThat(offlines.get()).as("READY -> OFFLINE events").isEqualTo(CYCLES);

            List<String> left = SerialTestSupport.newThreads(threadsBefore, 5000);
            assertThat(left).as("threads started since the baseline and still alive").isEmpty();
            assertThat(SerialTestSupport.liveThreads()).extracting(Thread::getName)
                    .noneMatch(n -> n.startsWith("motcua-link") || n.startsWith("motcua-serial"));
            assertThat(Resources.openFds()).as("open file descriptors (before: %d)", fdsBefore).isEqualTo(fdsBefore);
        }
    }

    /** One message each way between the link and end b, read and written with plain file streams. */
    private static void roundTrip(Link link, SocatPty pty, int cycle) throws IOException, InterruptedException {
        byte[] out = ("cycle " + cycle + " out\n").getBytes(StandardCharsets.US_ASCII);
        byte[] in = ("cycle " + cycle + " in\n").getBytes(StandardCharsets.US_ASCII);
        try (FileInputStream fromB = new FileInputStream(pty.b().toFile());
             FileOutputStream toB = new FileOutputStream(pty.b().toFile())) {
            link.write(out);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            // available() first, so that a lost message fails the test instead of blocking it.
            while (fromB.available() < out.length) {
                assertThat(System.nanoTime()).as("cycle %d: bytes at end b", cycle).isLessThan(deadline);
                Thread.sleep(1);
            }
            byte[] got = new byte[out.length];
            // Not readNBytes: on JDK 17 it asks a terminal for its file position and fails.
            for (int n = 0; n < got.length; ) {
                n += fromB.read(got, n, got.length - n);
            }
            assertThat(got).isEqualTo(out);

            toB.write(in);
            toB.flush();
            assertThat(link.readExactly(in.length, Duration.ofSeconds(5))).isEqualTo(in);
        }
    }

    private static String summary(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        long median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return "min " + s[0] + " ms / median " + median + " ms / max " + s[s.length - 1] + " ms";
    }
}
