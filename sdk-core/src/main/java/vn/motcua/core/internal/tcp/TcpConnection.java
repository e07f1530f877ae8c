package vn.motcua.core.internal.tcp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.link.spi.LinkConnection;
import vn.motcua.core.internal.time.Timeouts;

/**
 * A non-blocking socket with one selector for the reading thread and one for the writing
 * thread, so both reads and writes honour their timeouts.
 */
final class TcpConnection implements LinkConnection {
    private final String uri;
    private final SocketChannel ch;
    private final Selector readSel;
    private final Selector writeSel;
    private volatile boolean closed;

    TcpConnection(String uri, SocketChannel ch) throws IOException {
        this.uri = uri;
        this.ch = ch;
        Selector r = Selector.open();
        Selector w;
        try {
            w = Selector.open();
        } catch (IOException e) {
            r.close();
            throw e;
        }
        this.readSel = r;
        this.writeSel = w;
        ch.register(readSel, SelectionKey.OP_READ);
        ch.register(writeSel, SelectionKey.OP_WRITE);
    }

    @Override
    public int read(byte[] buf, int off, int len, Duration timeout) {
        ensureOpen();
        try {
            ByteBuffer bb = ByteBuffer.wrap(buf, off, len);
            int n = ch.read(bb);
            if (n == 0) {
                readSel.select(Math.max(1, timeout.toMillis()));
                readSel.selectedKeys().clear();
                ensureOpen();
                n = ch.read(bb);
            }
            if (n < 0) {
                throw new DeviceUnavailableException(uri, Reason.DISCONNECTED, "the device closed the connection");
            }
            return n;
        } catch (IOException | ClosedSelectorException e) {
            throw lost(e);
        }
    }

    @Override
    public void write(byte[] buf, int off, int len, Duration timeout) {
        ensureOpen();
        long deadline = System.nanoTime() + Timeouts.nanos(timeout);
        ByteBuffer bb = ByteBuffer.wrap(buf, off, len);
        try {
            while (bb.hasRemaining()) {
                if (ch.write(bb) == 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new LinkTimeoutException(uri, "write (" + bb.remaining() + " of " + len + " bytes left)", timeout);
                    }
                    writeSel.select(Math.max(1, left / 1_000_000));
                    writeSel.selectedKeys().clear();
                    ensureOpen();
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            throw lost(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new DeviceUnavailableException(uri, Reason.DISCONNECTED, "connection closed");
        }
    }

    private DeviceUnavailableException lost(Exception e) {
        if (closed) {
            return new DeviceUnavailableException(uri, Reason.DISCONNECTED, "connection closed", null, e);
        }
        return new DeviceUnavailableException(uri, Reason.DISCONNECTED, "connection lost: " + e.getMessage(), null, e);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(readSel);
        closeQuietly(writeSel);
        closeQuietly(ch);
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing: nothing else to do
        }
    }
}
