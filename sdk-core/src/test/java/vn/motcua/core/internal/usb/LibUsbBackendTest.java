package vn.motcua.core.internal.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.PortInfo;

/** The real libusb, loaded and initialised through usb4java. This machine may have no devices. */
class LibUsbBackendTest {

    @Test
    void libusbInitialisesAndListsDevices() {
        LibUsbBackend backend = LibUsbBackend.shared();
        assertThat(backend.version()).matches("1\\.\\d+\\.\\d+\\.\\d+");
        assertThatCode(backend::devices).doesNotThrowAnyException();
    }

    @Test
    void openingADeviceThatIsNotThereIsNoDevice() {
        UsbDeviceInfo ghost = new UsbDeviceInfo(250, 127, "250-9", 0xffff, 0xfffe, 0, 0, 0, 0, 1, List.of());
        assertThatThrownBy(() -> LibUsbBackend.shared().open(ghost))
                .isInstanceOfSatisfying(UsbException.class, e -> assertThat(e.error()).isEqualTo(UsbError.NO_DEVICE));
    }

    @Test
    void providerDiscoveryRunsOnTheRealLibusb() {
        // A listing that failed would be one entry "usb:" whose note says why.
        List<PortInfo> found = new UsbLinkProvider().discover();
        assertThat(found).noneSatisfy(p -> assertThat(p.uri()).isEqualTo("usb:"));
    }

    @Test
    void serviceLoaderFindsTheProviderAndItReportsAMissingDevice() {
        LinkRegistry registry = LinkRegistry.builder().addDiscovered().build();
        assertThat(registry.schemes()).contains("usb");
        // No device ffff:fffe exists: the real path lists devices and says so.
        assertThatThrownBy(() -> registry.endpoint(LinkUri.parse("usb://ffff:fffe")).connect(Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(DeviceUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeviceUnavailableException.Reason.NOT_FOUND))
                .hasMessageContaining("no USB device ffff:fffe");
    }
}
