package vn.motcua.core.internal.usb;

import java.util.Optional;

/**
 * An open device. Every method except {@link #kernelDriverName} and {@link #close} throws
 * {@link UsbException} with the libusb error when the call fails.
 *
 * <p>One thread may transfer IN while another transfers OUT. {@link #close()} must not be
 * called while a call on the handle is under way: {@link UsbConnection} waits for them.
 */
interface UsbHandle extends AutoCloseable {

    /** The ASCII string descriptor at {@code index}; {@code ""} for index 0. */
    String string(int index);

    /** True when a kernel driver (usblp, cdc_acm, usbhid, ...) is bound to the interface. */
    boolean kernelDriverActive(int iface);

    /** The name of the kernel driver bound to the interface, where the OS tells it. */
    Optional<String> kernelDriverName(int iface);

    void detachKernelDriver(int iface);

    void attachKernelDriver(int iface);

    void claimInterface(int iface);

    void releaseInterface(int iface);

    /**
     * One bulk or interrupt transfer (by the endpoint's type) on {@code endpoint}: OUT sends
     * {@code buf[off, off+len)}, IN receives up to {@code len} bytes into it.
     *
     * @param timeoutMillis at least 1 (libusb takes 0 as "forever")
     * @return the bytes transferred
     * @throws UsbException on failure; for {@link UsbError#TIMEOUT}, {@link
     *     UsbException#transferred()} says how many bytes moved (and, for IN, were copied to
     *     {@code buf}) before it
     */
    int transfer(UsbEndpointInfo endpoint, byte[] buf, int off, int len, int timeoutMillis);

    /** Clears a halt (stall) on an endpoint. */
    void clearHalt(int endpoint);

    /** Closes the handle. Idempotent; never throws. */
    @Override
    void close();
}
