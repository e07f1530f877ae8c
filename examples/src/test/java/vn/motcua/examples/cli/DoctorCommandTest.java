package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.link.sim.SimPorts;
import vn.motcua.core.testing.Resources;

class DoctorCommandTest {
    private final String tag = "doc" + System.nanoTime();

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        SimPorts.remove(tag + "-printer");
        SimPorts.remove(tag + "-scanner");
    }

    private Path config(String json) throws IOException {
        Path f = dir.resolve("kiosk.json");
        Files.writeString(f, json);
        return f;
    }

    private Path twoSimDevices() throws IOException {
        return config("{ \"name\": \"Kiosk 1\", \"devices\": [\n"
                + "  { \"id\": \"printer-1\", \"kind\": \"link\", \"uri\": \"sim:" + tag + "-printer?echo=true\" },\n"
                + "  { \"id\": \"scanner-1\", \"kind\": \"link\", \"uri\": \"sim:" + tag + "-scanner?echo=true\" }\n"
                + "] }");
    }

    @Test
    void validConfigOfSimulatedDevicesIsReady() throws Exception {
        Cli.Result r = Cli.run("doctor", "--config", twoSimDevices().toString(), "--wait", "2000");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("(?m)^  printer-1 +link +sim:\\S+-printer\\?echo=true +READY +- +-$");
        assertThat(r.out()).containsPattern("(?m)^  scanner-1 +link +sim:\\S+-scanner\\?echo=true +READY");
        assertThat(r.out()).contains("Devices of Kiosk 1, from " + dir.resolve("kiosk.json"), "OK: all 2 devices usable.");
        assertThat(r.err()).isEmpty();
        assertThat(Resources.awaitNoSdkThreads(2000)).isEmpty();
    }

    @Test
    void invalidConfigPrintsEveryProblemWithItsFieldAndExitsWithTheConfigCode() throws Exception {
        Path f = config("{ \"devices\": [\n"
                + "  { \"id\": \"printer-1\", \"kind\": \"link\", \"uri\": \"seria:/dev/ttyUSB0\" },\n"
                + "  { \"id\": \"scanner-1\", \"kind\": \"lnk\", \"uri\": \"sim:x\" }\n"
                + "] }");
        Cli.Result r = Cli.run("doctor", "--config", f.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err()).startsWith("motcua doctor: " + f + " is invalid (2 problems):");
        assertThat(r.err()).contains("  devices[0].uri: unknown scheme \"seria\"", "  devices[1].kind: unknown kind \"lnk\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingConfigFileIsAConfigError() {
        Cli.Result r = Cli.run("doctor", "--config", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err()).isEqualTo("motcua doctor: " + dir.resolve("nope.json") + ": no such file\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDirectoryAsConfigIsOneLineAndTheConfigCode() {
        Cli.Result r = Cli.run("doctor", "--config", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("motcua doctor: " + dir + ": ").containsIgnoringCase("is a directory")
                .doesNotContain("(file)").doesNotContainPattern("cannot read.*cannot read");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidTextInOneLine() throws Exception {
        Path f = dir.resolve("cp1258.json");
        // "Quầy 1" saved in the Vietnamese Windows code page: ầ is the bytes e2 cc, not UTF-8.
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes("{ \"name\": \"Qu".getBytes(StandardCharsets.US_ASCII));
        text.write(0xe2);
        text.write(0xcc);
        text.writeBytes("y 1\" }".getBytes(StandardCharsets.US_ASCII));
        Files.write(f, text.toByteArray());
        Cli.Result r = Cli.run("doctor", "--config", f.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err()).isEqualTo("motcua doctor: " + f + " is invalid: not valid UTF-8 text\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void waitOutsideZeroToADayIsAUsageError() {
        Cli.Result huge = Cli.run("doctor", "--wait", "10000000000000");
        assertThat(huge.code()).as(huge.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(huge.err()).isEqualTo("motcua doctor: --wait must be at most 86400000 ms (one day), got 10000000000000\n"
                + "Try 'motcua doctor --help' for more information.\n");
        assertThat(huge.out()).isEmpty();

        Cli.Result negative = Cli.run("doctor", "--wait", "-1");
        assertThat(negative.code()).as(negative.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(negative.err()).startsWith("motcua doctor: --wait must be at least 0 ms, got -1\n");
    }

    @Test
    void unpluggedDeviceIsOfflineAndFailsTheCheck() throws Exception {
        SimPorts.port(tag + "-scanner").unplug();
        Cli.Result r = Cli.run("doctor", "--config", twoSimDevices().toString(), "--wait", "2000");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).containsPattern("(?m)^  printer-1 .* READY ");
        assertThat(r.out()).containsPattern("(?m)^  scanner-1 .* OFFLINE .*errors \\d+ +last error: simulated port \"\\S+-scanner\" is unplugged$");
        assertThat(r.out()).contains("FAILED: 1 of 2 devices usable.");
        assertThat(r.err()).isEqualTo("motcua doctor: 1 of 2 devices not usable: scanner-1 (OFFLINE)\n");
    }

    @Test
    void withoutConfigChecksTheEnvironmentAndTheDemoDevices() {
        Cli.Result r = Cli.run("doctor");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Environment", "Java ", "Link schemes", "sim", "tcp", "USB (libusb)", "Serial ports",
                "Device access", "built-in demo configuration");
        for (String id : new String[] {"demo-printer", "demo-scanner", "demo-display"}) {
            assertThat(r.out()).containsPattern("(?m)^  " + id + " +link +sim:" + id + "\\?echo=true +READY");
        }
        assertThat(r.out()).contains("OK: all 3 devices usable.", "motcua doctor --config");
    }

    @Test
    void jsonReportsEnvironmentAndDevices() throws Exception {
        SimPorts.port(tag + "-scanner").unplug();
        Cli.Result r = Cli.run("doctor", "--config", twoSimDevices().toString(), "--wait", "2000", "--json");
        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("environment").get(0).get("check").asText()).isEqualTo("Java");
        JsonNode devices = json.get("devices");
        assertThat(devices).hasSize(2);
        assertThat(devices.get(0).get("state").asText()).isEqualTo("READY");
        assertThat(Instant.parse(devices.get(0).get("since").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(devices.get(1).get("state").asText()).isEqualTo("OFFLINE");
        assertThat(devices.get(1).get("usable").asBoolean()).isFalse();
        assertThat(devices.get(1).get("metrics").get("link.errors").asLong()).isPositive();
    }

    @Test
    void jsonForAnInvalidConfigListsTheProblems() throws Exception {
        Path f = config("{ \"devices\": [ { \"id\": \"p\", \"kind\": \"link\", \"uri\": \"seria:/dev/ttyUSB0\" } ] }");
        Cli.Result r = Cli.run("doctor", "--config", f.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCode.CONFIG);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("problems").get(0).asText()).startsWith("devices[0].uri: unknown scheme \"seria\"");
    }

    @Test
    void countersShowOnlyWhatHappened() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("link.bytesRead", 0L);
        m.put("link.errors", 3L);
        m.put("link.reconnects", 1L);
        m.put("paper.cuts", 12L);
        assertThat(DoctorCommand.counters(m)).isEqualTo("errors 3, reconnects 1, paper.cuts 12");
        assertThat(DoctorCommand.counters(java.util.Map.of("link.errors", 0L))).isEqualTo("-");
    }
}
