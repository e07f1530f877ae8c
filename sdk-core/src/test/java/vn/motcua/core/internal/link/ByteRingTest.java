package vn.motcua.core.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ByteRingTest {

    /** Any interleaving of writes and reads behaves like an unbounded queue that drops its oldest bytes. */
    @Property(tries = 300)
    void behavesLikeABoundedQueueDroppingTheOldest(
            @ForAll @IntRange(min = 1, max = 700) int capacity,
            @ForAll @Size(max = 60) List<@IntRange(min = -300, max = 900) Integer> ops) {
        ByteRing ring = new ByteRing(capacity);
        ArrayDeque<Byte> model = new ArrayDeque<>();
        byte next = 0;
        for (int op : ops) {
            if (op >= 0) {
                byte[] data = new byte[op];
                for (int i = 0; i < op; i++) {
                    data[i] = next++;
                    model.addLast(data[i]);
                }
                int expectedDrop = Math.max(0, model.size() - capacity);
                for (int i = 0; i < expectedDrop; i++) {
                    model.removeFirst();
                }
                assertThat(ring.write(data, 0, data.length)).isEqualTo(expectedDrop);
            } else {
                byte[] out = new byte[-op];
                int expected = Math.min(-op, model.size());
                int n = ring.read(out, 0, out.length);
                assertThat(n).isEqualTo(expected);
                for (int i = 0; i < n; i++) {
                    assertThat(out[i]).isEqualTo(model.removeFirst());
                }
            }
            assertThat(ring.size()).isEqualTo(model.size());
        }
        byte[] rest = ring.drain();
        assertThat(rest).hasSize(model.size());
        for (byte b : rest) {
            assertThat(b).isEqualTo(model.removeFirst());
        }
    }
}
