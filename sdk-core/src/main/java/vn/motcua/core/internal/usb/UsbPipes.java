package vn.motcua.core.internal.usb;

import java.util.Objects;
import java.util.stream.Collectors;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;

/**
 * The interface to claim and the endpoints to use on it.
 *
 * @param iface the interface
 * @param in the bulk or interrupt IN endpoint, or null when the interface only receives
 * @param out the bulk or interrupt OUT endpoint, or null when the interface only sends
 */
record UsbPipes(UsbInterfaceInfo iface, UsbEndpointInfo in, UsbEndpointInfo out) {

    UsbPipes {
        Objects.requireNonNull(iface, "iface");
        if (in == null && out == null) {
            throw new IllegalArgumentException("in and out are both null");
        }
    }

    /**
     * Chooses from the descriptors: the interface named in the URI, else the first printer
     * class interface, else the first CDC data or vendor-specific interface with a bulk OUT
     * endpoint; then the endpoints named in the URI, else the first bulk (or else interrupt)
     * IN and OUT endpoints of that interface.
     *
     * @throws DeviceUnavailableException {@link Reason#NOT_FOUND} naming what the device has
     *     when it has nothing that fits
     */
    static UsbPipes choose(UsbTarget t, UsbDeviceInfo d) {
        UsbInterfaceInfo iface = t.interfaceNumber().isPresent()
                ? d.iface(t.interfaceNumber().getAsInt())
                : defaultInterface(d);
        if (iface == null) {
            String what = t.interfaceNumber().isPresent()
                    ? "has no interface " + t.interfaceNumber().getAsInt()
                    : "has no printer, CDC data or vendor-specific interface with a bulk OUT endpoint";
            throw new DeviceUnavailableException(t.uri(), Reason.NOT_FOUND,
                    "USB device " + d.label() + " " + what + " (its interfaces: " + interfaces(d) + ")",
                    "name the interface to use with interface=N", null);
        }
        UsbEndpointInfo in = endpoint(t, d, iface, true);
        UsbEndpointInfo out = endpoint(t, d, iface, false);
        if (in == null && out == null) {
            throw new DeviceUnavailableException(t.uri(), Reason.NOT_FOUND,
                    "interface " + iface.label() + " of " + d.label() + " has no bulk or interrupt endpoint"
                            + " (its interfaces: " + interfaces(d) + ")",
                    "name another interface with interface=N", null);
        }
        return new UsbPipes(iface, in, out);
    }

    private static UsbInterfaceInfo defaultInterface(UsbDeviceInfo d) {
        for (UsbInterfaceInfo i : d.interfaces()) {
            if (i.interfaceClass() == UsbClasses.PRINTER) {
                return i;
            }
        }
        for (UsbInterfaceInfo i : d.interfaces()) {
            boolean candidate = i.interfaceClass() == UsbClasses.CDC_DATA || i.interfaceClass() == UsbClasses.VENDOR;
            if (candidate && i.first(UsbTransferType.BULK, false) != null) {
                return i;
            }
        }
        return null;
    }

    private static UsbEndpointInfo endpoint(UsbTarget t, UsbDeviceInfo d, UsbInterfaceInfo iface, boolean in) {
        var explicit = in ? t.inEndpoint() : t.outEndpoint();
        if (explicit.isPresent()) {
            UsbEndpointInfo e = iface.endpoint(explicit.getAsInt());
            if (e == null || (e.type() != UsbTransferType.BULK && e.type() != UsbTransferType.INTERRUPT)) {
                throw new DeviceUnavailableException(t.uri(), Reason.NOT_FOUND,
                        "interface " + iface.label() + " of " + d.label() + " has no bulk or interrupt endpoint "
                                + UsbEndpointInfo.hex(explicit.getAsInt()) + " (its endpoints: " + endpoints(iface) + ")",
                        "check the " + (in ? "in" : "out") + "= parameter, or leave it out to choose automatically", null);
            }
            return e;
        }
        UsbEndpointInfo e = iface.first(UsbTransferType.BULK, in);
        return e != null ? e : iface.first(UsbTransferType.INTERRUPT, in);
    }

    private static String interfaces(UsbDeviceInfo d) {
        if (d.interfaces().isEmpty()) {
            return "none readable";
        }
        return d.interfaces().stream().map(UsbInterfaceInfo::label).collect(Collectors.joining(", "));
    }

    private static String endpoints(UsbInterfaceInfo i) {
        if (i.endpoints().isEmpty()) {
            return "none";
        }
        return i.endpoints().stream().map(UsbEndpointInfo::label).collect(Collectors.joining(", "));
    }
}
