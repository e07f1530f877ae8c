package vn.motcua.core.token;

import java.util.Base64;

/** The text encodings the token's decimal form was measured against. */
final class OtherEncodings {

    private OtherEncodings() {
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** RFC 4648 base32, uppercase, without padding. */
    static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                sb.append(alphabet.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }

    /** RFC 9285 base45. */
    static String base45(byte[] bytes) {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int n = ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
            sb.append(alphabet.charAt(n % 45)).append(alphabet.charAt(n / 45 % 45)).append(alphabet.charAt(n / 2025));
        }
        if (bytes.length % 2 == 1) {
            int n = bytes[bytes.length - 1] & 0xFF;
            sb.append(alphabet.charAt(n % 45)).append(alphabet.charAt(n / 45));
        }
        return sb.toString();
    }
}
