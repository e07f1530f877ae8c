package vn.motcua.core.internal.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;

/**
 * Builds the {@link DeviceUnavailableException}s a serial port open can end in, each with a
 * remedy a ward IT person can act on.
 */
final class OpenFailures {
    static final String NOT_FOUND_REMEDY = "no such port; run `motcua ports` to list ports; ptys must be named by path";
    static final String BUSY_REMEDY = "another program holds the port; close it (e.g. ModemManager, a terminal program)";

    // Windows system error codes; the Unix ones are in Errno.
    private static final int ERROR_FILE_NOT_FOUND = 2;
    private static final int ERROR_PATH_NOT_FOUND = 3;
    private static final int ERROR_ACCESS_DENIED = 5;
    private static final int ERROR_SHARING_VIOLATION = 32;

    private OpenFailures() {
    }

    static DeviceUnavailableException notFound(String uri, String port, String detail) {
        return new DeviceUnavailableException(uri, Reason.NOT_FOUND, port + ": " + detail, NOT_FOUND_REMEDY, null);
    }

    static DeviceUnavailableException busy(String uri, String port, String detail) {
        return new DeviceUnavailableException(uri, Reason.BUSY, port + ": " + detail, BUSY_REMEDY, null);
    }

    /**
     * Permission to open {@code path} was denied. The remedy names the group that owns the
     * device file, read from its POSIX attributes (typically {@code dialout}).
     */
    static DeviceUnavailableException permissionDenied(String uri, Path path) {
        PosixFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new DeviceUnavailableException(uri, Reason.PERMISSION_DENIED, path + ": permission denied",
                    "check the device file's owner and mode with `ls -l " + path + "`", null);
        }
        String group = attrs.group().getName();
        String detail = path + ": permission denied (owner " + attrs.owner().getName() + ", group " + group
                + ", mode " + PosixFilePermissions.toString(attrs.permissions()) + ")";
        return new DeviceUnavailableException(uri, Reason.PERMISSION_DENIED, detail, groupRemedy(group, path), null);
    }

    /** What to do when the device file belongs to {@code group} and the user may not open it. */
    static String groupRemedy(String group, Path path) {
        if (group.equals("root") || group.equals("wheel")) {
            return "only " + group + " may open " + path + "; add a udev rule that gives it group dialout and"
                    + " mode 0660, then add the user to group dialout: sudo usermod -aG dialout $USER, then log in again";
        }
        return "add the user to group " + group + ": sudo usermod -aG " + group + " $USER, then log in again";
    }

    /**
     * Classifies a failed {@code openPort()} from the error code jSerialComm reports (an
     * {@code errno} on Unix, a system error code on Windows).
     *
     * @param path the port's device file; may be null on Windows only
     * @param stillExists whether the port's device file exists after the failure; jSerialComm
     *     reports code 2 both for a missing file and for a port already open in this JVM
     */
    static DeviceUnavailableException fromOpenError(String uri, String port, Path path, int code, int location,
                                                     boolean windows, boolean stillExists) {
        String where = " (error " + code + " at jSerialComm line " + location + ")";
        if (windows) {
            switch (code) {
                case ERROR_FILE_NOT_FOUND: case ERROR_PATH_NOT_FOUND:
                    return notFound(uri, port, "no such port" + where);
                case ERROR_ACCESS_DENIED: case ERROR_SHARING_VIOLATION:
                    return busy(uri, port, "the port is in use" + where);
                default:
                    return other(uri, port, where);
            }
        }
        switch (code) {
            case Errno.EACCES: case Errno.EPERM:
                return permissionDenied(uri, path);
            case Errno.EBUSY: case Errno.EAGAIN_LINUX: case Errno.EAGAIN_BSD:
                return busy(uri, port, "the port is locked by another process" + where);
            case Errno.ENOENT:
                return stillExists ? busy(uri, port, "the port is already open in this program"
                        + " (another link to the same port?)" + where) : notFound(uri, port, "no such port" + where);
            case Errno.ENXIO: case Errno.ENODEV:
                return notFound(uri, port, "the device file exists but no device answers behind it" + where);
            case Errno.ENOTTY:
                return new DeviceUnavailableException(uri, Reason.OTHER, port + ": not a serial port (a terminal ioctl failed)" + where,
                        "name a serial device such as /dev/ttyUSB0 or /dev/ttyACM0", null);
            default:
                return other(uri, port, where);
        }
    }

    private static DeviceUnavailableException other(String uri, String port, String where) {
        return new DeviceUnavailableException(uri, Reason.OTHER, port + ": cannot open the port" + where, null, null);
    }
}
