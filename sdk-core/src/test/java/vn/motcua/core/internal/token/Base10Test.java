package vn.motcua.core.internal.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Base10Test {

    @Test
    void roundTripsEveryLengthUpTo64Bytes() {
        Random random = new Random(42);
        for (int n = 0; n <= 64; n++) {
            for (int trial = 0; trial < 20; trial++) {
                byte[] bytes = new byte[n];
                random.nextBytes(bytes);

                String text = Base10.encode(bytes);

                assertThat(text).hasSize(Base10.encodedLength(n)).matches("[0-9]*");
                assertThat(Base10.decodedLength(text.length())).isEqualTo(n);
                assertThat(Base10.decode(text)).isEqualTo(bytes);
            }
        }
    }

    @Test
    void extremeChunksUseTheirFullWidth() {
        assertThat(Base10.encode(new byte[] {0})).isEqualTo("000");
        assertThat(Base10.encode(new byte[] {-1})).isEqualTo("255");
        assertThat(Base10.encode(new byte[] {-1, -1, -1, -1, -1, -1, -1})).isEqualTo("72057594037927935");
        assertThat(Base10.encode(new byte[] {0, 0, 0, 0, 0, 0, 0, 1})).isEqualTo("00000000000000000001");
    }

    @Test
    void encodedLengthsMatchTheDocumentedChunkSizes() {
        int[] expected = {0, 3, 5, 8, 10, 13, 15, 17, 20};
        for (int n = 0; n < expected.length; n++) {
            assertThat(Base10.encodedLength(n)).as("%d bytes", n).isEqualTo(expected[n]);
        }
        assertThat(Base10.encodedLength(100)).isEqualTo(243);
    }

    @Test
    void rejectsNonCanonicalText() {
        assertThat(Base10.decode("256")).isNull();
        assertThat(Base10.decode("72057594037927936")).isNull();
        assertThat(Base10.decode("99999999999999999")).isNull();
        assertThat(Base10.decode("0000")).isNull();
        assertThat(Base10.decode("12a")).isNull();
        assertThat(Base10.decode("\u0661\u0662\u0663")).isNull();
        assertThat(Base10.decodedLength(1)).isEqualTo(-1);
        assertThat(Base10.decodedLength(18)).isEqualTo(-1);
        assertThat(Base10.decode("")).isEmpty();
    }
}
