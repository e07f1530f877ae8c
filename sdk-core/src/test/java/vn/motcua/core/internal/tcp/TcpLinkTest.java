package vn.motcua.core.internal.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.link.Backoff;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkState;
import vn.motcua.core.testing.Resources;
import vn.motcua.core.testing.StateRecorder;
import vn.motcua.core.testing.TcpPeer;

class TcpLinkTest {
    private static final LinkOptions FAST = LinkOptions.builder()
            .connectTimeout(Duration.ofSeconds(1))
            .writeTimeout(Duration.ofSeconds(2))
            .readPoll(Duration.ofMillis(50))
            .backoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), 2.0, 0.2))
            .build();

    private final LinkRegistry links = LinkRegistry.defaults();

    @Test
    void carriesBytesBothWays() throws Exception {
        try (TcpPeer peer = TcpPeer.start(true); Link link = links.connect(peer.uri(), FAST)) {
            byte[] hello = "Xin chào".getBytes(StandardCharsets.UTF_8);
            link.write(hello);
            assertThat(new String(peer.awaitReceived(hello.length, 5000), StandardCharsets.UTF_8)).isEqualTo("Xin chào");

            byte[] big = new byte[64 * 1024];
            new Random(7).nextBytes(big);
            peer.send(big);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            long deadline = System.currentTimeMillis() + 5000;
            while (got.size() < big.length && System.currentTimeMillis() < deadline) {
                got.write(buf, 0, link.read(buf, 0, buf.length, Duration.ofMillis(200)));
            }
            assertThat(got.toByteArray()).isEqualTo(big);
            assertThat(link.stats().bytesRead()).isEqualTo(big.length);
            assertThat(link.stats().bytesWritten()).isEqualTo(hello.length);
        }
    }

    @Test
    void reportsOfflineThenReadyAcrossFiftyUnplugsWithoutLeaks() throws Exception {
        int fdsBefore = Resources.openFds();
        List<Long> reconnectMillis = new ArrayList<>();
        try (TcpPeer peer = TcpPeer.start(true)) {
            StateRecorder rec = new StateRecorder();
            Link link = links.open(peer.uri(), FAST);
            try {
            link.addListener(rec);
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
            int threadsWhileOpen = -1;
            for (int i = 0; i < 50; i++) {
                rec.clear();
                peer.stop();
                assertThat(rec.await(LinkState.OFFLINE, Duration.ofSeconds(5))).as("offline in cycle %d", i).isTrue();
                long t0 = System.nanoTime();
                peer.start();
                assertThat(link.awaitReady(Duration.ofSeconds(5))).as("ready again within 5 s in cycle %d", i).isTrue();
                reconnectMillis.add((System.nanoTime() - t0) / 1_000_000);
                link.write(new byte[] {(byte) i});
                // A write after the reconnect reaches the device before the next unplug.
                assertThat(peer.awaitReceived(i + 1, 5000)).as("bytes received by cycle %d", i).hasSize(i + 1);
                // The thread set of an open link (I/O and event thread) does not grow with reconnects.
                if (threadsWhileOpen < 0) {
                    threadsWhileOpen = Resources.sdkThreads().size();
                }
                assertThat(Resources.sdkThreads()).hasSize(threadsWhileOpen);
            }
            assertThat(threadsWhileOpen).isEqualTo(2);
            assertThat(link.stats().reconnects()).isEqualTo(50);
            assertThat(peer.awaitReceived(50, 5000)).hasSize(50);
            } finally {
                link.close();
            }
            assertThat(link.state()).isEqualTo(LinkState.CLOSED);
        }
        assertThat(Resources.awaitNoSdkThreads(2000)).isEmpty();
        assertThat(Resources.openFds()).isLessThanOrEqualTo(fdsBefore);
        Collections.sort(reconnectMillis);
        System.out.printf("tcp reconnect after replug: min %d ms, median %d ms, max %d ms over %d cycles%n",
                reconnectMillis.get(0), reconnectMillis.get(reconnectMillis.size() / 2),
                reconnectMillis.get(reconnectMillis.size() - 1), reconnectMillis.size());
    }

    @Test
    void withDefaultBackoffAReplugIsSeenWithinFiveSeconds() throws Exception {
        try (TcpPeer peer = TcpPeer.start(true);
                Link link = links.connect(peer.uri(), LinkOptions.defaults())) {
            StateRecorder rec = new StateRecorder();
            link.addListener(rec);
            peer.stop();
            assertThat(rec.await(LinkState.OFFLINE, Duration.ofSeconds(5))).isTrue();
            // Stay unplugged long enough for the backoff to reach its cap.
            Thread.sleep(3000);
            long t0 = System.nanoTime();
            peer.start();
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
            System.out.printf("tcp reconnect with the default backoff after 3 s unplugged: %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Test
    void refusedConnectionNamesTheUriAndWhatToCheck() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String uri = "tcp://127.0.0.1:" + port;
        assertThatThrownBy(() -> links.connect(uri, FAST))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeviceUnavailableException.Reason.REFUSED);
                    assertThat(e.uri()).isEqualTo(uri);
                    assertThat(e.getMessage()).contains(uri).contains("refused").contains("port " + port);
                });
        assertThat(Resources.awaitNoSdkThreads(2000)).isEmpty();
    }

    @Test
    void writeWhileOfflineFailsWithTheLastError() throws Exception {
        TcpPeer peer = TcpPeer.start(true);
        LinkOptions opts = FAST.toBuilder().writeTimeout(Duration.ofMillis(300)).build();
        try (Link link = links.connect(peer.uri(), opts)) {
            StateRecorder rec = new StateRecorder();
            link.addListener(rec);
            peer.stop();
            assertThat(rec.await(LinkState.OFFLINE, Duration.ofSeconds(5))).isTrue();
            assertThatThrownBy(() -> link.write(new byte[] {1}))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DeviceUnavailableException.Reason.NOT_CONNECTED);
                        assertThat(e.getMessage()).contains("not connected").contains("last error");
                    });
        }
    }

    @Test
    void writeTimesOutWhenTheDeviceStopsTakingBytes() throws Exception {
        LinkOptions opts = FAST.toBuilder().writeTimeout(Duration.ofMillis(500)).build();
        try (TcpPeer peer = TcpPeer.start(false); Link link = links.connect(peer.uri(), opts)) {
            byte[] chunk = new byte[1 << 20];
            assertThatThrownBy(() -> {
                for (int i = 0; i < 256; i++) {
                    link.write(chunk);
                }
            }).isInstanceOf(LinkTimeoutException.class).hasMessageContaining("timed out");
            assertThat(link.stats().errors()).isGreaterThanOrEqualTo(1);
            // The link resets the connection after a partial write and comes back.
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void listenersRunOnTheEventThreadAndTheirFailuresAreIsolated() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        LinkOptions opts = FAST.toBuilder().errorHandler((src, e) -> errors.add(src + " " + e.getMessage())).build();
        try (TcpPeer peer = TcpPeer.start(true)) {
            Link link = links.connect(peer.uri(), opts);
            link.addListener((l, from, to, cause) -> {
                throw new IllegalStateException("listener bug on " + to);
            });
            StateRecorder rec = new StateRecorder();
            link.addListener(rec);
            peer.stop();
            assertThat(rec.await(LinkState.OFFLINE, Duration.ofSeconds(5))).isTrue();
            link.close();
            assertThat(rec.states()).containsExactly(LinkState.OFFLINE, LinkState.CLOSED);
            assertThat(rec.threads()).allSatisfy(t -> assertThat(t.getName()).startsWith("motcua-link-events"));
            assertThat(errors).contains(peer.uri() + " listener bug on OFFLINE", peer.uri() + " listener bug on CLOSED");
        }
    }

    @Test
    void pushModeDeliversChunksInOrderAndBufferedBytesFirst() throws Exception {
        try (TcpPeer peer = TcpPeer.start(true); Link link = links.connect(peer.uri(), FAST)) {
            peer.send("abc".getBytes(StandardCharsets.US_ASCII));
            byte[] first = link.readExactly(1, Duration.ofSeconds(5));
            assertThat(first).containsExactly('a');
            Thread.sleep(100);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            link.setReceiver((l, chunk) -> {
                synchronized (got) {
                    got.write(chunk, 0, chunk.length);
                    got.notifyAll();
                }
            });
            peer.send("def".getBytes(StandardCharsets.US_ASCII));
            synchronized (got) {
                long deadline = System.currentTimeMillis() + 5000;
                while (got.size() < 5 && System.currentTimeMillis() < deadline) {
                    got.wait(50);
                }
            }
            assertThat(got.toString(StandardCharsets.US_ASCII)).isEqualTo("bcdef");
            assertThatThrownBy(() -> link.read(new byte[1], 0, 1, Duration.ZERO)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void fullInboundBufferDropsTheOldestBytesAndCountsThem() throws Exception {
        LinkOptions opts = FAST.toBuilder().inboundBufferBytes(1000).build();
        try (TcpPeer peer = TcpPeer.start(true); Link link = links.connect(peer.uri(), opts)) {
            byte[] data = new byte[3000];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (i % 251);
            }
            peer.send(data);
            long deadline = System.currentTimeMillis() + 5000;
            while (link.stats().bytesRead() < data.length && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(link.stats().droppedBytes()).isEqualTo(2000);
            byte[] kept = link.readExactly(1000, Duration.ofSeconds(1));
            assertThat(kept).isEqualTo(Arrays.copyOfRange(data, 2000, 3000));
        }
    }

    @Test
    void rejectsBadAddressesBeforeConnecting() {
        assertThatThrownBy(() -> links.open("tcp://printer", FAST)).hasMessageContaining("needs a host and a port");
        assertThatThrownBy(() -> links.open("tcp://printer:99999", FAST)).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> links.open("tcp://printer:9100?speed=1", FAST)).hasMessageContaining("unknown parameter \"speed\"");
        assertThatThrownBy(() -> links.open("seria:/dev/ttyS0", FAST))
                .hasMessageContaining("unknown scheme \"seria\"").hasMessageContaining("tcp");
    }
}
