package vn.motcua.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.ConfigException;
import vn.motcua.core.device.DeviceId;

class ConfigLoaderTest {

    private static List<String> problems(String json) {
        try {
            MotcuaConfig.parse(json, "test.json");
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith("test.json: ");
            return e.problems();
        }
        throw new AssertionError("expected a ConfigException for " + json);
    }

    @Test
    void readsAValidConfigWithCommentsAndTrailingCommas() {
        MotcuaConfig c = MotcuaConfig.parse("""
                // one ward's kiosk
                {
                  "name": "UBND phường Bến Thành",
                  "devices": [
                    { "id": "printer-1", "kind": "link", "uri": "tcp://10.0.0.5:9100", "label": "Quầy 1", },
                    { "id": "scanner-1", "kind": "link", "uri": "sim:scanner-1?echo=true", "profile": "generic" },
                  ],
                  "services": [ { "code": "HT" } ],
                }
                """, "kiosk.json");
        assertThat(c.name()).isEqualTo("UBND phường Bến Thành");
        assertThat(c.devices()).extracting(d -> d.id().value()).containsExactly("printer-1", "scanner-1");
        DeviceConfig printer = c.device(DeviceId.of("printer-1")).orElseThrow();
        assertThat(printer.uri().scheme()).isEqualTo("tcp");
        assertThat(printer.label()).isEqualTo("Quầy 1");
        assertThat(c.device(DeviceId.of("scanner-1")).orElseThrow().profile()).isEqualTo("generic");
        assertThat(c.section("services")).isPresent();
        assertThat(c.section("queue")).isEmpty();
    }

    @Test
    void unknownSchemeNamesTheDeviceIndexAndTheKnownSchemes() {
        assertThat(problems("""
                {"devices": [
                  {"id": "a", "kind": "link", "uri": "sim:a"},
                  {"id": "b", "kind": "link", "uri": "sim:b"},
                  {"id": "c", "kind": "link", "uri": "seria:/dev/ttyUSB0"}
                ]}"""))
                .singleElement().asString()
                .startsWith("devices[2].uri: unknown scheme \"seria\"")
                .contains("known: ").contains("sim").contains("tcp");
    }

    @Test
    void everyDeviceProblemNamesItsField() {
        assertThat(problems("""
                {"devices": [
                  {"kind": "link", "uri": "sim:a"},
                  {"id": "bad id!", "kind": "link", "uri": "sim:b"},
                  {"id": "c", "uri": "sim:c"},
                  {"id": "d", "kind": "printr", "uri": "sim:d"},
                  {"id": "e", "kind": "link"},
                  {"id": "f", "kind": "link", "uri": "tcp://host:70000"},
                  {"id": "g", "kind": "link", "uri": "sim:g", "colour": "red"},
                  {"id": "h", "kind": "link", "uri": "sim:h", "options": {"speed": 3}},
                  {"id": "i", "kind": 7, "uri": "sim:i"},
                  {"id": "j", "kind": "link", "uri": "sim:j", "options": []},
                  {"id": "k", "kind": "link", "uri": "sim:k"},
                  {"id": "k", "kind": "link", "uri": "sim:k2"},
                  "printer",
                  {"id": "m", "kind": "link", "uri": "tcp://h:1?speed=9"}
                ]}"""))
                .satisfiesExactly(
                        p -> assertThat(p).isEqualTo("devices[0].id: missing"),
                        p -> assertThat(p).startsWith("devices[1].id: device id \"bad id!\" must be"),
                        p -> assertThat(p).isEqualTo("devices[2].kind: missing"),
                        p -> assertThat(p).isEqualTo("devices[3].kind: unknown kind \"printr\" (known: link)"),
                        p -> assertThat(p).startsWith("devices[4].uri: missing (a link needs a link"),
                        p -> assertThat(p).startsWith("devices[5].uri: ").contains("1..65535"),
                        p -> assertThat(p).startsWith("devices[6].colour: unknown field (known: id, kind, label, options, profile, uri)"),
                        p -> assertThat(p).isEqualTo("devices[7].options.speed: unknown option for kind link (it takes none)"),
                        p -> assertThat(p).isEqualTo("devices[8].kind: expected a string, got number"),
                        p -> assertThat(p).isEqualTo("devices[9].options: expected an object of option names to values"),
                        p -> assertThat(p).isEqualTo("devices[11].id: duplicate id \"k\" (also devices[10])"),
                        p -> assertThat(p).isEqualTo("devices[12]: expected an object with id, kind and uri"),
                        p -> assertThat(p).startsWith("devices[13].uri: ").contains("unknown parameter \"speed\""));
    }

    @Test
    void topLevelProblemsNameTheirKey() {
        assertThat(problems("{\"device\": []}")).singleElement().asString()
                .startsWith("device: unknown section (known: ").contains("devices");
        assertThat(problems("{\"devices\": {}}")).containsExactly("devices: expected an array of devices");
        assertThat(problems("{\"name\": 5}")).containsExactly("name: expected a string, got number");
        assertThat(problems("[1, 2]")).containsExactly("(root): expected a JSON object");
        assertThat(problems("")).containsExactly("(root): expected a JSON object");
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThat(problems("{\n  \"devices\": [\n    {\"id\": \"a\",, }\n  ]\n}")).singleElement().asString()
                .startsWith("(syntax): line 3, column ");
        assertThat(problems("{\"name\": \"a\", \"name\": \"b\"}")).singleElement().asString()
                .startsWith("(syntax): ").contains("name");
        assertThat(problems("[".repeat(1000))).singleElement().asString().startsWith("(syntax): ");
    }

    @Test
    void loadSaysWhyAFileCannotBeRead(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> MotcuaConfig.load(missing)).isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": (file): no such file");

        assertThatThrownBy(() -> MotcuaConfig.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessage(dir + ": (file): is a directory, not a configuration file");

        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"name\": \"phư\u1eddng\"}".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> MotcuaConfig.load(latin1)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid UTF-8");

        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[ConfigLoader.MAX_BYTES + 1]);
        assertThatThrownBy(() -> MotcuaConfig.load(huge)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("larger than");

        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, "{\"devices\": [{\"id\": \"p\", \"kind\": \"link\", \"uri\": \"sim:p\"}]}");
        assertThat(MotcuaConfig.load(ok).devices()).hasSize(1);
    }
}
