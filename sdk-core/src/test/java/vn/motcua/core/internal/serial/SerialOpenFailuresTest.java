package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;

/**
 * The messages of failed opens. Tests run as root in CI, and root may open any file, so the
 * permission-denied message is built here from a real file whose group is set for the test.
 */
class SerialOpenFailuresTest {
    private static final String URI = "serial:/dev/ttyUSB0";

    @Test
    void permissionDeniedNamesTheGroupThatOwnsTheDeviceFile(@TempDir Path dir) throws IOException {
        Path device = Files.createFile(dir.resolve("ttyFake0"));
        String group = setGroupToOneOf(device, "dialout", "uucp", "tty", "lp");
        Files.setPosixFilePermissions(device, PosixFilePermissions.fromString("rw-rw----"));

        DeviceUnavailableException e = OpenFailures.permissionDenied(URI, device);

        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.uri()).isEqualTo(URI);
        assertThat(e.remedy()).isEqualTo("add the user to group " + group + ": sudo usermod -aG " + group
                + " $USER, then log in again");
        assertThat(e.getMessage()).contains(device + ": permission denied")
                .contains("group " + group).contains("mode rw-rw----").contains(e.remedy());
    }

    @Test
    void aDeviceFileOfGroupRootGetsAUdevRuleInsteadOfJoiningRoot() {
        String remedy = OpenFailures.groupRemedy("root", Path.of("/dev/ttyS0"));
        assertThat(remedy).contains("udev rule").contains("group dialout").contains("/dev/ttyS0").doesNotContain("-aG root");
    }

    @Test
    void aFileThatCannotBeReadStillGivesPermissionDenied(@TempDir Path dir) {
        DeviceUnavailableException e = OpenFailures.permissionDenied(URI, dir.resolve("gone"));
        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.remedy()).contains("ls -l");
    }

    @Test
    void unixErrorCodesMapToReasons(@TempDir Path dir) {
        Path p = dir.resolve("ttyX");
        assertThat(unix(p, 13, true).reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(unix(p, 1, true).reason()).isEqualTo(Reason.PERMISSION_DENIED);
        DeviceUnavailableException locked = unix(p, 11, true);
        assertThat(locked.reason()).isEqualTo(Reason.BUSY);
        assertThat(locked.remedy()).isEqualTo(OpenFailures.BUSY_REMEDY);
        assertThat(unix(p, 16, true).reason()).isEqualTo(Reason.BUSY);
        assertThat(unix(p, 35, true).reason()).isEqualTo(Reason.BUSY);
        DeviceUnavailableException missing = unix(p, 2, false);
        assertThat(missing.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(missing.remedy()).isEqualTo(OpenFailures.NOT_FOUND_REMEDY);
        assertThat(unix(p, 2, true).getMessage()).contains("already open in this program");
        assertThat(unix(p, 2, true).reason()).isEqualTo(Reason.BUSY);
        assertThat(unix(p, 6, true).reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(unix(p, 25, true).getMessage()).contains("not a serial port");
        assertThat(unix(p, 25, true).reason()).isEqualTo(Reason.OTHER);
        assertThat(unix(p, 999, true).getMessage()).contains("error 999 at jSerialComm line 42");
    }

    @Test
    void windowsErrorCodesMapToReasons() {
        assertThat(OpenFailures.fromOpenError("serial:COM3", "COM3", null, 2, 1, true, false).reason()).isEqualTo(Reason.NOT_FOUND);
        DeviceUnavailableException inUse = OpenFailures.fromOpenError("serial:COM3", "COM3", null, 5, 1, true, false);
        assertThat(inUse.reason()).isEqualTo(Reason.BUSY);
        assertThat(inUse.getMessage()).startsWith("serial:COM3: COM3: the port is in use");
    }

    @Test
    void unixErrorNumbersAreNamedOnlyWhereTheyMeanTheSameEverywhere() {
        assertThat(Errno.describe(5, false)).isEqualTo("error 5, EIO");
        assertThat(Errno.describe(Errno.ENODEV, false)).isEqualTo("error 19, ENODEV");
        assertThat(Errno.describe(Errno.EAGAIN_LINUX, false)).as("EDEADLK on the BSDs").isEqualTo("error 11");
        assertThat(Errno.describe(999, false)).isEqualTo("error 999");
        assertThat(Errno.describe(5, true)).as("a Windows system error code").isEqualTo("error 5");
    }

    @Test
    void notFoundSaysHowToListPortsAndThatPtysNeedTheirPath() {
        DeviceUnavailableException e = OpenFailures.notFound(URI, "/dev/ttyUSB0", "no such file");
        assertThat(e.getMessage()).isEqualTo(URI + ": /dev/ttyUSB0: no such file (no such port; run `motcua ports` to list"
                + " ports; ptys must be named by path)");
    }

    private static DeviceUnavailableException unix(Path p, int code, boolean exists) {
        return OpenFailures.fromOpenError(URI, p.toString(), p, code, 42, false, exists);
    }

    /**
     * Gives {@code file} the first of {@code groups} that exists here and may be set (root may
     * set any; another user only its own groups); returns the file's group name after that.
     */
    private static String setGroupToOneOf(Path file, String... groups) throws IOException {
        var lookup = file.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        for (String g : groups) {
            try {
                GroupPrincipal principal = lookup.lookupPrincipalByGroupName(g);
                view.setGroup(principal);
                break;
            } catch (IOException notHereOrNotAllowed) {
                // try the next one
            }
        }
        return view.readAttributes().group().getName();
    }
}
