package vn.motcua.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/** Byte strings on the command line and in output: hex, printable ASCII, escaped text. */
final class Bytes {
    private Bytes() {
    }

    /**
     * Parses a payload: {@code hex:1B 40} or {@code 0x1b40} is hex (spaces, {@code :} and
     * {@code -} between bytes are ignored); anything else is UTF-8 text in which {@code \n},
     * {@code \r}, {@code \t}, {@code \\} and {@code \xNN} are escapes.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static byte[] parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("hex:") || lower.startsWith("0x")) {
            return hex(text.substring(lower.startsWith("hex:") ? 4 : 2));
        }
        return unescape(text);
    }

    private static byte[] hex(String digits) {
        String s = digits.replaceAll("[\\s:-]", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("hex payload is empty");
        }
        if (s.length() % 2 != 0) {
            throw new IllegalArgumentException("hex payload \"" + digits + "\" has an odd number of digits");
        }
        for (int i = 0; i < s.length(); i++) {
            if (!HexFormat.isHexDigit(s.charAt(i))) {
                int pair = i - i % 2;
                throw new IllegalArgumentException("hex payload \"" + digits + "\" has a non-hex character near \""
                        + s.substring(pair, pair + 2) + "\"");
            }
        }
        return HexFormat.of().parseHex(s);
    }

    private static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                plain.append(c);
                continue;
            }
            char e = text.charAt(++i);
            if (e == 'x') {
                String nn = text.substring(i + 1, Math.min(i + 3, text.length()));
                if (nn.length() < 2 || !HexFormat.isHexDigit(nn.charAt(0)) || !HexFormat.isHexDigit(nn.charAt(1))) {
                    throw new IllegalArgumentException("escape \"\\x" + nn + "\" in text payload needs two hex digits");
                }
                flush(plain, out);
                out.write(HexFormat.fromHexDigits(nn));
                i += 2;
                continue;
            }
            switch (e) {
                case 'n': plain.append('\n'); break;
                case 'r': plain.append('\r'); break;
                case 't': plain.append('\t'); break;
                case '\\': plain.append('\\'); break;
                default:
                    throw new IllegalArgumentException("unknown escape \"\\" + e + "\" in text payload (known: \\n \\r \\t \\\\ \\xNN)");
            }
        }
        flush(plain, out);
        if (out.size() == 0) {
            throw new IllegalArgumentException("payload is empty");
        }
        return out.toByteArray();
    }

    private static void flush(StringBuilder plain, ByteArrayOutputStream out) {
        out.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
        plain.setLength(0);
    }

    /** Lower-case hex with a space between bytes: {@code 1b 40}. */
    static String hex(byte[] b, int limit) {
        return HexFormat.ofDelimiter(" ").formatHex(b, 0, Math.min(b.length, limit));
    }

    /** The bytes as ASCII, with {@code .} for anything not printable. */
    static String printable(byte[] b, int limit) {
        StringBuilder sb = new StringBuilder();
        int n = Math.min(b.length, limit);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            sb.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
        }
        return sb.toString();
    }

    /** Up to {@code limit} bytes as {@code hex  |ascii|}, with how many more there are. */
    static String preview(byte[] b, int limit) {
        if (b.length == 0) {
            return "";
        }
        String more = b.length > limit ? " (+" + (b.length - limit) + " B)" : "";
        return hex(b, limit) + "  |" + printable(b, limit) + "|" + more;
    }
}
