package vn.motcua.core.internal.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.internal.usb.UsbConnectTest.printer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.link.Backoff;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkState;
import vn.motcua.core.testing.StateRecorder;

/** A whole {@link Link} over the USB provider and a fake device that is unplugged and replugged. */
class UsbLinkTest {

    private static LinkOptions quick() {
        return LinkOptions.builder()
                .backoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 2.0, 0.0))
                .readPoll(Duration.ofMillis(50))
                .connectTimeout(Duration.ofSeconds(1))
                .writeTimeout(Duration.ofSeconds(2))
                .build();
    }

    @Test
    void goesOfflineWhenUnpluggedAndIsReadyAgainWhenTheDeviceReappears() throws Exception {
        FakeUsbDevice d = printer().driver(1, "usblp").build();
        LinkRegistry registry = LinkRegistry.builder().add(new UsbLinkProvider(new FakeUsbBackend(d))).build();
        StateRecorder recorder = new StateRecorder();
        // The cause of the first OFFLINE: a reconnect attempt may overwrite stats().lastError at once.
        CompletableFuture<Throwable> offlineCause = new CompletableFuture<>();
        try (Link link = registry.open("usb://04b8:0202", quick())) {
            link.addListener((l, from, to, cause) -> {
                if (to == LinkState.OFFLINE) {
                    offlineCause.complete(cause);
                }
            });
            link.addListener(recorder);
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();

            link.write("hello".getBytes(StandardCharsets.US_ASCII));
            d.send(0x82, new byte[] {0x10, 0x04, 0x12});
            assertThat(link.readExactly(3, Duration.ofSeconds(2))).containsExactly(0x10, 0x04, 0x12);

            d.unplug();
            assertThat(recorder.await(LinkState.OFFLINE, Duration.ofSeconds(5))).isTrue();
            assertThat(offlineCause.get(5, TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED))
                    .hasMessageContaining("unplugged").hasMessageContaining("LIBUSB_ERROR_NO_DEVICE");

            d.replug();
            assertThat(link.awaitReady(Duration.ofSeconds(5))).isTrue();
            link.write(" again".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(d.received(), StandardCharsets.US_ASCII)).isEqualTo("hello again");
            assertThat(link.stats().connects()).isEqualTo(2);
        }
        // The first READY may come before the listener is added.
        assertThat(recorder.await(LinkState.CLOSED, Duration.ofSeconds(5))).isTrue();
        assertThat(recorder.states()).containsSubsequence(LinkState.OFFLINE, LinkState.READY, LinkState.CLOSED);
        assertThat(d.openHandles()).isZero();
        assertThat(d.driver(1)).hasValue("usblp");
        assertThat(d.violations()).isEmpty();
    }

    @Test
    void connectReportsTheReasonFromTheDevice() {
        FakeUsbDevice d = printer().build();
        d.failAlways(FakeUsbDevice.Op.OPEN, UsbError.ACCESS);
        LinkRegistry registry = LinkRegistry.builder().add(new UsbLinkProvider(new FakeUsbBackend(d))).build();
        assertThatThrownBy(() -> registry.connect("usb://04b8:0202", quick()))
                .isInstanceOfSatisfying(DeviceUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED))
                .hasMessageContaining("plugdev");
    }
}
