package vn.motcua.core.internal.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.internal.usb.FakeUsbDevice.bulk;
import static vn.motcua.core.internal.usb.FakeUsbDevice.interrupt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.internal.usb.FakeUsbDevice.Op;
import vn.motcua.core.link.LinkUri;

/** Finding, opening and claiming a device, through the fake backend. */
class UsbConnectTest {

    static UsbConnection connect(UsbBackend backend, String uri) {
        return (UsbConnection) new UsbLinkProvider(backend).endpoint(LinkUri.parse(uri)).connect(Duration.ofSeconds(1));
    }

    /** A receipt printer with a vendor interface first and the printer-class interface second. */
    static FakeUsbDevice.Builder printer() {
        return FakeUsbDevice.builder(0x04b8, 0x0202)
                .names("EPSON", "TM-T20II", "ABC123")
                .iface(0, UsbClasses.VENDOR, bulk(0x03), bulk(0x84))
                .iface(1, UsbClasses.PRINTER, bulk(0x01), bulk(0x82));
    }

    private static void writeOne(UsbConnection c) {
        c.write("x".getBytes(StandardCharsets.US_ASCII), 0, 1, Duration.ofSeconds(1));
    }

    @Test
    void picksThePrinterClassInterfaceAndItsBulkEndpoints() {
        FakeUsbDevice d = printer().build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            assertThat(c.pipes().iface().number()).isEqualTo(1);
            assertThat(c.pipes().out().address()).isEqualTo(0x01);
            assertThat(c.pipes().in().address()).isEqualTo(0x82);
            writeOne(c);
            assertThat(d.claimed()).containsExactly(1);
        }
        assertThat(d.calls()).containsExactly("open", "claim 1", "write 0x01", "release 1", "close");
    }

    @Test
    void withoutAPrinterInterfacePicksAVendorInterfaceWithBulkOut() {
        FakeUsbDevice d = FakeUsbDevice.builder(0x0fe6, 0x811e)
                .iface(0, UsbClasses.HID, interrupt(0x81))
                .iface(1, UsbClasses.VENDOR, interrupt(0x83))
                .iface(2, UsbClasses.VENDOR, bulk(0x85), bulk(0x02))
                .build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://0fe6:811e")) {
            assertThat(c.pipes().iface().number()).isEqualTo(2);
            assertThat(c.pipes().out().address()).isEqualTo(0x02);
            assertThat(c.pipes().in().address()).isEqualTo(0x85);
        }
    }

    @Test
    void picksTheCdcDataInterfaceOfAVirtualSerialPort() {
        FakeUsbDevice d = FakeUsbDevice.builder(0x1a86, 0x7523)
                .iface(0, UsbClasses.CDC, interrupt(0x83))
                .iface(1, UsbClasses.CDC_DATA, bulk(0x02), bulk(0x81))
                .build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://1a86:7523")) {
            assertThat(c.pipes().iface().number()).isEqualTo(1);
            assertThat(c.pipes().out().address()).isEqualTo(0x02);
        }
    }

    @Test
    void explicitInterfaceAndEndpointsWin() {
        FakeUsbDevice d = FakeUsbDevice.builder(0x04b8, 0x0202)
                .iface(0, UsbClasses.PRINTER, bulk(0x01), bulk(0x82), bulk(0x03), bulk(0x84))
                .build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202?interface=0&out=0x03&in=0x84")) {
            assertThat(c.pipes().out().address()).isEqualTo(0x03);
            assertThat(c.pipes().in().address()).isEqualTo(0x84);
            writeOne(c);
        }
        assertThat(d.calls()).contains("write 0x03");
    }

    @Test
    void fallsBackToInterruptEndpointsOnANamedInterface() {
        FakeUsbDevice d = FakeUsbDevice.builder(0x05e0, 0x1200).iface(0, UsbClasses.HID, interrupt(0x81), interrupt(0x02)).build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://05e0:1200?interface=0&detach=true")) {
            assertThat(c.pipes().in().type()).isEqualTo(UsbTransferType.INTERRUPT);
            assertThat(c.pipes().out().address()).isEqualTo(0x02);
        }
    }

    @Test
    void nothingSuitableNamesTheInterfacesThereAre() {
        FakeUsbDevice d = FakeUsbDevice.builder(0x05e0, 0x1200).iface(0, UsbClasses.HID, interrupt(0x81)).build();
        FakeUsbBackend b = new FakeUsbBackend(d);
        assertThatThrownBy(() -> connect(b, "usb://05e0:1200"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("0 (HID)").hasMessageContaining("interface=N");
        assertThatThrownBy(() -> connect(b, "usb://05e0:1200?interface=3")).hasMessageContaining("has no interface 3");
        assertThatThrownBy(() -> connect(b, "usb://05e0:1200?interface=0&in=0x83"))
                .hasMessageContaining("0x83").hasMessageContaining("0x81 interrupt IN");
        assertThat(d.calls()).doesNotContain("open");
    }

    @Test
    void detachesAnActiveKernelDriverAndGivesItBackOnClose() {
        FakeUsbDevice d = printer().driver(1, "usblp").build();
        UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202");
        assertThat(d.driver(1)).isEmpty();
        assertThat(d.claimed()).containsExactly(1);
        c.close();
        assertThat(d.driver(1)).hasValue("usblp");
        assertThat(d.calls()).containsExactly("open", "detach 1", "claim 1", "release 1", "attach 1", "close");
    }

    @Test
    void detachFalseWithAnActiveDriverIsBusyAndSaysWhichDriver() {
        FakeUsbDevice d = printer().driver(1, "usblp").build();
        assertThatThrownBy(() -> connect(new FakeUsbBackend(d), "usb://04b8:0202?detach=false"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BUSY);
                    assertThat(e.remedy()).contains("detach=true").contains("unbind");
                })
                .hasMessageContaining("the kernel driver (usblp) holds interface 1");
        assertThat(d.driver(1)).hasValue("usblp");
        assertThat(d.openHandles()).isZero();
    }

    @Test
    void claimBusySaysAnotherProgramHoldsItAndReattachesTheDriver() {
        FakeUsbDevice d = printer().driver(1, "usblp").build();
        d.failNext(Op.CLAIM, UsbError.BUSY);
        assertThatThrownBy(() -> connect(new FakeUsbBackend(d), "usb://04b8:0202"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY))
                .hasMessageContaining("another program or the kernel driver holds the device");
        assertThat(d.calls()).containsExactly("open", "detach 1", "claim 1", "attach 1", "close");
        assertThat(d.driver(1)).hasValue("usblp");
    }

    @Test
    void accessDeniedGivesPermissionDeniedWithTheUdevRule() {
        FakeUsbDevice d = printer().build();
        d.failAlways(Op.OPEN, UsbError.ACCESS);
        assertThatThrownBy(() -> connect(new FakeUsbBackend(d), "usb://04b8:0202"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
                    assertThat(e.remedy())
                            .contains("SUBSYSTEM==\"usb\", ATTR{idVendor}==\"04b8\", ATTR{idProduct}==\"0202\", MODE=\"0660\", GROUP=\"plugdev\"")
                            .contains("usermod -aG plugdev");
                })
                .hasMessageContaining("04b8:0202").hasMessageContaining("LIBUSB_ERROR_ACCESS");
    }

    @Test
    void aDeviceWithoutWinUsbOnWindowsIsPermissionDeniedWithTheZadigAdvice() {
        FakeUsbDevice d = printer().build();
        d.failAlways(Op.OPEN, UsbError.NOT_SUPPORTED);
        UsbLinkProvider windows = new UsbLinkProvider(new FakeUsbBackend(d), "Windows 11");
        for (String uri : new String[] {"usb://04b8:0202", "usb://04b8:0202?serial=ABC123"}) {
            assertThatThrownBy(() -> windows.endpoint(LinkUri.parse(uri)).connect(Duration.ofSeconds(1)))
                    .as(uri)
                    .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
                        assertThat(e.remedy()).contains("WinUSB").contains("Zadig").doesNotContain("udev");
                    })
                    .hasMessageContaining("04b8:0202").hasMessageContaining("LIBUSB_ERROR_NOT_SUPPORTED")
                    .hasMessageNotContaining("no permission");
        }
        assertThat(d.openHandles()).isZero();
    }

    @Test
    void detachDeniedIsAlsoPermissionDenied() {
        FakeUsbDevice d = printer().driver(1, "usblp").build();
        d.failNext(Op.DETACH, UsbError.ACCESS);
        assertThatThrownBy(() -> connect(new FakeUsbBackend(d), "usb://04b8:0202"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED))
                .hasMessageContaining("usblp");
        assertThat(d.openHandles()).isZero();
    }

    @Test
    void missingDeviceIsNotFoundAndListsWhatIsThere() {
        FakeUsbDevice hub = FakeUsbDevice.builder(0x1d6b, 0x0002).at(1, 1, "usb1").deviceClass(UsbClasses.HUB).build();
        FakeUsbDevice scanner = FakeUsbDevice.builder(0x05e0, 0x1200).at(1, 7, "1-2").iface(0, UsbClasses.HID, interrupt(0x81)).build();
        assertThatThrownBy(() -> connect(new FakeUsbBackend(hub, scanner), "usb://04b8:0202"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.remedy()).contains("lsusb");
                })
                .hasMessageContaining("no USB device 04b8:0202")
                .hasMessageContaining("1d6b:0002 at usb1")
                .hasMessageContaining("05e0:1200 at 1-2");
        assertThatThrownBy(() -> connect(new FakeUsbBackend(), "usb://04b8:0202"))
                .hasMessageContaining("libusb sees no USB devices");
    }

    @Test
    void serialPicksOneOfTwoIdenticalDevices() {
        FakeUsbDevice first = printer().at(1, 5, "1-1").names("EPSON", "TM-T20II", "AAA111").build();
        FakeUsbDevice second = printer().at(1, 6, "1-2").names("EPSON", "TM-T20II", "BBB222").build();
        FakeUsbBackend b = new FakeUsbBackend(first, second);
        try (UsbConnection c = connect(b, "usb://04b8:0202?serial=BBB222")) {
            writeOne(c);
        }
        assertThat(first.received()).isEmpty();
        assertThat(first.openHandles()).isZero();
        assertThat(second.received()).isEqualTo(new byte[] {'x'});
        assertThatThrownBy(() -> connect(b, "usb://04b8:0202?serial=CCC333"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("AAA111").hasMessageContaining("BBB222");
    }

    @Test
    void libusbThatCannotListIsReportedAsUnavailable() {
        FakeUsbBackend b = new FakeUsbBackend(printer().build());
        b.failListing(UsbError.NO_MEM);
        assertThatThrownBy(() -> connect(b, "usb://04b8:0202"))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OTHER))
                .hasMessageContaining("LIBUSB_ERROR_NO_MEM");
    }

    @Test
    void permissionRemedyFitsTheOperatingSystem() {
        assertThat(UsbRemedies.permission(0x04b8, 0x0202, "Windows 11")).contains("WinUSB").doesNotContain("udev");
        assertThat(UsbRemedies.permission(0x04b8, 0x0202, "Mac OS X")).contains("macOS");
        assertThat(UsbRemedies.permission(0x04b8, 0x0202, "Linux")).contains("ATTR{idVendor}==\"04b8\"");
    }
}
