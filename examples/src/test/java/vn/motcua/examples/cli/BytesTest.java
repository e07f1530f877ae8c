package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void hexPayloads() {
        assertThat(Bytes.parse("hex:1B 40")).containsExactly(0x1b, 0x40);
        assertThat(Bytes.parse("0x1b40")).containsExactly(0x1b, 0x40);
        assertThat(Bytes.parse("HEX:10-04:01")).containsExactly(0x10, 0x04, 0x01);
    }

    @Test
    void textPayloadsWithEscapes() {
        assertThat(Bytes.parse("ping\\r\\n")).isEqualTo("ping\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(Bytes.parse("a\\x1bb\\\\")).containsExactly('a', 0x1b, 'b', '\\');
        assertThat(Bytes.parse("Quầy 3")).isEqualTo("Quầy 3".getBytes(StandardCharsets.UTF_8));
        assertThat(Bytes.parse("trailing\\")).isEqualTo("trailing\\".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void badPayloadsSayWhatIsWrong() {
        assertThatThrownBy(() -> Bytes.parse("hex:1b4")).hasMessageContaining("odd number of digits");
        assertThatThrownBy(() -> Bytes.parse("hex:zz")).hasMessageContaining("non-hex character near \"zz\"");
        assertThatThrownBy(() -> Bytes.parse("hex:")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Bytes.parse("a\\q")).hasMessageContaining("unknown escape \"\\q\"");
        assertThatThrownBy(() -> Bytes.parse("a\\x1")).hasMessageContaining("two hex digits");
        assertThatThrownBy(() -> Bytes.parse("")).hasMessageContaining("empty");
    }

    @Test
    void previewShowsHexAsciiAndWhatIsLeft() {
        byte[] b = {0x06, 'O', 'K', 0x0d, 'x'};
        assertThat(Bytes.preview(b, 4)).isEqualTo("06 4f 4b 0d  |.OK.| (+1 B)");
        assertThat(Bytes.preview(b, 10)).isEqualTo("06 4f 4b 0d 78  |.OK.x|");
        assertThat(Bytes.preview(new byte[0], 4)).isEmpty();
    }
}
