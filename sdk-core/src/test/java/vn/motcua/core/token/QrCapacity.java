package vn.motcua.core.token;

/**
 * The smallest QR code version that holds a text in one segment of one mode at error
 * correction level M, from ISO/IEC 18004's data-codeword table (versions 1 to 10).
 */
final class QrCapacity {

    enum Mode { NUMERIC, ALPHANUMERIC, BYTE }

    /** Data codewords at level M for versions 1..10. */
    private static final int[] DATA_CODEWORDS_M = {16, 28, 44, 64, 86, 108, 124, 154, 182, 216};

    private QrCapacity() {
    }

    /** Bits of one segment: mode indicator, character count, data. */
    static int segmentBits(Mode mode, int chars, int version) {
        boolean small = version <= 9;
        return switch (mode) {
            case NUMERIC -> 4 + (small ? 10 : 12) + 10 * (chars / 3) + new int[] {0, 4, 7}[chars % 3];
            case ALPHANUMERIC -> 4 + (small ? 9 : 11) + 11 * (chars / 2) + 6 * (chars % 2);
            case BYTE -> 4 + (small ? 8 : 16) + 8 * chars;
        };
    }

    /** The smallest version 1..10 that holds {@code chars} characters, or 99 if none does. */
    static int smallestVersion(Mode mode, int chars) {
        for (int v = 1; v <= DATA_CODEWORDS_M.length; v++) {
            if (segmentBits(mode, chars, v) <= DATA_CODEWORDS_M[v - 1] * 8) {
                return v;
            }
        }
        return 99;
    }

    /** The most characters version {@code version} holds in {@code mode}. */
    static int capacity(Mode mode, int version) {
        int n = 0;
        while (segmentBits(mode, n + 1, version) <= DATA_CODEWORDS_M[version - 1] * 8) {
            n++;
        }
        return n;
    }
}
