package vn.motcua.core.internal.serial;

import java.util.Locale;
import vn.motcua.core.link.LinkUri;

/** Turns the target of a {@code serial:} URI into the port name the operating system uses. */
final class SerialTargets {
    private SerialTargets() {
    }

    /** Whether this JVM runs on Windows, where ports are named {@code COM3}. */
    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * The port {@code uri} names.
     *
     * <ul>
     *   <li>Unix: an absolute path ({@code serial:/dev/ttyUSB0} or {@code serial:///dev/ttyUSB0}),
     *       or a bare device name that is looked up in {@code /dev} ({@code serial:ttyUSB0}).
     *   <li>Windows: {@code serial:COM3}, or the device namespace form {@code serial:\\.\COM12}.
     * </ul>
     *
     * @throws IllegalArgumentException saying which form was expected
     */
    static String port(LinkUri uri, boolean windows) {
        String t = uri.target();
        if (t.indexOf('\0') >= 0 || t.isBlank()) {
            throw new IllegalArgumentException(uri + ": the port name is empty or contains a NUL character");
        }
        boolean comName = t.matches("(?i)com[0-9]{1,3}");
        if (windows) {
            if (comName) {
                return t.toUpperCase(Locale.ROOT);
            }
            if (t.matches("(?i)\\\\\\\\\\.\\\\com[0-9]{1,3}")) {
                return t.substring(4).toUpperCase(Locale.ROOT);
            }
            throw new IllegalArgumentException(uri + ": expected a Windows port name such as serial:COM3, got \"" + t + "\"");
        }
        if (t.startsWith("/")) {
            return t;
        }
        if (comName) {
            throw new IllegalArgumentException(uri + ": \"" + t + "\" is a Windows port name; on this system name the port"
                    + " by path, e.g. serial:/dev/ttyUSB0 (run `motcua ports` to list ports)");
        }
        if (t.indexOf('/') < 0) {
            return "/dev/" + t;
        }
        throw new IllegalArgumentException(uri + ": the port must be an absolute path such as serial:/dev/ttyUSB0"
                + " or serial:///dev/ttyUSB0, got \"" + t + "\"");
    }
}
