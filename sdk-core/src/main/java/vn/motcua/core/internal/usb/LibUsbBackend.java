package vn.motcua.core.internal.usb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.usb4java.ConfigDescriptor;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.EndpointDescriptor;
import org.usb4java.Interface;
import org.usb4java.InterfaceDescriptor;
import org.usb4java.LibUsb;
import org.usb4java.LibUsbException;
import org.usb4java.LoaderException;

/**
 * The real {@link UsbBackend}, on usb4java's low-level {@code org.usb4java.LibUsb} API. The
 * only class that sees usb4java types.
 *
 * <p><b>Context.</b> There is one libusb context for the JVM, created on first use by
 * {@link #shared()} and kept for the JVM's life (never {@code libusb_exit}ed). Reference
 * counting would buy nothing: the native library cannot be unloaded, the context costs a few
 * file descriptors, and exiting it while a discovery or a connection on another thread still
 * uses it would be a use-after-free. A failed {@code libusb_init} is not remembered, so the
 * next call tries again (e.g. after {@code /dev/bus/usb} appears); a native library that
 * failed to load is remembered, since the JVM cannot load it a second time.
 */
final class LibUsbBackend implements UsbBackend {
    private static final Logger LOG = LoggerFactory.getLogger(LibUsbBackend.class);
    private static final LibUsbBackend SHARED = new LibUsbBackend();

    private Context context;
    private String loadFailure;

    private LibUsbBackend() {
    }

    /** The JVM-wide backend. Does not touch libusb until it is used. */
    static LibUsbBackend shared() {
        return SHARED;
    }

    /** The initialised context; initialises libusb on the first call. */
    synchronized Context context() {
        if (context != null) {
            return context;
        }
        if (loadFailure != null) {
            throw new UsbException(UsbError.NOT_SUPPORTED, loadFailure, null);
        }
        try {
            Context c = new Context();
            int r = LibUsb.init(c);
            if (r < 0) {
                throw new UsbException(UsbError.of(r), "libusb could not be initialised on " + UsbRemedies.platform()
                        + " (" + UsbError.of(r).libusbName() + "); on Linux it needs /dev/bus/usb (in a container,"
                        + " pass it through) and, to name devices, /sys", null);
            }
            context = c;
            LOG.debug("libusb {} initialised", version());
            return c;
        } catch (LibUsbException e) {
            throw new UsbException(UsbError.of(e.getErrorCode()), "libusb could not be initialised on "
                    + UsbRemedies.platform() + ": " + e.getMessage(), e);
        } catch (LinkageError | LoaderException e) {
            loadFailure = "usb4java could not load its native libusb library for " + UsbRemedies.platform()
                    + " (" + e + "); usb: links are not available on this machine";
            throw new UsbException(UsbError.NOT_SUPPORTED, loadFailure, e);
        }
    }

    /** The libusb version, e.g. {@code 1.0.22.11312}; initialises libusb. */
    String version() {
        context();
        var v = LibUsb.getVersion();
        return v.major() + "." + v.minor() + "." + v.micro() + "." + v.nano();
    }

    @Override
    public List<UsbDeviceInfo> devices() {
        Context ctx = context();
        DeviceList list = new DeviceList();
        int n = LibUsb.getDeviceList(ctx, list);
        if (n < 0) {
            throw new UsbException(UsbError.of(n), "list USB devices");
        }
        try {
            List<UsbDeviceInfo> out = new ArrayList<>(n);
            for (Device d : list) {
                UsbDeviceInfo info = describe(d);
                if (info != null) {
                    out.add(info);
                }
            }
            return out;
        } finally {
            LibUsb.freeDeviceList(list, true);
        }
    }

    @Override
    public UsbHandle open(UsbDeviceInfo info) {
        Context ctx = context();
        DeviceList list = new DeviceList();
        int n = LibUsb.getDeviceList(ctx, list);
        if (n < 0) {
            throw new UsbException(UsbError.of(n), "list USB devices");
        }
        try {
            for (Device d : list) {
                if (LibUsb.getBusNumber(d) != info.bus() || LibUsb.getDeviceAddress(d) != info.address()) {
                    continue;
                }
                DeviceDescriptor dd = new DeviceDescriptor();
                if (LibUsb.getDeviceDescriptor(d, dd) < 0 || (dd.idVendor() & 0xFFFF) != info.vendorId()
                        || (dd.idProduct() & 0xFFFF) != info.productId()) {
                    break;
                }
                DeviceHandle h = new DeviceHandle();
                int r = LibUsb.open(d, h);
                if (r < 0) {
                    throw new UsbException(UsbError.of(r), "open " + info.label());
                }
                return new Handle(h, info);
            }
            throw new UsbException(UsbError.NO_DEVICE, "open " + info.label());
        } finally {
            LibUsb.freeDeviceList(list, true);
        }
    }

    private static UsbDeviceInfo describe(Device d) {
        DeviceDescriptor dd = new DeviceDescriptor();
        int r = LibUsb.getDeviceDescriptor(d, dd);
        if (r < 0) {
            LOG.debug("skipping a USB device whose descriptor cannot be read: {}", UsbError.of(r).libusbName());
            return null;
        }
        int bus = LibUsb.getBusNumber(d);
        ByteBuffer ports = ByteBuffer.allocateDirect(8);
        int np = LibUsb.getPortNumbers(d, ports);
        String portPath;
        if (np > 0) {
            StringJoiner j = new StringJoiner(".", bus + "-", "");
            for (int i = 0; i < np; i++) {
                j.add(Integer.toString(ports.get(i) & 0xFF));
            }
            portPath = j.toString();
        } else {
            portPath = "usb" + bus;
        }
        int configValue = 0;
        List<UsbInterfaceInfo> ifs = List.of();
        ConfigDescriptor cd = new ConfigDescriptor();
        r = LibUsb.getActiveConfigDescriptor(d, cd);
        if (r < 0) {
            r = LibUsb.getConfigDescriptor(d, (byte) 0, cd);
        }
        if (r == 0) {
            try {
                configValue = cd.bConfigurationValue() & 0xFF;
                ifs = interfaces(cd);
            } finally {
                LibUsb.freeConfigDescriptor(cd);
            }
        }
        return new UsbDeviceInfo(bus, LibUsb.getDeviceAddress(d), portPath, dd.idVendor() & 0xFFFF,
                dd.idProduct() & 0xFFFF, dd.bDeviceClass() & 0xFF, dd.iManufacturer() & 0xFF, dd.iProduct() & 0xFF,
                dd.iSerialNumber() & 0xFF, configValue, ifs);
    }

    private static List<UsbInterfaceInfo> interfaces(ConfigDescriptor cd) {
        List<UsbInterfaceInfo> out = new ArrayList<>();
        for (Interface i : cd.iface()) {
            for (InterfaceDescriptor alt : i.altsetting()) {
                if (alt.bAlternateSetting() != 0) {
                    continue;
                }
                List<UsbEndpointInfo> eps = new ArrayList<>();
                for (EndpointDescriptor e : alt.endpoint()) {
                    eps.add(new UsbEndpointInfo(e.bEndpointAddress() & 0xFF,
                            UsbTransferType.fromAttributes(e.bmAttributes()), e.wMaxPacketSize() & 0x7FF));
                }
                out.add(new UsbInterfaceInfo(alt.bInterfaceNumber() & 0xFF, alt.bInterfaceClass() & 0xFF,
                        alt.bInterfaceSubClass() & 0xFF, alt.bInterfaceProtocol() & 0xFF, eps));
            }
        }
        return out;
    }

    /**
     * An open usb4java device handle.
     *
     * <p>Each direction has its own {@link TransferBuffer}, used by one transfer at a time (the
     * {@link UsbHandle} contract). Successive transfers of one direction may come from different
     * threads (writers take turns); {@link UsbConnection} brackets every transfer with its
     * in-flight count under one lock, which orders them, so the buffers need no synchronisation
     * of their own.
     */
    private static final class Handle implements UsbHandle {
        private final DeviceHandle h;
        private final UsbDeviceInfo info;
        private final TransferBuffer inBuf = new TransferBuffer();
        private final TransferBuffer outBuf = new TransferBuffer();
        private boolean closed;

        Handle(DeviceHandle h, UsbDeviceInfo info) {
            this.h = h;
            this.info = info;
        }

        private void check(int r, String op) {
            if (r < 0) {
                throw new UsbException(UsbError.of(r), op + " on " + info.label());
            }
        }

        @Override
        public String string(int index) {
            if (index == 0) {
                return "";
            }
            StringBuffer sb = new StringBuffer();
            check(LibUsb.getStringDescriptorAscii(h, (byte) index, sb), "read string descriptor " + index);
            return sb.toString();
        }

        @Override
        public boolean kernelDriverActive(int iface) {
            int r = LibUsb.kernelDriverActive(h, iface);
            check(r, "check the kernel driver of interface " + iface);
            return r == 1;
        }

        @Override
        public Optional<String> kernelDriverName(int iface) {
            // libusb does not name the driver; Linux shows it in sysfs.
            if (info.configValue() == 0 || info.portPath().startsWith("usb")) {
                return Optional.empty();
            }
            Path link = Path.of("/sys/bus/usb/devices", info.portPath() + ":" + info.configValue() + "." + iface, "driver");
            try {
                return Optional.of(Files.readSymbolicLink(link).getFileName().toString());
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public void detachKernelDriver(int iface) {
            check(LibUsb.detachKernelDriver(h, iface), "detach the kernel driver from interface " + iface);
        }

        @Override
        public void attachKernelDriver(int iface) {
            check(LibUsb.attachKernelDriver(h, iface), "reattach the kernel driver to interface " + iface);
        }

        @Override
        public void claimInterface(int iface) {
            check(LibUsb.claimInterface(h, iface), "claim interface " + iface);
        }

        @Override
        public void releaseInterface(int iface) {
            check(LibUsb.releaseInterface(h, iface), "release interface " + iface);
        }

        @Override
        public int transfer(UsbEndpointInfo ep, byte[] buf, int off, int len, int timeoutMillis) {
            boolean in = ep.in();
            TransferBuffer tb = in ? inBuf : outBuf;
            ByteBuffer data = in ? tb.in(len) : tb.out(buf, off, len);
            IntBuffer moved = tb.moved();
            byte address = (byte) ep.address();
            long timeout = Math.max(1, timeoutMillis);
            int r = ep.type() == UsbTransferType.INTERRUPT
                    ? LibUsb.interruptTransfer(h, address, data, moved, timeout)
                    : LibUsb.bulkTransfer(h, address, data, moved, timeout);
            // usb4java reports the count on success and on a timeout only.
            int n = r == LibUsb.SUCCESS || r == LibUsb.ERROR_TIMEOUT ? tb.movedCount() : 0;
            if (in && n > 0) {
                tb.copyTo(buf, off, n);
            }
            if (r < 0) {
                throw new UsbException(UsbError.of(r), "transfer on endpoint " + ep.label() + " of " + info.label(), n);
            }
            return n;
        }

        @Override
        public void clearHalt(int endpoint) {
            check(LibUsb.clearHalt(h, (byte) endpoint), "clear the halt on endpoint " + UsbEndpointInfo.hex(endpoint));
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                LibUsb.close(h);
            }
        }
    }
}
