package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.motcua.core.link.sim.SimPorts;
import vn.motcua.core.testing.Resources;
import vn.motcua.core.testing.TcpPeer;

class LinkTestCommandTest {
    private final String sim = "lt" + System.nanoTime();

    @AfterEach
    void forget() {
        SimPorts.remove(sim);
    }

    @Test
    void echoOverASimulatedLinkPassesAndPrintsTimings() throws Exception {
        Cli.Result r = Cli.run("link-test", "sim:" + sim + "?echo=true", "--expect-echo", "--count", "5");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("Connected to sim:\\S+ in \\d+(\\.\\d+)? ms\\.");
        assertThat(r.out()).containsPattern("Round trip: min \\d+(\\.\\d+)? ms, median \\d+(\\.\\d+)? ms, max \\d+(\\.\\d+)? ms \\(5 of 5 probes\\)");
        assertThat(r.out()).contains("Link: 85 B written, 85 B read, 0 errors, 0 reconnects.", "OK: 5 of 5 probes echoed.");
        assertThat(r.out().lines().filter(l -> l.matches("[1-5] +17 B .* ok"))).hasSize(5);
        assertThat(r.err()).isEmpty();
        assertThat(Resources.awaitNoSdkThreads(2000)).isEmpty();
    }

    @Test
    void aWrongEchoFails() throws Exception {
        SimPorts.port(sim).attach((port, data) -> port.send("garbled-reply-...\n".getBytes(StandardCharsets.US_ASCII)));
        Cli.Result r = Cli.run("link-test", "sim:" + sim, "--expect-echo", "--count", "2");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).contains("echo differs", "FAILED: 2 of 2 probes failed.");
        assertThat(r.err()).startsWith("motcua link-test: 2 of 2 probes failed; first: echo differs: sent 6d 6f");
    }

    @Test
    void noEchoInTimeFails() {
        Cli.Result r = Cli.run("link-test", "sim:" + sim, "--expect-echo", "--count", "1", "--timeout", "100");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("no echo", "timed out after 100 ms");
    }

    @Test
    void withoutExpectEchoAReplyIsShownInHexAndAscii() {
        SimPorts.port(sim).attach((port, data) -> port.send(new byte[] {0x06, 'O', 'K', 0x0d}));
        Cli.Result r = Cli.run("link-test", "sim:" + sim, "--count", "1", "--payload", "hex:10 04 01");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("3 B", "4 B  06 4f 4b 0d  |.OK.|", "ok");
        assertThat(r.out()).containsPattern("Time to first reply byte: min \\d+(\\.\\d+)? ms");
    }

    @Test
    void refusedConnectionIsOneLineWithTheRemedyAndNoStackTrace() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Cli.Result r = Cli.run("link-test", "tcp://127.0.0.1:" + port, "--timeout", "200");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("refused", "is the device on and listening on port " + port);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Cli.Result r = Cli.run("link-test", "tcp://127.0.0.1:" + port, "--timeout", "200", "-v");
        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("refused", "DeviceUnavailableException", "\tat ");
    }

    @Test
    void echoOverTcpLoopback() throws Exception {
        try (EchoServer echo = new EchoServer()) {
            Cli.Result r = Cli.run("link-test", echo.uri(), "--expect-echo", "--count", "3", "--payload", "ping\\r\\n");
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Link: 18 B written, 18 B read", "OK: 3 of 3 probes echoed.");
        }
    }

    @Test
    void writesReachAPeerThatDoesNotAnswer() throws Exception {
        try (TcpPeer peer = TcpPeer.start(true)) {
            Cli.Result r = Cli.run("link-test", peer.uri(), "--count", "2", "--timeout", "100", "--payload", "hello\\n");
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains("no reply", "Time to first reply byte: no replies.", "OK: 2 of 2 probes sent.");
            assertThat(new String(peer.awaitReceived(12, 2000), StandardCharsets.US_ASCII)).isEqualTo("hello\nhello\n");
        }
    }

    @Test
    void jsonHasEveryProbe() throws Exception {
        Cli.Result r = Cli.run("link-test", "sim:" + sim + "?echo=true", "--expect-echo", "-n", "3", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("probes")).hasSize(3);
        assertThat(json.get("probes").get(0).get("replyHex").asText()).startsWith("6d 6f 74 63 75 61");
        assertThat(json.get("replyMicros").get("count").asInt()).isEqualTo(3);
        assertThat(json.get("bytesRead").asLong()).isEqualTo(51);
    }

    @Test
    @Timeout(30)
    void aTimeoutOfADayIsAccepted() {
        Cli.Result r = Cli.run("link-test", "sim:" + sim + "?echo=true", "--expect-echo", "-n", "1", "--timeout", "86400000");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("OK: 1 of 1 probes echoed.");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        Cli.Result scheme = Cli.run("link-test", "seria:/dev/ttyUSB0");
        assertThat(scheme.code()).isEqualTo(ExitCode.USAGE);
        assertThat(scheme.err()).startsWith("motcua link-test: unknown scheme \"seria\"");

        Cli.Result payload = Cli.run("link-test", "sim:" + sim, "--payload", "hex:1b4");
        assertThat(payload.code()).isEqualTo(ExitCode.USAGE);
        assertThat(payload.err()).contains("--payload: hex payload \"1b4\" has an odd number of digits");

        Cli.Result count = Cli.run("link-test", "sim:" + sim, "--count", "0");
        assertThat(count.code()).isEqualTo(ExitCode.USAGE);
        assertThat(count.err()).contains("--count must be at least 1");

        Cli.Result huge = Cli.run("link-test", "sim:" + sim, "--timeout", "10000000000000");
        assertThat(huge.code()).as(huge.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(huge.err()).startsWith("motcua link-test: --timeout must be at most 86400000 ms (one day), got 10000000000000\n");
        assertThat(huge.err()).doesNotContain("internal error");

        Cli.Result zero = Cli.run("link-test", "sim:" + sim, "--timeout", "0");
        assertThat(zero.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err()).contains("--timeout must be at least 1 ms, got 0");

        Cli.Result missing = Cli.run("link-test");
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("Missing required parameter: 'URI'");
    }
}
