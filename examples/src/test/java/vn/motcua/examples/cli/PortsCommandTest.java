package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;

class PortsCommandTest {
    private static final PortInfo TTY = new PortInfo("serial:/dev/ttyUSB0", PortKind.SERIAL, "FT232R USB UART", "");

    @Test
    void saysPlainlyWhenTheSearchFindsNothing() {
        Cli.Result r = Cli.run(FakeDiscovery.sdk(FakeDiscovery.listing("serial"), FakeDiscovery.listing("usb")), "ports");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "No serial ports or USB devices found.",
                "",
                PortScan.PTY_NOTE + ".");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutProvidersNothingIsFoundAndItSaysWhatWasNotSearched() {
        Cli.Result r = Cli.run(FakeDiscovery.sdk(), "ports");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "No serial ports or USB devices found.",
                "serial: not searched (no serial link provider on the class path)",
                "usb: not searched (no usb link provider on the class path)",
                "",
                PortScan.PTY_NOTE + ".");
    }

    @Test
    void jsonListsPortsSearchesAndTheNote() throws Exception {
        Sdk sdk = FakeDiscovery.sdk(FakeDiscovery.listing("serial", TTY),
                FakeDiscovery.failing("usb", new IllegalStateException("LIBUSB_ERROR_ACCESS")));
        Cli.Result r = Cli.run(sdk, "ports", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("ports")).hasSize(1);
        assertThat(json.get("ports").get(0).get("uri").asText()).isEqualTo("serial:/dev/ttyUSB0");
        assertThat(json.get("ports").get(0).get("kind").asText()).isEqualTo("SERIAL");
        JsonNode searched = json.get("searched");
        assertThat(searched).hasSize(PortScan.HARDWARE_SCHEMES.size());
        assertThat(searched.get(0).get("scheme").asText()).isEqualTo("serial");
        assertThat(searched.get(0).get("status").asText()).isEqualTo("ok");
        assertThat(searched.get(1).get("scheme").asText()).isEqualTo("usb");
        assertThat(searched.get(1).get("status").asText()).isEqualTo("failed");
        assertThat(searched.get(1).get("note").asText()).contains("LIBUSB_ERROR_ACCESS");
        assertThat(json.get("note").asText()).isEqualTo(PortScan.PTY_NOTE);
    }
}
