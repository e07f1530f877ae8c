package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded {@code motcua.jar} as a user would, in its own JVM: checks that the jar has
 * its main class, the SDK's providers (merged service files), the slf4j binding and the
 * resources, and that logging stays out of the way. Runs after {@code package} (failsafe).
 */
class MotcuaJarIT {
    private static Path jar;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("motcua.jar", "target/motcua.jar"));
        assertThat(jar).as("run 'package' first").exists();
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("motcua-out", ".txt");
        Path err = Files.createTempFile("motcua-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("motcua " + String.join(" ", args) + " did not finish in 60 s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void version() throws Exception {
        Run r = run("--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("motcua ").doesNotContain("unknown");
    }

    @Test
    void doctorOnAFreshCloneIsGreen() throws Exception {
        Run r = run("doctor");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("demo-printer", "READY", "OK: all 3 devices usable.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void linkTestAgainstASimulatedEcho() throws Exception {
        Run r = run("link-test", "sim:it?echo=true", "--expect-echo", "--count", "3");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("OK: 3 of 3 probes echoed.");
    }

    @Test
    void aRefusedConnectionIsOneLineOnStderrWithoutLogNoise() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run r = run("link-test", "tcp://127.0.0.1:" + port, "--timeout", "200");
        assertThat(r.code()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("motcua link-test: tcp://127.0.0.1:" + port + ": connection refused");
    }
}
