/**
 * The {@code usb://vid:pid} link provider, on libusb through usb4java. Not API: may change at
 * any time.
 *
 * <p>{@link vn.motcua.core.internal.usb.UsbLinkProvider} validates URIs;
 * {@code UsbLinkEndpoint} finds, opens and claims the device; {@code UsbConnection} moves the
 * bytes. Every libusb call goes through the small {@code UsbBackend} / {@code UsbHandle}
 * interfaces, whose only real implementation, {@code LibUsbBackend}, is the one class that
 * sees usb4java types; tests drive the rest through a scripted fake device. The libusb context
 * is created on first use and kept for the JVM's life.
 */
package vn.motcua.core.internal.usb;
