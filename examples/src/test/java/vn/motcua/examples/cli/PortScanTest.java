package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;

class PortScanTest {
    private static final PortInfo TTY = new PortInfo("serial:/dev/ttyUSB0", PortKind.SERIAL, "FT232R USB UART", "");
    private static final PortInfo EPSON = new PortInfo("usb://04b8:0202", PortKind.USB_PRINTER, "EPSON TM-T20II", "");

    @Test
    void splitsPortsFromFailedProviders() {
        Sdk sdk = FakeDiscovery.sdk(FakeDiscovery.listing("serial", TTY),
                FakeDiscovery.failing("usb", new IllegalStateException("LIBUSB_ERROR_ACCESS")));
        PortScan scan = PortScan.run(sdk.links());
        assertThat(scan.ports()).containsExactly(TTY);
        assertThat(scan.ports("serial")).containsExactly(TTY);
        assertThat(scan.ports("usb")).isEmpty();
        assertThat(scan.failure("serial")).isNull();
        assertThat(scan.failure("usb")).isNotNull();
        assertThat(scan.failure("usb").note()).contains("LIBUSB_ERROR_ACCESS");
        assertThat(scan.has("serial")).isTrue();
        assertThat(scan.has("usb")).isTrue();
    }

    @Test
    void schemesStaySorted() {
        Sdk sdk = FakeDiscovery.sdk(FakeDiscovery.listing("usb"), FakeDiscovery.listing("serial"));
        assertThat(PortScan.run(sdk.links()).schemes()).containsExactly("serial", "sim", "usb");
        Check schemes = EnvironmentCheck.run(PortScan.run(sdk.links()), sdk.kinds(), Optional.empty(), Path.of("/nonexistent"))
                .stream().filter(c -> c.name().equals("Link schemes")).findFirst().orElseThrow();
        assertThat(schemes.value()).isEqualTo("serial, sim, usb");
    }

    @Test
    void aPortWithANoteIsStillAPort() {
        PortInfo unreadable = new PortInfo("usb://1a86:7523", PortKind.OTHER, "", "cannot read descriptor: access denied");
        PortScan scan = PortScan.run(FakeDiscovery.sdk(FakeDiscovery.listing("usb", unreadable, EPSON)).links());
        assertThat(scan.ports()).containsExactly(unreadable, EPSON);
        assertThat(scan.failures()).isEmpty();
    }

    @Test
    void portsCommandPrintsATableAndTheFailure() {
        Sdk sdk = FakeDiscovery.sdk(FakeDiscovery.listing("serial", TTY),
                FakeDiscovery.failing("usb", new IllegalStateException("LIBUSB_ERROR_ACCESS")));
        Cli.Result r = Cli.run(sdk, "ports");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines().toList()).startsWith(
                "URI                  KIND    DESCRIPTION      NOTE",
                "serial:/dev/ttyUSB0  SERIAL  FT232R USB UART");
        assertThat(r.err()).contains("usb: search failed:", "LIBUSB_ERROR_ACCESS");
        assertThat(r.out()).contains("serial:/dev/pts/3");
    }

    @Test
    void portsCommandSaysWhichSchemesHaveNoProvider() {
        Sdk sdk = FakeDiscovery.sdk(FakeDiscovery.listing("usb", EPSON));
        Cli.Result r = Cli.run(sdk, "ports");
        assertThat(r.out()).contains("usb://04b8:0202  USB_PRINTER  EPSON TM-T20II");
        assertThat(r.out()).contains("serial: not searched (no serial link provider on the class path)");
    }
}
