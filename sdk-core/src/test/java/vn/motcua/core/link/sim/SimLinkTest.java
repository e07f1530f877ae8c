package vn.motcua.core.link.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.link.Backoff;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkState;
import vn.motcua.core.testing.StateRecorder;

class SimLinkTest {
    private static final LinkOptions FAST = LinkOptions.builder()
            .readPoll(Duration.ofMillis(50))
            .writeTimeout(Duration.ofMillis(500))
            .backoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 2.0, 0.2))
            .build();
    private final LinkRegistry links = LinkRegistry.defaults();
    private final String name = "sim-test-" + System.nanoTime();

    @AfterEach
    void forget() {
        SimPorts.remove(name);
    }

    @Test
    void echoDeviceAnswersEveryByte() throws Exception {
        try (Link link = links.connect("sim:" + name + "?echo=true", FAST)) {
            link.write("A012".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(link.readExactly(4, Duration.ofSeconds(2)), StandardCharsets.US_ASCII)).isEqualTo("A012");
        }
    }

    @Test
    void deviceSideSeesWhatTheHostWroteAndAnswers() throws Exception {
        SimPort port = SimPorts.port(name);
        try (Link link = links.connect("sim:" + name, FAST)) {
            link.write(new byte[] {0x10, 0x04, 0x01});
            assertThat(port.receive(Duration.ofSeconds(2))).containsExactly(0x10, 0x04, 0x01);
            port.send(new byte[] {0x12});
            assertThat(link.readExactly(1, Duration.ofSeconds(2))).containsExactly(0x12);
        }
    }

    @Test
    void readExactlyTakesAllOrNothing() throws Exception {
        SimPort port = SimPorts.port(name);
        try (Link link = links.connect("sim:" + name, FAST)) {
            port.send(new byte[] {1, 2});
            assertThatThrownBy(() -> link.readExactly(3, Duration.ofMillis(200)))
                    .isInstanceOf(vn.motcua.core.LinkTimeoutException.class)
                    .hasMessageContaining("2 arrived, kept for the next read");
            port.send(new byte[] {3});
            assertThat(link.readExactly(3, Duration.ofSeconds(2))).containsExactly(1, 2, 3);
            assertThatThrownBy(() -> link.readExactly(FAST.inboundBufferBytes() + 1, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inbound buffer");
        }
    }

    @Test
    void hugeTimeoutsMeanWaitLongNotOverflow() throws Exception {
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
        SimPort port = SimPorts.port(name);
        try (Link link = links.connect("sim:" + name, FAST)) {
            assertThat(link.awaitReady(forever)).isTrue();
            port.send(new byte[] {7});
            assertThat(link.readExactly(1, forever)).containsExactly(7);
            port.send(new byte[] {8});
            byte[] one = new byte[1];
            assertThat(link.read(one, 0, 1, forever)).isEqualTo(1);
            assertThat(one).containsExactly(8);
            assertThat(link.read(one, 0, 1, Duration.ofMillis(-5))).isZero();
        }
    }

    @Test
    void unplugAndPlugMoveTheLinkOfflineAndBack() throws Exception {
        SimPort port = SimPorts.port(name);
        try (Link link = links.connect("sim:" + name, FAST)) {
            StateRecorder rec = new StateRecorder();
            link.addListener(rec);
            port.unplug();
            assertThat(rec.await(LinkState.OFFLINE, Duration.ofSeconds(2))).isTrue();
            assertThatThrownBy(() -> link.write(new byte[] {1})).isInstanceOf(DeviceUnavailableException.class)
                    .hasMessageContaining("unplugged");
            port.plug();
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
            assertThat(link.stats().reconnects()).isEqualTo(1);
        }
    }

    @Test
    void secondHostConnectionIsBusy() throws Exception {
        try (Link first = links.connect("sim:" + name, FAST)) {
            assertThat(first.state()).isEqualTo(LinkState.READY);
            assertThatThrownBy(() -> links.connect("sim:" + name, FAST))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(DeviceUnavailableException.Reason.BUSY));
        }
    }

    @Test
    void rejectsBadNames() {
        assertThatThrownBy(() -> links.open("sim:bad name", FAST)).hasMessageContaining("simulated port name");
    }
}
