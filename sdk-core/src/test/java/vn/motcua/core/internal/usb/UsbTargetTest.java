package vn.motcua.core.internal.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkUri;

class UsbTargetTest {

    private static UsbTarget parse(String uri) {
        return UsbTarget.parse(LinkUri.parse(uri));
    }

    @Test
    void parsesEveryParameter() {
        UsbTarget t = parse("usb://04b8:0202?interface=1&serial=ABC123&in=0x82&out=1&detach=false");
        assertThat(t.vendorId()).isEqualTo(0x04b8);
        assertThat(t.productId()).isEqualTo(0x0202);
        assertThat(t.vidPid()).isEqualTo("04b8:0202");
        assertThat(t.interfaceNumber()).hasValue(1);
        assertThat(t.serial()).hasValue("ABC123");
        assertThat(t.inEndpoint()).hasValue(0x82);
        assertThat(t.outEndpoint()).hasValue(0x01);
        assertThat(t.detach()).isFalse();
    }

    @Test
    void defaultsLeaveTheChoiceToTheDescriptors() {
        UsbTarget t = parse("usb://0FE6:811e/");
        assertThat(t.vendorId()).isEqualTo(0x0fe6);
        assertThat(t.productId()).isEqualTo(0x811e);
        assertThat(t.interfaceNumber()).isEmpty();
        assertThat(t.serial()).isEmpty();
        assertThat(t.inEndpoint()).isEmpty();
        assertThat(t.outEndpoint()).isEmpty();
        assertThat(t.detach()).isTrue();
    }

    @Test
    void badTargetSaysWhatIsExpected() {
        for (String bad : new String[] {"usb://04b8", "usb://printer:0202", "usb://12345:0001", "usb://04b8:0202:1"}) {
            assertThatThrownBy(() -> parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("vendor:product ids in hex");
        }
    }

    @Test
    void badInterfaceNamesTheParameter() {
        assertThatThrownBy(() -> parse("usb://04b8:0202?interface=abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"interface\"");
        assertThatThrownBy(() -> parse("usb://04b8:0202?interface=256"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"interface\"").hasMessageContaining("0..255");
        assertThatThrownBy(() -> parse("usb://04b8:0202?interface=-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"interface\"");
    }

    @Test
    void endpointsMustPointTheRightWay() {
        assertThatThrownBy(() -> parse("usb://04b8:0202?in=0x01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"in\"").hasMessageContaining("IN endpoint");
        assertThatThrownBy(() -> parse("usb://04b8:0202?out=0x81"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"out\"").hasMessageContaining("OUT endpoint");
        assertThatThrownBy(() -> parse("usb://04b8:0202?out=0x00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"out\"");
        assertThatThrownBy(() -> parse("usb://04b8:0202?in=0x90"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"in\"");
        assertThatThrownBy(() -> parse("usb://04b8:0202?in=zz"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"in\"").hasMessageContaining("0x81");
    }

    @Test
    void otherParametersNameThemselves() {
        assertThatThrownBy(() -> parse("usb://04b8:0202?serial="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"serial\"");
        assertThatThrownBy(() -> parse("usb://04b8:0202?detach=maybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"detach\"");
        assertThatThrownBy(() -> parse("usb://04b8:0202?baud=9600"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"baud\"").hasMessageContaining("interface");
    }

    @Test
    void theProviderValidatesWithoutTouchingTheDevice() {
        FakeUsbDevice device = FakeUsbDevice.builder(0x04b8, 0x0202).iface(0, 7, FakeUsbDevice.bulk(0x01)).build();
        LinkRegistry registry = LinkRegistry.builder().add(new UsbLinkProvider(new FakeUsbBackend(device))).build();
        assertThat(registry.endpoint(LinkUri.parse("usb://04b8:0202?interface=0"))).isInstanceOf(UsbLinkEndpoint.class);
        assertThatThrownBy(() -> registry.endpoint(LinkUri.parse("usb://04b8:0202?in=1")))
                .hasMessageContaining("\"in\"");
        assertThat(device.calls()).isEmpty();
    }
}
