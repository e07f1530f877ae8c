package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;

class SerialDiscoveryTest {

    @Test
    void listsWhatJSerialCommSeesAndAlwaysSaysPtysAreNotListed() {
        List<PortInfo> ports = new SerialLinkProvider().discover();

        assertThat(ports).isNotEmpty().allSatisfy(p -> {
            assertThat(p.uri()).startsWith("serial:");
            assertThat(p.kind()).isEqualTo(PortKind.SERIAL);
            assertThat(p.note()).contains("pseudo-terminals").contains("name them by path");
        });
        ports.stream().filter(p -> !p.uri().equals("serial:"))
                .forEach(p -> assertThat(p.uri()).matches("serial:(/.+|COM[0-9]+)"));
    }

    @Test
    void theRegistryIncludesSerialPortsInItsDiscovery() {
        assertThat(LinkRegistry.defaults().discover()).anySatisfy(p -> assertThat(p.note()).contains("pseudo-terminals"));
    }
}
