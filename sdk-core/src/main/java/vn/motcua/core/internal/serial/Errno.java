package vn.motcua.core.internal.serial;

import java.util.Map;

/**
 * The Unix error numbers jSerialComm reports after a failed open, read or write, and their
 * names. The numbers here mean the same on Linux, macOS and the BSDs, except {@code EAGAIN},
 * which is 11 on Linux and 35 on the BSDs.
 */
final class Errno {
    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EIO = 5;
    static final int ENXIO = 6;
    static final int EBADF = 9;
    static final int EAGAIN_LINUX = 11;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int ENODEV = 19;
    static final int ENOTTY = 25;
    static final int EPIPE = 32;
    static final int EAGAIN_BSD = 35;

    /** Names for the codes that mean the same on every Unix (so not 11 and 35). */
    private static final Map<Integer, String> NAMES = Map.of(
            EPERM, "EPERM", ENOENT, "ENOENT", EIO, "EIO", ENXIO, "ENXIO", EBADF, "EBADF",
            EACCES, "EACCES", EBUSY, "EBUSY", ENODEV, "ENODEV", ENOTTY, "ENOTTY", EPIPE, "EPIPE");

    private Errno() {
    }

    /**
     * E.g. {@code "error 5, EIO"}; on Windows, where jSerialComm reports system error codes
     * instead, just {@code "error 5"}.
     */
    static String describe(int code) {
        return describe(code, SerialTargets.windows());
    }

    static String describe(int code, boolean windows) {
        String name = windows ? null : NAMES.get(code);
        return name == null ? "error " + code : "error " + code + ", " + name;
    }
}
