package vn.motcua.core.internal.usb;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.core.link.LinkUri;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;
import vn.motcua.core.link.spi.LinkEndpoint;
import vn.motcua.core.link.spi.LinkProvider;

/**
 * {@code usb://vid:pid[?interface=N&serial=S&in=0x8N&out=0x0N&detach=true]}: one interface
 * of a USB device through libusb (usb4java), e.g. a receipt printer's printer-class or
 * vendor-specific interface.
 *
 * <ul>
 *   <li>{@code vid:pid}: the vendor and product ids in hex, as {@code lsusb} shows them.
 *   <li>{@code interface}: the interface to claim; default: the first printer-class (7)
 *       interface, else the first CDC data or vendor-specific interface with a bulk OUT
 *       endpoint.
 *   <li>{@code serial}: the serial-number string, to pick one of several identical devices.
 *   <li>{@code in}, {@code out}: endpoint addresses; default: the interface's first bulk (else
 *       interrupt) IN and OUT endpoints.
 *   <li>{@code detach}: take the interface from a kernel driver such as usblp, and give it
 *       back on close (default true). With false, a bound kernel driver makes the device BUSY.
 * </ul>
 *
 * <p>One connection at a time; the SDK's link does the reconnecting. Found by
 * {@link java.util.ServiceLoader}; libusb itself is loaded only when a link connects or
 * {@link #discover()} runs.
 */
public final class UsbLinkProvider implements LinkProvider {
    private final Supplier<UsbBackend> backend;
    private final String osName;

    /** The provider on the real libusb. */
    public UsbLinkProvider() {
        this.backend = UsbLinkProvider::realBackend;
        this.osName = System.getProperty("os.name", "");
    }

    /** A provider on another backend, e.g. a fake device in tests; remedies as for Linux. */
    UsbLinkProvider(UsbBackend backend) {
        this(backend, "Linux");
    }

    /** A provider on another backend whose remedies are those for {@code osName} (as {@code os.name} says it). */
    UsbLinkProvider(UsbBackend backend, String osName) {
        Objects.requireNonNull(backend, "backend");
        this.backend = () -> backend;
        this.osName = Objects.requireNonNull(osName, "osName");
    }

    private static UsbBackend realBackend() {
        try {
            return LibUsbBackend.shared();
        } catch (LinkageError e) {
            throw new UsbException(UsbError.NOT_SUPPORTED,
                    "usb4java is missing from the class path or cannot be loaded (" + e + ")", e);
        }
    }

    @Override
    public Set<String> schemes() {
        return Set.of("usb");
    }

    @Override
    public LinkEndpoint endpoint(LinkUri uri) {
        return new UsbLinkEndpoint(UsbTarget.parse(uri), backend, osName);
    }

    @Override
    public List<PortInfo> discover() {
        UsbBackend b;
        try {
            b = backend.get();
        } catch (UsbException e) {
            return List.of(new PortInfo("usb:", PortKind.OTHER, "USB (libusb)", e.getMessage()));
        }
        return UsbDiscovery.discover(b, osName);
    }
}
