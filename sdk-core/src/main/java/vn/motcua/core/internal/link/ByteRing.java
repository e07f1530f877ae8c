package vn.motcua.core.internal.link;

/**
 * A bounded FIFO of bytes that drops its oldest bytes when full. Not thread-safe: the owner
 * guards it. Grows from a small array up to its capacity, so an idle link costs little memory.
 */
final class ByteRing {
    private final int capacity;
    private byte[] data = new byte[256];
    private int head;
    private int size;

    ByteRing(int capacity) {
        this.capacity = capacity;
    }

    int size() {
        return size;
    }

    /**
     * Appends bytes; when they do not fit, the oldest bytes are dropped.
     *
     * @return how many bytes were dropped
     */
    int write(byte[] src, int off, int len) {
        int dropped = 0;
        if (len > capacity) {
            dropped += len - capacity;
            off += len - capacity;
            len = capacity;
        }
        int overflow = size + len - capacity;
        if (overflow > 0) {
            skip(overflow);
            dropped += overflow;
        }
        ensure(size + len);
        int tail = (head + size) % data.length;
        int first = Math.min(len, data.length - tail);
        System.arraycopy(src, off, data, tail, first);
        System.arraycopy(src, off + first, data, 0, len - first);
        size += len;
        return dropped;
    }

    /** Copies up to {@code len} of the oldest bytes out and removes them. */
    int read(byte[] dst, int off, int len) {
        int n = Math.min(len, size);
        int first = Math.min(n, data.length - head);
        System.arraycopy(data, head, dst, off, first);
        System.arraycopy(data, 0, dst, off + first, n - first);
        skip(n);
        return n;
    }

    byte[] drain() {
        byte[] out = new byte[size];
        read(out, 0, size);
        return out;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    private void skip(int n) {
        head = (head + n) % data.length;
        size -= n;
        if (size == 0) {
            head = 0;
        }
    }

    private void ensure(int needed) {
        if (needed <= data.length) {
            return;
        }
        int cap = data.length;
        while (cap < needed) {
            cap = (int) Math.min((long) cap * 2, capacity);
        }
        byte[] bigger = new byte[cap];
        int n = size;
        read(bigger, 0, n);
        data = bigger;
        head = 0;
        size = n;
    }
}
