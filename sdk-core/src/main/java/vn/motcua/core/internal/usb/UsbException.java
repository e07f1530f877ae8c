package vn.motcua.core.internal.usb;

import vn.motcua.core.MotcuaException;

/**
 * A libusb call failed. Thrown by {@link UsbBackend} and {@link UsbHandle}; the provider turns
 * it into a {@link vn.motcua.core.DeviceUnavailableException} or a
 * {@link vn.motcua.core.LinkTimeoutException} before it reaches a caller.
 */
final class UsbException extends MotcuaException {
    private static final long serialVersionUID = 1L;

    private final UsbError error;
    private final int transferred;

    /**
     * @param error the libusb error
     * @param operation what was attempted, e.g. {@code "claim interface 0"}
     * @param transferred bytes moved before the error (a transfer that timed out may have moved
     *     some); 0 for anything but a transfer
     */
    UsbException(UsbError error, String operation, int transferred) {
        super(operation + ": " + error.libusbName());
        this.error = error;
        this.transferred = transferred;
    }

    UsbException(UsbError error, String operation) {
        this(error, operation, 0);
    }

    /** For failures that are not a libusb return code (native library, initialisation). */
    UsbException(UsbError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
        this.transferred = 0;
    }

    UsbError error() {
        return error;
    }

    /** Bytes moved before the failure; meaningful for {@link UsbError#TIMEOUT} on a transfer. */
    int transferred() {
        return transferred;
    }
}
