package vn.motcua.core.internal.serial;

import java.util.Locale;

/** Names for the error codes jSerialComm reports after a failed read or write. */
final class Errno {
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");

    private Errno() {
    }

    /** E.g. {@code "error 5, EIO"}; codes are named on Linux only, where they were observed. */
    static String describe(int code) {
        String name = null;
        if (LINUX) {
            switch (code) {
                case 5: name = "EIO"; break;
                case 6: name = "ENXIO"; break;
                case 9: name = "EBADF"; break;
                case 19: name = "ENODEV"; break;
                case 32: name = "EPIPE"; break;
                default: break;
            }
        }
        return name == null ? "error " + code : "error " + code + ", " + name;
    }
}
