package vn.motcua.core.internal.usb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link UsbBackend} over {@link FakeUsbDevice}s; its faults belong to the instance. */
final class FakeUsbBackend implements UsbBackend {
    private final List<FakeUsbDevice> devices = new CopyOnWriteArrayList<>();
    private volatile UsbError listFailure;

    FakeUsbBackend(FakeUsbDevice... devices) {
        this.devices.addAll(List.of(devices));
    }

    void add(FakeUsbDevice d) {
        devices.add(d);
    }

    /** Every listing fails with {@code error}; null to stop. */
    void failListing(UsbError error) {
        listFailure = error;
    }

    @Override
    public List<UsbDeviceInfo> devices() {
        UsbError e = listFailure;
        if (e != null) {
            throw new UsbException(e, "list USB devices (scripted)");
        }
        List<UsbDeviceInfo> out = new ArrayList<>();
        for (FakeUsbDevice d : devices) {
            if (d.present()) {
                out.add(d.info());
            }
        }
        return out;
    }

    @Override
    public UsbHandle open(UsbDeviceInfo device) {
        for (FakeUsbDevice d : devices) {
            if (d.present() && d.info().equals(device)) {
                return d.open();
            }
        }
        throw new UsbException(UsbError.NO_DEVICE, "open " + device.label());
    }
}
