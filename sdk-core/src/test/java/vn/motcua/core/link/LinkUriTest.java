package vn.motcua.core.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkUriTest {

    @Test
    void parsesEachSchemeForm() {
        LinkUri serial = LinkUri.parse("serial:/dev/ttyUSB0?baud=115200&parity=none");
        assertThat(serial.scheme()).isEqualTo("serial");
        assertThat(serial.target()).isEqualTo("/dev/ttyUSB0");
        assertThat(serial.params()).containsExactly(
                java.util.Map.entry("baud", "115200"), java.util.Map.entry("parity", "none"));
        assertThat(serial.intParam("baud", 9600)).isEqualTo(115200);

        LinkUri tcp = LinkUri.parse("TCP://10.0.0.5:9100");
        assertThat(tcp.scheme()).isEqualTo("tcp");
        assertThat(tcp.target()).isEqualTo("10.0.0.5:9100");
        assertThat(tcp.params()).isEmpty();

        assertThat(LinkUri.parse("usb://04b8:0202?interface=0").target()).isEqualTo("04b8:0202");
        assertThat(LinkUri.parse("sim:printer-1").target()).isEqualTo("printer-1");
    }

    @Test
    void decodesPercentEscapesAndFlags() {
        LinkUri u = LinkUri.parse("sim:x?name=a%20b&echo");
        assertThat(u.param("name")).contains("a b");
        assertThat(u.boolParam("echo", false)).isTrue();
        assertThat(u.boolParam("missing", false)).isFalse();
    }

    @Test
    void rejectsMalformedAddressesWithAReason() {
        assertThatThrownBy(() -> LinkUri.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> LinkUri.parse("/dev/ttyUSB0")).hasMessageContaining("no scheme");
        assertThatThrownBy(() -> LinkUri.parse("tcp://")).hasMessageContaining("no target");
        assertThatThrownBy(() -> LinkUri.parse("sim:a?x=1&x=2")).hasMessageContaining("repeats parameter \"x\"");
        assertThatThrownBy(() -> LinkUri.parse("sim:a?x=%zz")).hasMessageContaining("malformed escape");
        assertThatThrownBy(() -> LinkUri.parse("1tcp:a")).hasMessageContaining("invalid scheme");
    }

    @Test
    void namesTheBadParameter() {
        LinkUri u = LinkUri.parse("serial:/dev/ttyS0?baud=fast&bogus=1&flag=maybe");
        assertThatThrownBy(() -> u.intParam("baud", 9600)).hasMessageContaining("\"baud\"").hasMessageContaining("fast");
        assertThatThrownBy(() -> u.boolParam("flag", false)).hasMessageContaining("\"flag\"");
        assertThatThrownBy(() -> u.requireKnownParams(Set.of("baud", "flag")))
                .hasMessageContaining("unknown parameter \"bogus\"")
                .hasMessageContaining("known: baud, flag");
    }
}
