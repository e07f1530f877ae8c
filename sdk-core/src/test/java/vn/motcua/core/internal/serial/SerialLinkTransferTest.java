package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.internal.serial.SerialTestSupport.connect;
import static vn.motcua.core.internal.serial.SerialTestSupport.readFully;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.testing.SocatPty;

/**
 * Bytes through a {@link Link} opened from a {@code serial:} URI on one end of a socat pty
 * pair, with the test on the other end. Pseudo-terminals carry bytes at any baud rate, but
 * they keep the settings, so {@code stty} shows whether each one reached the port.
 */
class SerialLinkTransferTest {
    private final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /*
     * The Linux pty driver forces cs8 and -parenb on every pseudo-terminal, so data bits show
     * as istrip (set for fewer than 8) and parity as parodd, cmspar and inpck (set with parity).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "baud=9600                                     | speed 9600 baud   | -parodd -cstopb -crtscts -ixon -ixoff -inpck -istrip",
        "baud=115200                                   | speed 115200 baud | -parodd -cstopb -crtscts -ixon -ixoff -inpck -istrip",
        "baud=19200&parity=even&stopBits=2             | speed 19200 baud  | -parodd -cmspar inpck cstopb -crtscts -istrip",
        "baud=57600&parity=odd&dataBits=7&flow=xonxoff | speed 57600 baud  | parodd -cmspar inpck -cstopb istrip ixon ixoff",
        "baud=38400&parity=space&flow=rtscts           | speed 38400 baud  | -parodd cmspar inpck -cstopb crtscts -ixon",
        "baud=4800&parity=mark&stopBits=1.5&dataBits=5 | speed 4800 baud   | parodd cmspar inpck istrip -crtscts -ixon",
    })
    void bytesGoBothWaysWithTheSettingsApplied(String query, String speed, String flags) throws Exception {
        try (SocatPty pty = SocatPty.start();
             Link link = LinkRegistry.defaults().open("serial:" + pty.a() + "?" + query, SerialTestSupport.fastOptions());
             LinkConnection peer = connect(pty.b(), "")) {
            assertThat(link.awaitReady(Duration.ofSeconds(5))).as("link ready").isTrue();

            String stty = SerialTestSupport.stty(pty.a());
            assertThat(stty).as("stty -a of %s", pty.a()).contains(speed);
            for (String flag : flags.split(" ")) {
                assertThat(stty).as("stty -a of %s has %s", pty.a(), flag)
                        .containsPattern("(^|\\s)" + Pattern.quote(flag) + "(\\s|;|$)");
            }

            // Text only: with flow=xonxoff the port itself consumes XON/XOFF bytes.
            byte[] out = "TICKET A-017 counter 3\r\n".getBytes(StandardCharsets.US_ASCII);
            link.write(out);
            assertThat(readFully(peer, out.length, Duration.ofSeconds(5))).isEqualTo(out);

            byte[] in = "SCAN 0123456789\r".getBytes(StandardCharsets.US_ASCII);
            peer.write(in, 0, in.length, Duration.ofSeconds(5));
            assertThat(link.readExactly(in.length, Duration.ofSeconds(5))).isEqualTo(in);
        }
    }

    @Test
    void sevenDataBitsReallyClearTheEighthBitOfWhatArrives() throws Exception {
        try (SocatPty pty = SocatPty.start();
             Link link = LinkRegistry.defaults().open("serial:" + pty.a() + "?dataBits=7", SerialTestSupport.fastOptions());
             LinkConnection peer = connect(pty.b(), "")) {
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
            peer.write(new byte[] {(byte) 0xC1, 0x41}, 0, 2, Duration.ofSeconds(5));
            assertThat(link.readExactly(2, Duration.ofSeconds(5))).containsExactly(0x41, 0x41);
        }
    }

    @Test
    void aWriteTheDeviceDoesNotTakeTimesOutAndTheLinkComesBack() throws Exception {
        try (SocatPty pty = SocatPty.start();
             Link link = LinkRegistry.defaults().open("serial:" + pty.a(),
                     SerialTestSupport.fastOptions().toBuilder().writeTimeout(Duration.ofMillis(500)).build());
             LinkConnection peer = connect(pty.b(), "")) {
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
            pty.pause();
            try {
                byte[] big = new byte[4 << 20];
                assertThatThrownBy(() -> link.write(big))
                        .isInstanceOf(LinkTimeoutException.class);
            } finally {
                pty.resume();
            }
            // The timed-out connection was closed; the link opens a fresh one by itself.
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (link.stats().connects() < 2) {
                assertThat(System.nanoTime()).as("reconnected after the write timeout").isLessThan(deadline);
                Thread.sleep(10);
            }
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
            // Take what socat forwards of the timed-out write, so that it is not blocked on a
            // full pty and carries the answer below.
            byte[] sink = new byte[64 * 1024];
            while (peer.read(sink, 0, sink.length, Duration.ofMillis(300)) > 0) {
                // discard
            }
            link.discardInput();
            byte[] in = "STATUS OK\r".getBytes(StandardCharsets.US_ASCII);
            peer.write(in, 0, in.length, Duration.ofSeconds(5));
            assertThat(link.readExactly(in.length, Duration.ofSeconds(5))).isEqualTo(in);
        }
    }

    @Test
    void sixtyFourKibibytesArriveByteForByteInBothDirections() throws Exception {
        byte[] data = new byte[64 * 1024];
        new Random(20240917L).nextBytes(data);
        try (SocatPty pty = SocatPty.start();
             Link link = LinkRegistry.defaults().open("serial:" + pty.a() + "?baud=115200", SerialTestSupport.fastOptions());
             LinkConnection peer = connect(pty.b(), "baud=115200")) {
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();

            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> link.write(data), background);
            byte[] received = readFully(peer, data.length, Duration.ofSeconds(30));
            sent.get(30, TimeUnit.SECONDS);
            assertThat(received).isEqualTo(data);

            byte[] back = new byte[data.length];
            for (int i = 0; i < back.length; i++) {
                back[i] = (byte) (data[i] ^ 0x5A);
            }
            CompletableFuture<Void> returned = CompletableFuture.runAsync(
                    () -> peer.write(back, 0, back.length, Duration.ofSeconds(30)), background);
            assertThat(link.readExactly(back.length, Duration.ofSeconds(30))).isEqualTo(back);
            returned.get(30, TimeUnit.SECONDS);
            assertThat(link.stats().bytesWritten()).isEqualTo(data.length);
            assertThat(link.stats().bytesRead()).isEqualTo(back.length);
        }
    }
}
