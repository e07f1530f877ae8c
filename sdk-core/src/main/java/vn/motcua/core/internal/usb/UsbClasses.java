package vn.motcua.core.internal.usb;

import vn.motcua.core.link.PortKind;

/** USB class codes (usb.org "Defined Class Codes") and what they mean for a link. */
final class UsbClasses {
    static final int PER_INTERFACE = 0x00;
    static final int AUDIO = 0x01;
    static final int CDC = 0x02;
    static final int HID = 0x03;
    static final int PRINTER = 0x07;
    static final int MASS_STORAGE = 0x08;
    static final int HUB = 0x09;
    static final int CDC_DATA = 0x0A;
    static final int VIDEO = 0x0E;
    static final int MISCELLANEOUS = 0xEF;
    static final int VENDOR = 0xFF;

    /** Order in which interface classes decide a composite device's kind. */
    private static final int[] KIND_ORDER = {PRINTER, HID, CDC, CDC_DATA, VENDOR, HUB};

    private UsbClasses() {
    }

    /** A short name, e.g. {@code printer} or {@code class 0x0e}. */
    static String name(int cls) {
        switch (cls) {
            case AUDIO: return "audio";
            case CDC: return "CDC";
            case HID: return "HID";
            case PRINTER: return "printer";
            case MASS_STORAGE: return "mass storage";
            case HUB: return "hub";
            case CDC_DATA: return "CDC data";
            case VIDEO: return "video";
            case VENDOR: return "vendor-specific";
            default: return String.format("class 0x%02x", cls);
        }
    }

    /**
     * The kind of a device: from its device class when that is specific, otherwise from the
     * first of its interface classes in the order printer, HID, CDC, vendor, hub.
     */
    static PortKind kind(UsbDeviceInfo d) {
        int dc = d.deviceClass();
        if (dc != PER_INTERFACE && dc != MISCELLANEOUS) {
            return kindOf(dc);
        }
        for (int cls : KIND_ORDER) {
            for (UsbInterfaceInfo i : d.interfaces()) {
                if (i.interfaceClass() == cls) {
                    return kindOf(cls);
                }
            }
        }
        return PortKind.OTHER;
    }

    private static PortKind kindOf(int cls) {
        switch (cls) {
            case PRINTER: return PortKind.USB_PRINTER;
            case HID: return PortKind.USB_HID;
            case CDC: case CDC_DATA: return PortKind.USB_CDC_SERIAL;
            case VENDOR: return PortKind.USB_VENDOR;
            case HUB: return PortKind.USB_HUB;
            default: return PortKind.OTHER;
        }
    }
}
