package vn.motcua.core.internal.token;

/**
 * Encodes bytes as decimal digits so a QR code can use its numeric mode (10 bits per 3
 * digits, about 8.1 bits per byte) instead of byte mode (8 bits per character, about 10.7
 * bits per byte for base64).
 *
 * <p>Bytes are taken in big-endian chunks of 7, each written as exactly 17 digits
 * (2<sup>56</sup> &lt; 10<sup>17</sup>); a final chunk of {@code k} bytes is written as
 * exactly {@code 3, 5, 8, 10, 13, 15} digits for {@code k = 1..6}. Decoding accepts only the
 * canonical form: ASCII digits only, a length this scheme can produce, and no chunk value
 * that does not fit its bytes, so every byte string has exactly one text form.
 */
public final class Base10 {

    static final int CHUNK_BYTES = 7;
    static final int CHUNK_DIGITS = 17;
    /** Digits for a chunk of {@code k} bytes, {@code k = 0..7}. */
    private static final int[] DIGITS = {0, 3, 5, 8, 10, 13, 15, 17};

    private Base10() {
    }

    /** The number of digits {@link #encode(byte[])} produces for {@code byteCount} bytes. */
    public static int encodedLength(int byteCount) {
        return byteCount / CHUNK_BYTES * CHUNK_DIGITS + DIGITS[byteCount % CHUNK_BYTES];
    }

    /** The number of bytes {@code digitCount} digits decode to, or -1 if no byte string encodes to that length. */
    public static int decodedLength(int digitCount) {
        if (digitCount < 0) {
            return -1;
        }
        int rest = digitCount % CHUNK_DIGITS;
        for (int k = 0; k < CHUNK_BYTES; k++) {
            if (DIGITS[k] == rest) {
                return digitCount / CHUNK_DIGITS * CHUNK_BYTES + k;
            }
        }
        return -1;
    }

    /** The canonical decimal text of {@code bytes}. */
    public static String encode(byte[] bytes) {
        char[] out = new char[encodedLength(bytes.length)];
        int o = 0;
        for (int i = 0; i < bytes.length; i += CHUNK_BYTES) {
            int k = Math.min(CHUNK_BYTES, bytes.length - i);
            long v = 0;
            for (int j = 0; j < k; j++) {
                v = (v << 8) | (bytes[i + j] & 0xFFL);
            }
            int d = DIGITS[k];
            for (int p = o + d - 1; p >= o; p--) {
                out[p] = (char) ('0' + v % 10);
                v /= 10;
            }
            o += d;
        }
        return new String(out);
    }

    /**
     * Decodes canonical text; returns {@code null} for anything else (a non-digit, an
     * impossible length, a chunk too large for its bytes). Never throws for a non-null input.
     */
    public static byte[] decode(CharSequence text) {
        int n = decodedLength(text.length());
        if (n < 0) {
            return null;
        }
        byte[] out = new byte[n];
        int pos = 0;
        for (int i = 0; i < n; i += CHUNK_BYTES) {
            int k = Math.min(CHUNK_BYTES, n - i);
            int d = DIGITS[k];
            long v = 0;
            for (int p = pos; p < pos + d; p++) {
                char c = text.charAt(p);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            pos += d;
            if (v >>> (8 * k) != 0) {
                return null;
            }
            for (int j = k - 1; j >= 0; j--) {
                out[i + j] = (byte) v;
                v >>>= 8;
            }
        }
        return out;
    }
}
