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
    void onlyAsciiHexDigitsAreHex() {
        // Arabic-Indic one and two, fullwidth A: digits to Character.digit, not hex.
        assertThatThrownBy(() -> Bytes.parse("hex:\u0661\u0662")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hex payload \"\u0661\u0662\" has a non-hex character near \"\u0661\u0662\"");
        assertThatThrownBy(() -> Bytes.parse("0x1b\uff21\uff21")).hasMessageContaining("non-hex character near \"\uff21\uff21\"");
        assertThatThrownBy(() -> Bytes.parse("a\\x\u0661\u0662")).hasMessageContaining("in text payload needs two hex digits");
        assertThat(Bytes.parse("hex:aBcD")).containsExactly(0xab, 0xcd);
    }

    @Test
    void aBadEscapeInTextIsATextPayloadError() {
        assertThatThrownBy(() -> Bytes.parse("ping\\xzz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("escape \"\\xzz\" in text payload needs two hex digits");
        assertThatThrownBy(() -> Bytes.parse("ping\\xz")).hasMessage("escape \"\\xz\" in text payload needs two hex digits");
    }

    @Test
    void hexIsLowerCaseWithSpaces() {
        assertThat(Bytes.hex(new byte[] {0x1b, 0x40, (byte) 0xff}, 10)).isEqualTo("1b 40 ff");
        assertThat(Bytes.hex(new byte[] {0x1b, 0x40, (byte) 0xff}, 2)).isEqualTo("1b 40");
        assertThat(Bytes.hex(new byte[0], 2)).isEmpty();
    }

    @Test
    void previewShowsHexAsciiAndWhatIsLeft() {
        byte[] b = {0x06, 'O', 'K', 0x0d, 'x'};
        assertThat(Bytes.preview(b, 4)).isEqualTo("06 4f 4b 0d  |.OK.| (+1 B)");
        assertThat(Bytes.preview(b, 10)).isEqualTo("06 4f 4b 0d 78  |.OK.x|");
        assertThat(Bytes.preview(new byte[0], 4)).isEmpty();
    }
}
