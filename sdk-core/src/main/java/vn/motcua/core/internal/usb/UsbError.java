package vn.motcua.core.internal.usb;

/** The error codes of libusb 1.0, as our own enum so that no usb4java type leaks out. */
enum UsbError {
    IO(-1),
    INVALID_PARAM(-2),
    ACCESS(-3),
    NO_DEVICE(-4),
    NOT_FOUND(-5),
    BUSY(-6),
    TIMEOUT(-7),
    OVERFLOW(-8),
    PIPE(-9),
    INTERRUPTED(-10),
    NO_MEM(-11),
    NOT_SUPPORTED(-12),
    OTHER(-99);

    private final int code;

    UsbError(int code) {
        this.code = code;
    }

    /** The libusb code, e.g. -4 for {@link #NO_DEVICE}. */
    int code() {
        return code;
    }

    /** The libusb name, e.g. {@code LIBUSB_ERROR_NO_DEVICE}. */
    String libusbName() {
        return "LIBUSB_ERROR_" + name();
    }

    /** The error for a negative libusb return code; unknown codes are {@link #OTHER}. */
    static UsbError of(int code) {
        for (UsbError e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return OTHER;
    }
}
