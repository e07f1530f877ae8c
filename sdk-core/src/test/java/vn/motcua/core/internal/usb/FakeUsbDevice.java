package vn.motcua.core.internal.usb;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scripted USB device for tests: descriptors, string descriptors, kernel drivers, bytes it
 * sends, bytes it takes, and libusb errors raised at chosen calls. Every switch belongs to the
 * instance. Thread-safe; an IN transfer waits (really) for data up to its timeout.
 */
final class FakeUsbDevice {

    /** The calls a fault can be attached to. */
    enum Op { OPEN, STRING, KERNEL_DRIVER_ACTIVE, DETACH, ATTACH, CLAIM, RELEASE, READ, WRITE, CLEAR_HALT }

    private UsbDeviceInfo info;
    private final List<String> strings;
    private final Map<Integer, String> initialDrivers;

    private final Map<Integer, String> drivers = new HashMap<>();
    private final Set<Integer> claimed = new HashSet<>();
    private final Map<Op, Deque<UsbError>> failNext = new EnumMap<>(Op.class);
    private final Map<Op, UsbError> failAlways = new EnumMap<>(Op.class);
    private final Deque<Chunk> toHost = new ArrayDeque<>();
    private final ByteArrayOutputStream fromHost = new ByteArrayOutputStream();
    private final List<Integer> outTransferSizes = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private boolean present = true;
    private int generation;
    private int openHandles;
    private int acceptPerTransfer = Integer.MAX_VALUE;
    private boolean outStalled;
    private boolean held;
    private boolean releaseBlocked;

    private record Chunk(int endpoint, byte[] bytes, boolean thenTimeout) {
    }

    private FakeUsbDevice(UsbDeviceInfo info, List<String> strings, Map<Integer, String> drivers) {
        this.info = info;
        this.strings = strings;
        this.initialDrivers = Map.copyOf(drivers);
        this.drivers.putAll(drivers);
    }

    static Builder builder(int vendorId, int productId) {
        return new Builder(vendorId, productId);
    }

    static UsbEndpointInfo bulk(int address) {
        return new UsbEndpointInfo(address, UsbTransferType.BULK, 64);
    }

    static UsbEndpointInfo interrupt(int address) {
        return new UsbEndpointInfo(address, UsbTransferType.INTERRUPT, 8);
    }

    // ---- script -------------------------------------------------------------------------

    /** The next call of {@code op} fails with {@code error} (queued: several calls, several errors). */
    synchronized FakeUsbDevice failNext(Op op, UsbError error) {
        failNext.computeIfAbsent(op, k -> new ArrayDeque<>()).add(error);
        return this;
    }

    /** Every call of {@code op} fails with {@code error} until {@link #clearFaults()}. */
    synchronized FakeUsbDevice failAlways(Op op, UsbError error) {
        failAlways.put(op, error);
        return this;
    }

    synchronized void clearFaults() {
        failNext.clear();
        failAlways.clear();
    }

    /** The device sends {@code bytes} on IN endpoint {@code endpoint}. */
    synchronized void send(int endpoint, byte[] bytes) {
        toHost.add(new Chunk(endpoint, bytes.clone(), false));
        notifyAll();
    }

    /** The device sends {@code bytes}, then goes quiet so that the transfer times out. */
    synchronized void sendThenStall(int endpoint, byte[] bytes) {
        toHost.add(new Chunk(endpoint, bytes.clone(), true));
        notifyAll();
    }

    /** Each OUT transfer takes at most {@code n} bytes, then times out with the rest untaken. */
    synchronized void acceptPerTransfer(int n) {
        acceptPerTransfer = n;
    }

    /** OUT transfers time out without taking anything (paper jam, offline printer). */
    synchronized void stallOut(boolean stalled) {
        outStalled = stalled;
    }

    /**
     * While held, an IN transfer blocks past its timeout (a wedged driver) until
     * {@code hold(false)} or an unplug.
     */
    synchronized void hold(boolean hold) {
        held = hold;
        notifyAll();
    }

    /**
     * While blocked, {@code releaseInterface} is recorded and then waits until
     * {@code blockRelease(false)}: a release that takes its time.
     */
    synchronized void blockRelease(boolean block) {
        releaseBlocked = block;
        notifyAll();
    }

    /** Unplugs: every call on an open handle fails with NO_DEVICE; the device leaves the list. */
    synchronized void unplug() {
        present = false;
        generation++;
        claimed.clear();
        notifyAll();
    }

    /** Plugs back in at a new address; the kernel drivers rebind. */
    synchronized void replug() {
        present = true;
        generation++;
        claimed.clear();
        drivers.clear();
        drivers.putAll(initialDrivers);
        info = new UsbDeviceInfo(info.bus(), info.address() + 1, info.portPath(), info.vendorId(), info.productId(),
                info.deviceClass(), info.manufacturerIndex(), info.productIndex(), info.serialIndex(), info.configValue(),
                info.interfaces());
        notifyAll();
    }

    // ---- observe ------------------------------------------------------------------------

    synchronized UsbDeviceInfo info() {
        return info;
    }

    synchronized boolean present() {
        return present;
    }

    /** Every call so far, e.g. {@code open}, {@code detach 0}, {@code claim 0}, {@code close}. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** Bytes the host wrote, in order. */
    synchronized byte[] received() {
        return fromHost.toByteArray();
    }

    /** The length asked of each OUT transfer. */
    synchronized List<Integer> outTransferSizes() {
        return List.copyOf(outTransferSizes);
    }

    /** Misuse seen, e.g. a handle closed while a transfer on it was under way. */
    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized Set<Integer> claimed() {
        return Set.copyOf(claimed);
    }

    synchronized Optional<String> driver(int iface) {
        return Optional.ofNullable(drivers.get(iface));
    }

    synchronized int openHandles() {
        return openHandles;
    }

    // ---- what the fake backend calls ------------------------------------------------------

    synchronized UsbHandle open() {
        calls.add("open");
        fault(Op.OPEN, "open");
        openHandles++;
        return new Handle(generation);
    }

    private void fault(Op op, String what) {
        Deque<UsbError> q = failNext.get(op);
        UsbError e = q == null ? null : q.poll();
        if (e == null) {
            e = failAlways.get(op);
        }
        if (e != null) {
            throw new UsbException(e, what + " (scripted)");
        }
    }

    /** A handle on this device; dead once the device is unplugged. */
    private final class Handle implements UsbHandle {
        private final int gen;
        private boolean closed;
        private int transfersInFlight;

        Handle(int gen) {
            this.gen = gen;
        }

        private void live(String what) {
            if (closed) {
                violations.add(what + " on a closed handle");
                throw new UsbException(UsbError.NO_DEVICE, what);
            }
            if (!present || gen != generation) {
                throw new UsbException(UsbError.NO_DEVICE, what);
            }
        }

        @Override
        public String string(int index) {
            synchronized (FakeUsbDevice.this) {
                live("string");
                fault(Op.STRING, "string " + index);
                return index == 0 || index > strings.size() ? "" : strings.get(index - 1);
            }
        }

        @Override
        public boolean kernelDriverActive(int iface) {
            synchronized (FakeUsbDevice.this) {
                live("kernelDriverActive");
                fault(Op.KERNEL_DRIVER_ACTIVE, "kernelDriverActive");
                return drivers.containsKey(iface);
            }
        }

        @Override
        public Optional<String> kernelDriverName(int iface) {
            synchronized (FakeUsbDevice.this) {
                return Optional.ofNullable(drivers.get(iface));
            }
        }

        @Override
        public void detachKernelDriver(int iface) {
            synchronized (FakeUsbDevice.this) {
                live("detach");
                calls.add("detach " + iface);
                fault(Op.DETACH, "detach");
                if (drivers.remove(iface) == null) {
                    throw new UsbException(UsbError.NOT_FOUND, "detach");
                }
            }
        }

        @Override
        public void attachKernelDriver(int iface) {
            synchronized (FakeUsbDevice.this) {
                live("attach");
                calls.add("attach " + iface);
                fault(Op.ATTACH, "attach");
                if (claimed.contains(iface)) {
                    throw new UsbException(UsbError.BUSY, "attach while claimed");
                }
                String name = initialDrivers.get(iface);
                drivers.put(iface, name == null ? "driver" : name);
            }
        }

        @Override
        public void claimInterface(int iface) {
            synchronized (FakeUsbDevice.this) {
                live("claim");
                calls.add("claim " + iface);
                fault(Op.CLAIM, "claim");
                if (info.iface(iface) == null) {
                    throw new UsbException(UsbError.NOT_FOUND, "claim");
                }
                if (drivers.containsKey(iface) || claimed.contains(iface)) {
                    throw new UsbException(UsbError.BUSY, "claim");
                }
                claimed.add(iface);
            }
        }

        @Override
        public void releaseInterface(int iface) {
            synchronized (FakeUsbDevice.this) {
                calls.add("release " + iface);
                while (releaseBlocked) {
                    try {
                        FakeUsbDevice.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new UsbException(UsbError.INTERRUPTED, "release");
                    }
                }
                live("release");
                fault(Op.RELEASE, "release");
                claimed.remove(iface);
            }
        }

        @Override
        public int transfer(UsbEndpointInfo ep, byte[] buf, int off, int len, int timeoutMillis) {
            synchronized (FakeUsbDevice.this) {
                live("transfer");
                if (timeoutMillis < 1) {
                    violations.add("transfer with timeout " + timeoutMillis + " (libusb would wait forever)");
                }
                transfersInFlight++;
                try {
                    return ep.in() ? in(ep, buf, off, len, timeoutMillis) : out(ep, buf, off, len, timeoutMillis);
                } finally {
                    transfersInFlight--;
                }
            }
        }

        private int in(UsbEndpointInfo ep, byte[] buf, int off, int len, int timeoutMillis) {
            calls.add("read " + UsbEndpointInfo.hex(ep.address()));
            fault(Op.READ, "read");
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            Chunk c;
            while (held || (c = head(ep.address())) == null) {
                long left = held ? Long.MAX_VALUE : deadline - System.nanoTime();
                if (left <= 0) {
                    throw new UsbException(UsbError.TIMEOUT, "read", 0);
                }
                try {
                    FakeUsbDevice.this.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UsbException(UsbError.INTERRUPTED, "read", 0);
                }
                live("transfer");
            }
            if (c.bytes().length > len) {
                if (len % ep.packetSize() != 0) {
                    throw new UsbException(UsbError.OVERFLOW, "read of " + len + " bytes, device sent " + c.bytes().length);
                }
                System.arraycopy(c.bytes(), 0, buf, off, len);
                toHost.remove(c);
                toHost.addFirst(new Chunk(c.endpoint(), Arrays.copyOfRange(c.bytes(), len, c.bytes().length), c.thenTimeout()));
                return len;
            }
            toHost.remove(c);
            System.arraycopy(c.bytes(), 0, buf, off, c.bytes().length);
            if (c.thenTimeout()) {
                throw new UsbException(UsbError.TIMEOUT, "read", c.bytes().length);
            }
            return c.bytes().length;
        }

        private Chunk head(int endpoint) {
            for (Chunk c : toHost) {
                if (c.endpoint() == endpoint) {
                    return c;
                }
            }
            return null;
        }

        private int out(UsbEndpointInfo ep, byte[] buf, int off, int len, int timeoutMillis) {
            calls.add("write " + UsbEndpointInfo.hex(ep.address()));
            outTransferSizes.add(len);
            fault(Op.WRITE, "write");
            if (outStalled) {
                try {
                    FakeUsbDevice.this.wait(timeoutMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new UsbException(UsbError.TIMEOUT, "write", 0);
            }
            int n = Math.min(len, acceptPerTransfer);
            fromHost.write(buf, off, n);
            if (n < len) {
                throw new UsbException(UsbError.TIMEOUT, "write", n);
            }
            return n;
        }

        @Override
        public void clearHalt(int endpoint) {
            synchronized (FakeUsbDevice.this) {
                live("clearHalt");
                calls.add("clear-halt " + UsbEndpointInfo.hex(endpoint));
                fault(Op.CLEAR_HALT, "clearHalt");
            }
        }

        @Override
        public void close() {
            synchronized (FakeUsbDevice.this) {
                if (closed) {
                    violations.add("handle closed twice");
                    return;
                }
                if (transfersInFlight > 0) {
                    violations.add("handle closed while a transfer was under way");
                }
                closed = true;
                openHandles--;
                calls.add("close");
            }
        }
    }

    /** Builds a {@link FakeUsbDevice}. */
    static final class Builder {
        private final int vendorId;
        private final int productId;
        private int bus = 1;
        private int address = 5;
        private String portPath = "1-1.4";
        private int deviceClass;
        private final List<String> strings = new ArrayList<>();
        private int manufacturer;
        private int product;
        private int serial;
        private final List<UsbInterfaceInfo> interfaces = new ArrayList<>();
        private final Map<Integer, String> drivers = new HashMap<>();

        private Builder(int vendorId, int productId) {
            this.vendorId = vendorId;
            this.productId = productId;
        }

        Builder at(int bus, int address, String portPath) {
            this.bus = bus;
            this.address = address;
            this.portPath = portPath;
            return this;
        }

        Builder deviceClass(int cls) {
            this.deviceClass = cls;
            return this;
        }

        /** String descriptors 1, 2, 3; null leaves one out (index 0). */
        Builder names(String manufacturer, String product, String serial) {
            this.manufacturer = add(manufacturer);
            this.product = add(product);
            this.serial = add(serial);
            return this;
        }

        private int add(String s) {
            if (s == null) {
                return 0;
            }
            strings.add(s);
            return strings.size();
        }

        Builder iface(int number, int cls, UsbEndpointInfo... endpoints) {
            interfaces.add(new UsbInterfaceInfo(number, cls, 0, 0, List.of(endpoints)));
            return this;
        }

        /** A kernel driver bound to the interface when the device is plugged in. */
        Builder driver(int iface, String name) {
            drivers.put(iface, name);
            return this;
        }

        FakeUsbDevice build() {
            UsbDeviceInfo info = new UsbDeviceInfo(bus, address, portPath, vendorId, productId, deviceClass,
                    manufacturer, product, serial, 1, interfaces);
            return new FakeUsbDevice(info, List.copyOf(strings), drivers);
        }
    }
}
