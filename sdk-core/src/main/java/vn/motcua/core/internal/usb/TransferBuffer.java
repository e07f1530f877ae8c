package vn.motcua.core.internal.usb;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * The native memory one direction of a {@link LibUsbBackend} handle transfers through, kept
 * from transfer to transfer. usb4java hands libusb the whole capacity of the buffer it is given
 * (and ignores its position), so each transfer gets a view exactly as long as the transfer;
 * the view is reused while the length stays the same (the usual case: full-size reads, equal
 * chunks of a large write), so such transfers allocate nothing.
 *
 * <p>Not thread-safe, and need not be: a handle has one per direction, and {@link UsbHandle}
 * allows one transfer per direction at a time (see {@link LibUsbBackend}).
 */
final class TransferBuffer {
    /** The smallest native buffer allocated: a few full-speed packets. */
    static final int MIN_CAPACITY = 512;

    private final IntBuffer moved = IntBuffer.allocate(1);
    private ByteBuffer memory = ByteBuffer.allocateDirect(0);
    private ByteBuffer view = memory;

    /** A view of exactly {@code len} bytes for an IN transfer to receive into. */
    ByteBuffer in(int len) {
        return view(len);
    }

    /** A view of exactly {@code len} bytes holding {@code buf[off, off+len)}, for an OUT transfer. */
    ByteBuffer out(byte[] buf, int off, int len) {
        return view(len).put(0, buf, off, len);
    }

    /** Copies the first {@code n} bytes the last IN transfer received to {@code buf[off, off+n)}. */
    void copyTo(byte[] buf, int off, int n) {
        view.get(0, buf, off, n);
    }

    /** Where libusb reports the bytes moved, reset to 0. */
    IntBuffer moved() {
        return moved.put(0, 0);
    }

    /** The bytes the last transfer moved, as libusb reported them in {@link #moved()}. */
    int movedCount() {
        return moved.get(0);
    }

    private ByteBuffer view(int len) {
        if (view.capacity() == len) {
            return view;
        }
        if (memory.capacity() < len) {
            memory = ByteBuffer.allocateDirect(Math.max(len, MIN_CAPACITY));
        }
        view = memory.slice(0, len);
        return view;
    }
}
