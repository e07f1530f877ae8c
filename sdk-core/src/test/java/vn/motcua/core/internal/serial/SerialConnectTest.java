package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static vn.motcua.core.internal.serial.SerialTestSupport.connect;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.testing.SocatPty;

/** Opening real and missing ports: each failure has its reason and remedy. */
class SerialConnectTest {

    @Test
    void aMissingPathIsNotFoundWithHowToListPorts(@TempDir Path dir) {
        Path missing = dir.resolve("ttyNothing");
        assertThatThrownBy(() -> connect(missing, ""))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.uri()).isEqualTo("serial:" + missing);
                    assertThat(e.remedy()).isEqualTo("no such port; run `motcua ports` to list ports; ptys must be named by path");
                    assertThat(e.getMessage()).contains(missing.toString()).contains("no such file");
                });
    }

    @Test
    void connectingThroughTheRegistryThrowsTheSameReasonAndRemedy(@TempDir Path dir) {
        String uri = "serial:" + dir.resolve("ttyUSB9") + "?baud=115200";
        LinkOptions options = SerialTestSupport.fastOptions().toBuilder().connectTimeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(() -> LinkRegistry.defaults().connect(uri, options))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).startsWith(uri + ": ").contains("run `motcua ports` to list ports");
                });
    }

    @Test
    void aLinkLeftBehindByAnExitedPtyIsNotFound(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("a"), Path.of("/dev/pts/does-not-exist"));
        assertThatThrownBy(() -> connect(link, ""))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains("no longer exists");
                });
    }

    @Test
    void aRegularFileOrDirectoryIsNotASerialPort(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> connect(file, ""))
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OTHER);
                    assertThat(e.getMessage()).contains("not a serial port (a regular file)");
                });
        assertThatThrownBy(() -> connect(dir, ""))
                .isInstanceOfSatisfying(DeviceUnavailableException.class,
                        e -> assertThat(e.getMessage()).contains("not a serial port (a directory)"));
    }

    @Test
    void aPortAlreadyOpenInThisProgramIsBusy() throws IOException {
        try (SocatPty pty = SocatPty.start(); LinkConnection first = connect(pty.a(), "")) {
            assertThatThrownBy(() -> connect(pty.a(), ""))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.BUSY);
                        assertThat(e.remedy()).isEqualTo("another program holds the port; close it (e.g. ModemManager,"
                                + " a terminal program)");
                    });
            assertThat(first.read(new byte[1], 0, 1, Duration.ofMillis(100))).isZero();
        }
    }

    @Test
    void aPortLockedByAnotherProcessIsBusy() throws Exception {
        try (SocatPty pty = SocatPty.start()) {
            // flock(1) takes the same kind of lock (flock(2), exclusive) as jSerialComm does.
            Process holder = new ProcessBuilder("flock", "-w", "10", pty.a().toString(), "sleep", "30")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                DeviceUnavailableException e = awaitBusy(pty.a(), holder);
                assertThat(e.getMessage()).contains("locked by another process");
                assertThat(e.remedy()).contains("another program holds the port");
            } finally {
                // The lock is held by flock's child (sleep) too: end both and wait for both.
                List<ProcessHandle> all = new ArrayList<>(holder.descendants().toList());
                all.add(holder.toHandle());
                all.forEach(ProcessHandle::destroy);
                for (ProcessHandle h : all) {
                    h.onExit().get(5, TimeUnit.SECONDS);
                }
                holder.getErrorStream().close();
                holder.getInputStream().close();
            }
            try (LinkConnection free = connect(pty.a(), "")) {
                assertThat(free.read(new byte[1], 0, 1, Duration.ofMillis(100))).isZero();
            }
        }
    }

    @Test
    void aDeviceFileThisUserMayNotOpenIsPermissionDeniedNamingItsGroup() throws Exception {
        assumeFalse(SerialTestSupport.runningAsRoot(),
                "root may open any device file; SerialOpenFailuresTest covers the message as root");
        try (SocatPty pty = SocatPty.start()) {
            Path device = pty.a().toRealPath();
            Files.setPosixFilePermissions(device, PosixFilePermissions.fromString("---------"));
            assertThatThrownBy(() -> connect(pty.a(), ""))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
                        assertThat(e.remedy()).contains("usermod -aG");
                    });
        }
    }

    /**
     * Retries until the port reports busy: flock(1) may still be starting, or waiting for the
     * lock that a probe here holds for a moment.
     */
    private static DeviceUnavailableException awaitBusy(Path port, Process holder) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            if (!holder.isAlive()) {
                throw new AssertionError("flock exited with " + holder.exitValue() + ": "
                        + new String(holder.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            LinkConnection opened;
            try {
                opened = connect(port, "");
            } catch (DeviceUnavailableException e) {
                assertThat(e.reason()).isEqualTo(Reason.BUSY);
                return e;
            }
            opened.close();
            assertThat(System.currentTimeMillis()).as("the port was never reported busy").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
