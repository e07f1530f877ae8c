package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.testing.SocatPty;

class SerialWriteWatchdogTest {
    private final List<Thread> made = new CopyOnWriteArrayList<>();
    private final ThreadFactory recording = r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        made.add(t);
        return t;
    };

    @Test
    void runsTheExpiryWhenAnArmedDeadlinePasses() throws InterruptedException {
        CountDownLatch expired = new CountDownLatch(1);
        WriteWatchdog w = new WriteWatchdog(recording, expired::countDown);
        w.arm(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(expired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(w.disarm()).as("fired").isTrue();
        w.stop();
        assertThat(w.fired()).as("still fired after stop").isTrue();
        assertThat(made).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
    }

    @Test
    void aWriteThatEndsInTimeIsNotAborted() throws InterruptedException {
        AtomicInteger expiries = new AtomicInteger();
        WriteWatchdog w = new WriteWatchdog(recording, expiries::incrementAndGet);
        for (int i = 0; i < 20; i++) {
            w.arm(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
            assertThat(w.disarm()).isFalse();
        }
        // Disarmed, the thread waits without a deadline: nothing is left that could fire.
        Thread t = made.get(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("watchdog thread waiting without a deadline").isLessThan(deadline);
            Thread.sleep(1);
        }
        w.stop();
        assertThat(expiries.get()).isZero();
        assertThat(w.fired()).isFalse();
        assertThat(made).as("one thread, reused").hasSize(1);
        assertThat(t.isAlive()).isFalse();
    }

    @Test
    void aPortThatIsOnlyReadNeverStartsAThread() {
        WriteWatchdog w = new WriteWatchdog(recording, () -> { });
        w.stop();
        w.arm(System.nanoTime());
        assertThat(made).isEmpty();
    }

    @Test
    void theProviderMakesWatchdogThreadsWithTheCallersFactoryNamedAfterThePort() throws Exception {
        try (SocatPty pty = SocatPty.start()) {
            SerialLinkProvider provider = new SerialLinkProvider(recording);
            LinkConnection a = provider.endpoint(LinkUri.parse("serial:" + pty.a())).connect(Duration.ofSeconds(2));
            try {
                a.write(new byte[] {7}, 0, 1, Duration.ofSeconds(2));
                assertThat(made).hasSize(1);
                assertThat(made.get(0).getName()).isEqualTo("motcua-serial-write " + pty.a());
            } finally {
                a.close();
            }
            made.get(0).join(5000);
            assertThat(made.get(0).isAlive()).isFalse();
        }
    }

    @Test
    void readTimeoutsAreRoundedToTheDriversTenthsOfASecond() {
        assertThat(SerialConnection.readTimeoutMillis(Duration.ZERO)).isEqualTo(100);
        assertThat(SerialConnection.readTimeoutMillis(Duration.ofMillis(40))).isEqualTo(100);
        assertThat(SerialConnection.readTimeoutMillis(Duration.ofMillis(149))).isEqualTo(100);
        assertThat(SerialConnection.readTimeoutMillis(Duration.ofMillis(150))).isEqualTo(200);
        assertThat(SerialConnection.readTimeoutMillis(Duration.ofSeconds(3))).isEqualTo(3000);
        assertThat(SerialConnection.readTimeoutMillis(Duration.ofMinutes(5))).isEqualTo(25_500);
        assertThat(SerialConnection.readTimeoutMillis(Duration.ofMillis(-5))).isEqualTo(100);
    }
}
