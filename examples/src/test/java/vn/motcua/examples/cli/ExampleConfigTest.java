package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.link.sim.SimPorts;

/** The example configuration shipped beside the tool is valid and its devices come up. */
class ExampleConfigTest {
    private static final Path EXAMPLE = Path.of("kiosk.example.json");

    @AfterEach
    void forget() {
        SimPorts.remove("example-printer");
        SimPorts.remove("example-scanner");
    }

    @Test
    void doctorReportsEveryExampleDeviceReady() {
        Cli.Result r = Cli.run("doctor", "--config", EXAMPLE.toString(), "--wait", "3000");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("UBND phường Bến Thành, kiosk 1")
                .containsPattern("(?m)^  printer-1 +link +sim:example-printer\\?echo=true +READY")
                .containsPattern("(?m)^  scanner-1 +link +sim:example-scanner\\?echo=true +READY");
    }
}
