package vn.motcua.core.internal.usb;

import java.util.List;

/**
 * One interface (alternate setting 0) of a device's active configuration.
 *
 * @param number {@code bInterfaceNumber}
 * @param interfaceClass {@code bInterfaceClass}, e.g. 7 for printers
 * @param subclass {@code bInterfaceSubClass}
 * @param protocol {@code bInterfaceProtocol}
 * @param endpoints its endpoints, in descriptor order
 */
record UsbInterfaceInfo(int number, int interfaceClass, int subclass, int protocol, List<UsbEndpointInfo> endpoints) {

    UsbInterfaceInfo {
        endpoints = List.copyOf(endpoints);
    }

    /** The first endpoint of {@code type} in direction {@code in}, or null. */
    UsbEndpointInfo first(UsbTransferType type, boolean in) {
        for (UsbEndpointInfo e : endpoints) {
            if (e.type() == type && e.in() == in) {
                return e;
            }
        }
        return null;
    }

    /** The endpoint with this address, or null. */
    UsbEndpointInfo endpoint(int address) {
        for (UsbEndpointInfo e : endpoints) {
            if (e.address() == address) {
                return e;
            }
        }
        return null;
    }

    /** e.g. {@code 0 (printer)}. */
    String label() {
        return number + " (" + UsbClasses.name(interfaceClass) + ")";
    }
}
