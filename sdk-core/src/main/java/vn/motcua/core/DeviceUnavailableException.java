package vn.motcua.core;

import java.util.Objects;

/**
 * A device or link could not be opened or used: the port does not exist, permission is
 * denied, the device is busy, the cable is unplugged or the peer refused the connection.
 *
 * <p>The message names the link URI, the cause and, where one is known, what to do about it
 * ({@link #remedy()}), for example which Unix group grants access to a serial port.
 */
public class DeviceUnavailableException extends MotcuaException {
    private static final long serialVersionUID = 1L;

    private final String uri;
    private final Reason reason;
    private final String remedy;

    /** Why a device is unavailable, for callers that react differently to each. */
    public enum Reason {
        /** No such port, host or device. */
        NOT_FOUND,
        /** The operating system denied access (file permissions, udev rules). */
        PERMISSION_DENIED,
        /** Another process or a kernel driver holds the device. */
        BUSY,
        /** The device was there and went away (cable, power, peer closed). */
        DISCONNECTED,
        /** The peer refused or did not answer a connection attempt. */
        REFUSED,
        /** The link is closed or not connected yet. */
        NOT_CONNECTED,
        /** Anything else; see the cause. */
        OTHER
    }

    public DeviceUnavailableException(String uri, Reason reason, String detail, String remedy, Throwable cause) {
        super(format(uri, reason, detail, remedy), cause);
        this.uri = Objects.requireNonNull(uri, "uri");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.remedy = remedy;
    }

    public DeviceUnavailableException(String uri, Reason reason, String detail) {
        this(uri, reason, detail, null, null);
    }

    private static String format(String uri, Reason reason, String detail, String remedy) {
        StringBuilder sb = new StringBuilder();
        sb.append(uri).append(": ").append(detail == null ? reason.name().toLowerCase(java.util.Locale.ROOT) : detail);
        if (remedy != null && !remedy.isEmpty()) {
            sb.append(" (").append(remedy).append(')');
        }
        return sb.toString();
    }

    /** The URI of the link or device, as the caller wrote it. */
    public String uri() {
        return uri;
    }

    public Reason reason() {
        return reason;
    }

    /** What the user can do about it, or {@code null} when nothing specific is known. */
    public String remedy() {
        return remedy;
    }
}
