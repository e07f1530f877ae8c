package vn.motcua.core.internal.usb;

import java.util.List;

/**
 * The few libusb calls the USB provider needs, so that the provider can be tested against a
 * fake device. {@link LibUsbBackend} is the real one; it is the only class that sees usb4java.
 *
 * <p>There is no init/exit here: the real backend initialises its libusb context on first use
 * and keeps it for the life of the JVM (see {@link LibUsbBackend}).
 *
 * <p>Implementations are thread-safe.
 */
interface UsbBackend {

    /**
     * Lists the devices attached now, with their descriptors. Opens nothing.
     *
     * @throws UsbException when libusb cannot be loaded or initialised, or the list fails
     */
    List<UsbDeviceInfo> devices();

    /**
     * Opens a device from a recent {@link #devices()} listing.
     *
     * @throws UsbException {@link UsbError#ACCESS} when the OS denies access,
     *     {@link UsbError#NO_DEVICE} when it is gone, or another libusb error
     */
    UsbHandle open(UsbDeviceInfo device);
}
