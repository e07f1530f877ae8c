package vn.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.config.MotcuaConfig;
import vn.motcua.core.device.Device;
import vn.motcua.core.device.DeviceContext;
import vn.motcua.core.device.DeviceId;
import vn.motcua.core.device.DeviceListener;
import vn.motcua.core.device.DeviceState;
import vn.motcua.core.device.LinkDevice;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.sim.SimPorts;
import vn.motcua.core.pii.Pii;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ServiceCode;
import vn.motcua.core.ticket.Ticket;
import vn.motcua.core.ticket.TicketId;
import vn.motcua.core.ticket.TicketNumber;
import vn.motcua.core.token.Ed25519Keys;
import vn.motcua.core.token.KeyId;
import vn.motcua.core.token.TicketToken;
import vn.motcua.core.token.TokenSigner;
import vn.motcua.core.token.TokenVerifier;
import vn.motcua.core.token.VerificationResult;

/**
 * The Java snippets of the README, compiled and run. Each snippet stands between
 * {@code README:begin} and {@code README:end} markers, and the README must hold it verbatim,
 * so the README cannot show code that does not compile or does not work.
 */
class ReadmeSnippetsTest {
    private static final Path SELF = Path.of("src/test/java/vn/motcua/examples/ReadmeSnippetsTest.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void linkSnippetRuns() throws Exception {
        try {
            // README:begin link
            try (Link printer = LinkRegistry.defaults().connect("sim:printer-1?echo=true", LinkOptions.defaults())) {
                printer.write("A012\n".getBytes(StandardCharsets.UTF_8));
                byte[] echo = printer.readExactly(5, Duration.ofSeconds(2));
                // README:end
                assertThat(echo).isEqualTo("A012\n".getBytes(StandardCharsets.UTF_8));
                // README:begin link
            }
            // README:end
        } finally {
            SimPorts.remove("printer-1");
        }
    }

    @Test
    void configSnippetRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kiosk.json");
        Files.writeString(file, """
                { "devices": [ { "id": "printer-1", "kind": "link", "uri": "sim:printer-1?echo=true" } ] }
                """);
        List<DeviceState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The printer records what it is sent; ?echo=true only attaches an echo to a port without a device.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            SimPorts.port("printer-1").attach((port, data) -> printed.writeBytes(data));
            // README:begin config
            try (DeviceContext devices = DeviceContext.open(MotcuaConfig.load(file))) {
                LinkDevice printer = devices.device(DeviceId.of("printer-1"), LinkDevice.class);
                printer.addListener(new DeviceListener() {
                    @Override
                    public void onStateChanged(Device device, DeviceState from, DeviceState to) {
                        System.out.println(device.id() + ": " + from + " -> " + to);
                        // README:end
                        seen.add(to);
                        // README:begin config
                    }
                });
                if (devices.awaitUsable(Duration.ofSeconds(5))) {
                    printer.link().write("A012\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            // README:end
        } finally {
            SimPorts.remove("printer-1");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("A012\n");
        assertThat(seen).endsWith(DeviceState.CLOSED);
    }

    @Test
    void tokenSnippetRuns() {
        Clock clock = Clock.systemUTC();
        // README:begin token
        KeyPair keys = Ed25519Keys.generate();
        TokenSigner signer = new TokenSigner(KeyId.of("k1"), keys.getPrivate(), clock);
        Ticket ticket = Ticket.issue(TicketId.generate(clock), BranchId.of("BT01"),
                TicketNumber.of("A", 12, 3), ServiceCode.of("HT"), clock.instant());
        TicketToken token = signer.signForBusinessDay(ticket);  // token.encoded() goes in the QR code

        TokenVerifier verifier = TokenVerifier.builder().trust(KeyId.of("k1"), keys.getPublic()).build();
        VerificationResult result = verifier.verify(token.encoded());
        // README:end
        assertThat(result.isValid()).isTrue();
        assertThat(token.encoded()).containsOnlyDigits();
        assertThat(verifier.verify(token.encoded().substring(1)).isValid()).isFalse();
    }

    @Test
    void piiSnippetRuns() {
        // README:begin pii
        String masked = Pii.maskCitizenId("079203001234");   // "********1234"
        String name = Pii.maskName("Nguyễn Văn An");          // "N***** V** A*"
        // README:end
        assertThat(masked).isEqualTo("********1234");
        assertThat(name).isEqualTo("N***** V** A*");
    }

    @Test
    void readmeHoldsEverySnippetVerbatim() throws IOException {
        String readme = Files.readString(README);
        List<String> snippets = snippets(Files.readString(SELF));
        assertThat(snippets).hasSize(4);
        for (String s : snippets) {
            assertThat(readme).as("README.md holds the snippet:%n%s", s).contains(s);
        }
    }

    /** The marked snippets, joined per name in order, with their common indentation removed. */
    private static List<String> snippets(String source) {
        java.util.Map<String, List<String>> byName = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("(?s)// README:begin (\\w+)\\n(.*?)\\n\\s*// README:end").matcher(source);
        while (m.find()) {
            byName.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
        List<String> out = new ArrayList<>();
        for (List<String> parts : byName.values()) {
            String text = String.join("\n", parts);
            out.add(text.stripIndent().strip());
        }
        return out;
    }
}
