package vn.motcua.core.internal.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.internal.usb.FakeUsbDevice.bulk;
import static vn.motcua.core.internal.usb.FakeUsbDevice.interrupt;
import static vn.motcua.core.internal.usb.UsbConnectTest.printer;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.usb.FakeUsbDevice.Op;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;

class UsbDiscoveryTest {

    @Test
    void kindComesFromTheClassCodes() {
        FakeUsbBackend b = new FakeUsbBackend(
                printer().at(1, 2, "1-1").build(),
                FakeUsbDevice.builder(0x05e0, 0x1200).at(1, 3, "1-2").iface(0, UsbClasses.HID, interrupt(0x81)).build(),
                FakeUsbDevice.builder(0x1a86, 0x7523).at(1, 4, "1-3").deviceClass(UsbClasses.CDC).build(),
                FakeUsbDevice.builder(0x0fe6, 0x811e).at(1, 5, "1-4").iface(0, UsbClasses.VENDOR, bulk(0x02)).build(),
                FakeUsbDevice.builder(0x1d6b, 0x0002).at(1, 1, "usb1").deviceClass(UsbClasses.HUB).build(),
                FakeUsbDevice.builder(0x0781, 0x5567).at(1, 6, "1-5").iface(0, UsbClasses.MASS_STORAGE, bulk(0x01)).build(),
                FakeUsbDevice.builder(0x2341, 0x0043).at(1, 7, "1-6").deviceClass(UsbClasses.MISCELLANEOUS)
                        .iface(0, UsbClasses.CDC, interrupt(0x82)).iface(1, UsbClasses.CDC_DATA, bulk(0x04)).build());
        List<PortInfo> found = new UsbLinkProvider(b).discover();
        assertThat(found).extracting(PortInfo::kind).containsExactly(PortKind.USB_PRINTER, PortKind.USB_HID,
                PortKind.USB_CDC_SERIAL, PortKind.USB_VENDOR, PortKind.USB_HUB, PortKind.OTHER, PortKind.USB_CDC_SERIAL);
        assertThat(found).extracting(PortInfo::uri).startsWith("usb://04b8:0202", "usb://05e0:1200");
    }

    @Test
    void describesVendorProductAndSerialWhereReadable() {
        FakeUsbDevice d = printer().build();
        PortInfo p = new UsbLinkProvider(new FakeUsbBackend(d)).discover().get(0);
        assertThat(p.description()).isEqualTo("EPSON TM-T20II (ABC123)");
        assertThat(p.note()).isEmpty();
        assertThat(d.openHandles()).isZero();
    }

    @Test
    void accessDeniedStillListsTheIdsAndSaysWhy() {
        FakeUsbDevice d = printer().build();
        d.failAlways(Op.OPEN, UsbError.ACCESS);
        PortInfo p = new UsbLinkProvider(new FakeUsbBackend(d)).discover().get(0);
        assertThat(p.uri()).isEqualTo("usb://04b8:0202");
        assertThat(p.kind()).isEqualTo(PortKind.USB_PRINTER);
        assertThat(p.description()).contains("04b8:0202");
        assertThat(p.note()).contains("permission denied").contains("ATTR{idVendor}==\"04b8\"");
    }

    @Test
    void aDeviceWithoutWinUsbOnWindowsIsListedWithTheZadigAdvice() {
        FakeUsbDevice d = printer().build();
        d.failAlways(Op.OPEN, UsbError.NOT_SUPPORTED);
        PortInfo p = new UsbLinkProvider(new FakeUsbBackend(d), "Windows 10").discover().get(0);
        assertThat(p.uri()).isEqualTo("usb://04b8:0202");
        assertThat(p.description()).contains("04b8:0202");
        assertThat(p.note()).contains("LIBUSB_ERROR_NOT_SUPPORTED").contains("WinUSB").contains("Zadig");
    }

    @Test
    void identicalDevicesAreToldApartBySerial() {
        FakeUsbBackend b = new FakeUsbBackend(
                printer().at(1, 5, "1-1").names("EPSON", "TM-T20II", "A&1").build(),
                printer().at(1, 6, "1-2").names("EPSON", "TM-T20II", "B2").build());
        assertThat(new UsbLinkProvider(b).discover()).extracting(PortInfo::uri)
                .containsExactly("usb://04b8:0202?serial=A%261", "usb://04b8:0202?serial=B2");
    }

    @Test
    void aListingFailureIsReportedNotThrown() {
        FakeUsbBackend b = new FakeUsbBackend(printer().build());
        b.failListing(UsbError.OTHER);
        assertThat(new UsbLinkProvider(b).discover()).singleElement()
                .satisfies(p -> assertThat(p.note()).contains("cannot list USB devices").contains("LIBUSB_ERROR_OTHER"));
    }
}
