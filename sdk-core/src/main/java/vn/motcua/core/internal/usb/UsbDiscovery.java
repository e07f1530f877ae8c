package vn.motcua.core.internal.usb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;

/** Lists USB devices as {@link PortInfo}s, reading their names where the OS allows. */
final class UsbDiscovery {

    private UsbDiscovery() {
    }

    /**
     * One entry per device: {@code usb://vvvv:pppp} (with {@code ?serial=} when several devices
     * share the ids and the serial is readable), the kind from the class codes, "vendor product
     * (serial)" where the strings are readable, and a note when they are not. Never throws.
     */
    static List<PortInfo> discover(UsbBackend backend, String osName) {
        List<UsbDeviceInfo> devices;
        try {
            devices = backend.devices();
        } catch (UsbException e) {
            return List.of(new PortInfo("usb:", PortKind.OTHER, "USB (libusb)", "cannot list USB devices: " + e.getMessage()));
        } catch (RuntimeException e) {
            return List.of(new PortInfo("usb:", PortKind.OTHER, "USB (libusb)", "cannot list USB devices: " + e));
        }
        Map<String, Integer> count = new HashMap<>();
        for (UsbDeviceInfo d : devices) {
            count.merge(d.vidPid(), 1, Integer::sum);
        }
        List<PortInfo> out = new ArrayList<>(devices.size());
        for (UsbDeviceInfo d : devices) {
            out.add(describe(backend, d, count.get(d.vidPid()) > 1, osName));
        }
        return out;
    }

    private static PortInfo describe(UsbBackend backend, UsbDeviceInfo d, boolean ambiguous, String osName) {
        PortKind kind = UsbClasses.kind(d);
        String uri = "usb://" + d.vidPid();
        String fallback = "USB device " + d.vidPid() + " at " + d.portPath();
        if (d.manufacturerIndex() == 0 && d.productIndex() == 0 && d.serialIndex() == 0) {
            return new PortInfo(uri, kind, fallback, "");
        }
        String manufacturer = "";
        String product = "";
        String serial = "";
        String note = "";
        try (UsbHandle h = backend.open(d)) {
            manufacturer = readString(h, d.manufacturerIndex());
            product = readString(h, d.productIndex());
            serial = readString(h, d.serialIndex());
        } catch (UsbException e) {
            if (e.error() == UsbError.ACCESS) {
                note = "cannot open the device to read its names: permission denied; to use it, "
                        + UsbRemedies.permission(d.vendorId(), d.productId(), osName);
            } else if (e.error() == UsbError.NOT_SUPPORTED) {
                note = "cannot open the device to read its names: its driver does not let libusb in ("
                        + e.error().libusbName() + "); to use it, " + UsbRemedies.permission(d.vendorId(), d.productId(), osName);
            } else {
                note = "cannot open the device to read its names: " + e.error().libusbName();
            }
        } catch (RuntimeException e) {
            note = "cannot open the device to read its names: " + e;
        }
        String names = (manufacturer + " " + product).strip();
        String description = names.isEmpty() ? fallback : names;
        if (!serial.isEmpty()) {
            description += " (" + serial + ")";
            if (ambiguous) {
                uri += "?serial=" + URLEncoder.encode(serial, StandardCharsets.UTF_8);
            }
        }
        return new PortInfo(uri, kind, description, note);
    }

    private static String readString(UsbHandle h, int index) {
        if (index == 0) {
            return "";
        }
        try {
            return h.string(index).strip();
        } catch (UsbException e) {
            return "";
        }
    }
}
