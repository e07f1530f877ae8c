package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PortsCommandTest {

    @Test
    void alwaysSaysThatPtysAreNotListed() {
        Cli.Result r = Cli.run("ports");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Pseudo-terminals (ptys", "are not listed", "serial:/dev/pts/3");
    }

    @Test
    void saysPlainlyWhenNothingIsFoundOrPrintsATable() {
        Cli.Result r = Cli.run("ports");
        assertThat(r.out()).satisfiesAnyOf(
                out -> assertThat(out).contains("No serial ports or USB devices found."),
                out -> assertThat(out.lines().findFirst().orElseThrow()).startsWith("URI").contains("KIND", "DESCRIPTION"));
    }

    @Test
    void jsonListsPortsSearchesAndTheNote() throws Exception {
        Cli.Result r = Cli.run("ports", "--json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("ports").isArray()).isTrue();
        assertThat(json.get("searched")).hasSize(PortScan.HARDWARE_SCHEMES.size());
        assertThat(json.get("searched").get(0).get("scheme").asText()).isEqualTo("serial");
        assertThat(json.get("note").asText()).contains("serial:/dev/pts/3");
    }
}
