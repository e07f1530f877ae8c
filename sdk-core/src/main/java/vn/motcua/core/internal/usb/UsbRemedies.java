package vn.motcua.core.internal.usb;

import java.util.Locale;

/** What to tell a user who cannot open a USB device, for each operating system. */
final class UsbRemedies {

    private UsbRemedies() {
    }

    /**
     * For {@link UsbError#ACCESS} when opening or detaching, and {@link UsbError#NOT_SUPPORTED}
     * when opening (on Windows: the device has a driver other than WinUSB): how to let libusb in.
     */
    static String permission(int vendorId, int productId, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "libusb can only open a device that uses the WinUSB driver: install it for this device"
                    + " (e.g. with Zadig), or use the printer's own driver through another link";
        }
        if (os.contains("mac")) {
            return "macOS refused access; check that no vendor driver or other program holds the device";
        }
        return String.format("add a udev rule, e.g. a file /etc/udev/rules.d/60-motcua.rules with the line "
                + "SUBSYSTEM==\"usb\", ATTR{idVendor}==\"%04x\", ATTR{idProduct}==\"%04x\", MODE=\"0660\", GROUP=\"plugdev\""
                + ", then run: sudo udevadm control --reload-rules && sudo udevadm trigger; and add the user to the group:"
                + " sudo usermod -aG plugdev $USER (takes effect at the next login)", vendorId, productId);
    }

    /** For a device that another program or a kernel driver holds. */
    static String busy() {
        return "close the other program that uses the device (e.g. CUPS or a vendor utility), or use detach=true"
                + " when a kernel driver holds it";
    }

    /** For a device that is not attached. */
    static String notFound() {
        return "check the cable and that the device is powered on; the ids are vendor:product in hex as lsusb shows them";
    }

    /** The operating system as Java names it, for messages. */
    static String platform() {
        return System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?");
    }
}
