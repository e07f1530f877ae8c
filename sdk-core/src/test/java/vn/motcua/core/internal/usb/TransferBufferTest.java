package vn.motcua.core.internal.usb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The native buffer views {@link LibUsbBackend} hands to usb4java, which transfers their whole capacity. */
class TransferBufferTest {

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed + i * 13);
        }
        return b;
    }

    private static byte[] contents(ByteBuffer view) {
        byte[] b = new byte[view.capacity()];
        view.get(0, b);
        return b;
    }

    @Test
    void anOutViewIsExactlyTheTransferLongAndHoldsTheCallersSlice() {
        TransferBuffer tb = new TransferBuffer();
        byte[] src = bytes(100, 1);
        ByteBuffer view = tb.out(src, 10, 37);
        assertThat(view.isDirect()).isTrue();
        assertThat(view.capacity()).isEqualTo(37);
        byte[] expected = new byte[37];
        System.arraycopy(src, 10, expected, 0, 37);
        assertThat(contents(view)).isEqualTo(expected);
    }

    @Test
    void theSameLengthReusesTheViewAndAnotherLengthGetsItsOwn() {
        TransferBuffer tb = new TransferBuffer();
        ByteBuffer first = tb.out(bytes(64, 1), 0, 64);
        ByteBuffer again = tb.out(bytes(64, 7), 0, 64);
        assertThat(again).isSameAs(first);
        assertThat(contents(again)).isEqualTo(bytes(64, 7));
        assertThat(tb.in(64)).isSameAs(first);

        ByteBuffer shorter = tb.out(bytes(5, 3), 0, 5);
        assertThat(shorter.capacity()).isEqualTo(5);
        assertThat(contents(shorter)).isEqualTo(bytes(5, 3));
    }

    @Test
    void growsForALongTransfer() {
        TransferBuffer tb = new TransferBuffer();
        assertThat(tb.in(10).capacity()).isEqualTo(10);
        byte[] big = bytes(UsbConnection.WRITE_CHUNK, 9);
        ByteBuffer view = tb.out(big, 0, big.length);
        assertThat(view.isDirect()).isTrue();
        assertThat(view.capacity()).isEqualTo(big.length);
        assertThat(contents(view)).isEqualTo(big);
    }

    @Test
    void copiesWhatAnInTransferReceivedToTheCallersOffset() {
        TransferBuffer tb = new TransferBuffer();
        ByteBuffer view = tb.in(64);
        view.put(0, bytes(64, 5));
        byte[] dst = new byte[20];
        tb.copyTo(dst, 4, 3);
        byte[] expected = new byte[20];
        System.arraycopy(bytes(64, 5), 0, expected, 4, 3);
        assertThat(dst).isEqualTo(expected);
    }

    @Test
    void theMovedCountStartsAtZeroForEachTransfer() {
        TransferBuffer tb = new TransferBuffer();
        tb.moved().put(0, 42); // as usb4java reports it
        assertThat(tb.movedCount()).isEqualTo(42);
        assertThat(tb.moved().get(0)).isZero();
        assertThat(tb.movedCount()).isZero();
    }
}
