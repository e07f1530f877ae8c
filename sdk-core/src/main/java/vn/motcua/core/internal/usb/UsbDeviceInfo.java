package vn.motcua.core.internal.usb;

import java.util.List;
import java.util.Objects;

/**
 * What the device list says about one attached device, without opening it.
 *
 * @param bus the bus number
 * @param address the device address on its bus (changes on every replug)
 * @param portPath where it is plugged in, as Linux names it: {@code 1-1.4}, or {@code usb1}
 *     for a root hub
 * @param vendorId {@code idVendor}
 * @param productId {@code idProduct}
 * @param deviceClass {@code bDeviceClass}; 0 when each interface says its own class
 * @param manufacturerIndex string descriptor index of the manufacturer, 0 for none
 * @param productIndex string descriptor index of the product name, 0 for none
 * @param serialIndex string descriptor index of the serial number, 0 for none
 * @param configValue {@code bConfigurationValue} of the active configuration, 0 if unknown
 * @param interfaces the interfaces of the active configuration (alternate setting 0)
 */
record UsbDeviceInfo(
        int bus,
        int address,
        String portPath,
        int vendorId,
        int productId,
        int deviceClass,
        int manufacturerIndex,
        int productIndex,
        int serialIndex,
        int configValue,
        List<UsbInterfaceInfo> interfaces) {

    UsbDeviceInfo {
        Objects.requireNonNull(portPath, "portPath");
        interfaces = List.copyOf(interfaces);
    }

    /** e.g. {@code 04b8:0202}. */
    String vidPid() {
        return vidPid(vendorId, productId);
    }

    static String vidPid(int vendorId, int productId) {
        return String.format("%04x:%04x", vendorId, productId);
    }

    /** The interface with this number, or null. */
    UsbInterfaceInfo iface(int number) {
        for (UsbInterfaceInfo i : interfaces) {
            if (i.number() == number) {
                return i;
            }
        }
        return null;
    }

    /** e.g. {@code 04b8:0202 at 1-1.4}. */
    String label() {
        return vidPid() + " at " + portPath;
    }
}
