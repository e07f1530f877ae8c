package vn.motcua.core.internal.usb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.link.spi.LinkEndpoint;

/**
 * Connects to one {@link UsbTarget}: finds the device, opens it, takes the interface from a
 * kernel driver if allowed, claims it and picks its endpoints.
 *
 * <p>The libusb calls made here are short (string descriptors have libusb's own one-second
 * limit), so the connect timeout is not applied to them.
 */
final class UsbLinkEndpoint implements LinkEndpoint {
    private final UsbTarget target;
    private final Supplier<UsbBackend> backend;
    private final String osName;

    UsbLinkEndpoint(UsbTarget target, Supplier<UsbBackend> backend, String osName) {
        this.target = Objects.requireNonNull(target, "target");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.osName = Objects.requireNonNull(osName, "osName");
    }

    UsbTarget target() {
        return target;
    }

    @Override
    public LinkConnection connect(Duration timeout) {
        UsbBackend b;
        List<UsbDeviceInfo> all;
        try {
            b = backend.get();
            all = b.devices();
        } catch (UsbException e) {
            throw new DeviceUnavailableException(target.uri(), Reason.OTHER, e.getMessage(), null, e);
        }
        List<UsbDeviceInfo> matching = all.stream()
                .filter(d -> d.vendorId() == target.vendorId() && d.productId() == target.productId())
                .collect(Collectors.toList());
        if (matching.isEmpty()) {
            String seen = all.isEmpty() ? "libusb sees no USB devices"
                    : "libusb sees: " + all.stream().map(UsbDeviceInfo::label).collect(Collectors.joining(", "));
            throw new DeviceUnavailableException(target.uri(), Reason.NOT_FOUND,
                    "no USB device " + target.vidPid() + " is attached (" + seen + ")", UsbRemedies.notFound(), null);
        }
        List<String> serialsSeen = new ArrayList<>();
        UsbException denied = null;
        UsbException other = null;
        for (UsbDeviceInfo d : matching) {
            UsbPipes pipes = UsbPipes.choose(target, d);
            UsbHandle h;
            try {
                h = b.open(d);
            } catch (UsbException e) {
                if (openRefused(e)) {
                    if (target.serial().isEmpty()) {
                        throw permissionDenied("open USB device " + d.label(), e);
                    }
                    denied = e;
                } else {
                    other = e;
                }
                continue;
            }
            if (target.serial().isPresent()) {
                String serial = serialOf(h, d);
                if (!target.serial().get().equals(serial)) {
                    serialsSeen.add(serial.isEmpty() ? "(none)" : serial);
                    h.close();
                    continue;
                }
            }
            return setUp(h, d, pipes);
        }
        if (denied != null) {
            throw permissionDenied("open USB device " + target.vidPid() + " to read its serial number", denied);
        }
        if (target.serial().isPresent() && !serialsSeen.isEmpty()) {
            throw new DeviceUnavailableException(target.uri(), Reason.NOT_FOUND,
                    "no USB device " + target.vidPid() + " has serial number \"" + target.serial().get()
                            + "\" (serial numbers seen: " + String.join(", ", serialsSeen) + ")",
                    "check the serial= parameter", null);
        }
        Reason reason = other != null && other.error() == UsbError.BUSY ? Reason.BUSY : Reason.NOT_FOUND;
        throw new DeviceUnavailableException(target.uri(), reason,
                "cannot open USB device " + target.vidPid() + (other == null ? "" : ": " + other.getMessage()), null, other);
    }

    private static String serialOf(UsbHandle h, UsbDeviceInfo d) {
        try {
            return h.string(d.serialIndex()).strip();
        } catch (UsbException e) {
            return "(unreadable: " + e.error().libusbName() + ")";
        }
    }

    /** Detaches, claims and wraps; closes the handle (and gives the driver back) on failure. */
    private UsbConnection setUp(UsbHandle h, UsbDeviceInfo d, UsbPipes pipes) {
        int iface = pipes.iface().number();
        boolean detached = false;
        try {
            if (kernelDriverActive(h, iface)) {
                String driver = h.kernelDriverName(iface).map(n -> "the kernel driver (" + n + ")").orElse("a kernel driver");
                if (!target.detach()) {
                    throw new DeviceUnavailableException(target.uri(), Reason.BUSY,
                            driver + " holds interface " + iface + " of " + d.label(),
                            "use detach=true or unbind it", null);
                }
                try {
                    h.detachKernelDriver(iface);
                    detached = true;
                } catch (UsbException e) {
                    if (e.error() == UsbError.ACCESS) {
                        throw permissionDenied("detach " + driver + " from interface " + iface + " of " + d.label(), e);
                    }
                    if (e.error() != UsbError.NOT_FOUND) {
                        throw new DeviceUnavailableException(target.uri(), Reason.BUSY,
                                "cannot detach " + driver + " from interface " + iface + " of " + d.label() + ": "
                                        + e.error().libusbName(), "unbind the driver from the device", e);
                    }
                }
            }
            try {
                h.claimInterface(iface);
            } catch (UsbException e) {
                throw claimFailed(d, iface, e);
            }
            return new UsbConnection(target.uri(), h, pipes, detached);
        } catch (RuntimeException e) {
            if (detached) {
                try {
                    h.attachKernelDriver(iface);
                } catch (UsbException ignored) {
                    // best effort: the failure being reported matters more
                }
            }
            h.close();
            if (e instanceof UsbException) {
                UsbException u = (UsbException) e;
                if (u.error() == UsbError.NO_DEVICE) {
                    throw new DeviceUnavailableException(target.uri(), Reason.NOT_FOUND,
                            "USB device " + d.label() + " went away while connecting", UsbRemedies.notFound(), u);
                }
                throw new DeviceUnavailableException(target.uri(), Reason.OTHER,
                        "cannot set up USB device " + d.label() + ": " + u.getMessage(), null, u);
            }
            throw e;
        }
    }

    private static boolean kernelDriverActive(UsbHandle h, int iface) {
        try {
            return h.kernelDriverActive(iface);
        } catch (UsbException e) {
            if (e.error() == UsbError.NOT_SUPPORTED) {
                return false; // not Linux: there is no kernel driver to take over
            }
            throw e;
        }
    }

    private DeviceUnavailableException claimFailed(UsbDeviceInfo d, int iface, UsbException e) {
        switch (e.error()) {
            case BUSY:
                return new DeviceUnavailableException(target.uri(), Reason.BUSY,
                        "another program or the kernel driver holds the device (" + d.label() + ", interface " + iface + ")",
                        UsbRemedies.busy(), e);
            case ACCESS:
                return permissionDenied("claim interface " + iface + " of " + d.label(), e);
            case NO_DEVICE:
                return new DeviceUnavailableException(target.uri(), Reason.NOT_FOUND,
                        "USB device " + d.label() + " went away while connecting", UsbRemedies.notFound(), e);
            default:
                return new DeviceUnavailableException(target.uri(), Reason.OTHER,
                        "cannot claim interface " + iface + " of " + d.label() + ": " + e.error().libusbName(), null, e);
        }
    }

    /**
     * Whether the OS refused to let libusb open the device: no permission, or (Windows) a
     * driver other than WinUSB that libusb cannot work through.
     */
    private static boolean openRefused(UsbException e) {
        return e.error() == UsbError.ACCESS || e.error() == UsbError.NOT_SUPPORTED;
    }

    private DeviceUnavailableException permissionDenied(String what, UsbException e) {
        String detail = e.error() == UsbError.NOT_SUPPORTED
                ? "libusb cannot " + what + ": the driver the system gave it does not let libusb in"
                : "no permission to " + what;
        return new DeviceUnavailableException(target.uri(), Reason.PERMISSION_DENIED,
                detail + " (" + e.error().libusbName() + ")",
                UsbRemedies.permission(target.vendorId(), target.productId(), osName), e);
    }
}
