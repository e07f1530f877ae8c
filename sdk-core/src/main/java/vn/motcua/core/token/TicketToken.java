package vn.motcua.core.token;

import java.util.Objects;
import vn.motcua.core.internal.token.TokenLayout;

/**
 * A ticket's signed token: the text printed as the ticket's QR code. A counter or the status
 * page checks it offline with a {@link TokenVerifier}; a {@link TokenSigner} makes it.
 *
 * <p>The token is not secret and carries no personal data: anyone may read the claims, no one
 * can change them without the private key.
 *
 * <h2>Text form: decimal digits, for the QR code's numeric mode</h2>
 * The binary token is written as decimal digits (7-byte chunks as 17 digits each; see
 * {@code internal.token.Base10}), so a QR encoder picks numeric mode, which stores 3 digits in
 * 10 bits. Measured for a typical 100-byte token (key id {@code k1}, branch {@code CN01},
 * service {@code HT}, number {@code A012}, 10 hours' validity) against the QR capacity table
 * at error-correction level M:
 * <table>
 *   <caption>Smallest QR version, level M, typical token</caption>
 *   <tr><th>encoding</th><th>QR mode</th><th>characters</th><th>version</th></tr>
 *   <tr><td>base64url</td><td>byte</td><td>134</td><td>8</td></tr>
 *   <tr><td>base32 (RFC 4648), uppercase</td><td>alphanumeric</td><td>160</td><td>7</td></tr>
 *   <tr><td>base45 (RFC 9285)</td><td>alphanumeric</td><td>150</td><td>6 (838 of 864 bits)</td></tr>
 *   <tr><td><b>decimal (this)</b></td><td>numeric</td><td><b>243</b></td><td><b>6</b> (824 of 864 bits)</td></tr>
 * </table>
 * Decimal gives the smallest symbol, with the most room left in version 6 (up to 105 bytes,
 * against 102 for base45). Digits also survive the way scanners deliver text: a keyboard-wedge
 * scanner types them the same under any keyboard layout and with Caps Lock on, and a
 * Vietnamese input method left running on the counter PC does not touch them (Telex rewrites
 * letters such as {@code aa} to {@code â}, VNI rewrites digits only after a vowel). They need
 * no escaping in a URL either. The SMART Health Cards framework likewise writes its QR
 * payloads as digits to use numeric mode.
 *
 * <p>Size rule: a token fits a version 6 QR code at level M whenever its key id, branch id,
 * service code and number prefix together have at most 13 characters (with a sequence below
 * 16384 and a validity under 24 days). The largest possible token is 125 bytes, 304 digits,
 * version 8. Every version-1 token starts with the digits {@code 45}.
 *
 * <h2>Binary layout, version 1</h2>
 * Integers are unsigned; {@code u32} is big-endian; {@code varint} is LEB128 (7 bits per
 * byte, least significant group first) and must be minimal. Text is ASCII.
 * <table>
 *   <caption>Layout</caption>
 *   <tr><th>bytes</th><th>field</th></tr>
 *   <tr><td>1</td><td>{@code 0xA1}: high nibble {@code 0xA} marks a ticket token, low nibble is the layout version (1)</td></tr>
 *   <tr><td>1</td><td>shape: bits 7-5 key-id length − 1, bits 4-3 service-code length − 1, bits 2-1 prefix length, bit 0 zero</td></tr>
 *   <tr><td>1</td><td>shape: bits 7-4 branch-id length − 1, bits 3-1 number width − 1, bit 0 zero</td></tr>
 *   <tr><td>1-8</td><td>key id</td></tr>
 *   <tr><td>16</td><td>ticket id ({@link vn.motcua.core.ticket.TicketId#toBytes()})</td></tr>
 *   <tr><td>1-16</td><td>branch id</td></tr>
 *   <tr><td>1-4</td><td>service code</td></tr>
 *   <tr><td>0-3</td><td>number prefix</td></tr>
 *   <tr><td>1-3</td><td>varint number sequence</td></tr>
 *   <tr><td>4</td><td>u32 issuedAt, epoch seconds</td></tr>
 *   <tr><td>1-4</td><td>varint validity in seconds: expiresAt − issuedAt</td></tr>
 *   <tr><td>64</td><td>Ed25519 signature over all the bytes above</td></tr>
 * </table>
 * Every field is validated when read, and every token has exactly one text form (no padding,
 * no alternative encodings), so a changed character never yields a valid token.
 *
 * <p>Instances are immutable. Two tokens are equal when their text is.
 */
public final class TicketToken {

    /** The longest text a verifier looks at; longer input is rejected at once. */
    public static final int MAX_TEXT_LENGTH = TokenLayout.MAX_TEXT_LENGTH;

    private final KeyId keyId;
    private final TicketClaims claims;
    private final byte[] bytes;
    private final String text;

    TicketToken(KeyId keyId, TicketClaims claims, byte[] bytes, String text) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.bytes = bytes.clone();
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Whether {@code text} has the shape of a version-1 ticket token, without checking any
     * signature or time: for routing a scanned payload to the right parser. Never throws.
     * Only {@link TokenVerifier#verify(CharSequence)} says whether a token can be trusted.
     */
    public static boolean isWellFormed(CharSequence text) {
        return TokenLayout.decode(text) instanceof TokenLayout.Parsed;
    }

    /** The key that signed this token. */
    public KeyId keyId() {
        return keyId;
    }

    /** What the token asserts. */
    public TicketClaims claims() {
        return claims;
    }

    /** The text to put in the QR code: decimal digits only. */
    public String encoded() {
        return text;
    }

    /** The number of characters of {@link #encoded()}. */
    public int length() {
        return text.length();
    }

    /** A copy of the binary form (signed part followed by the 64-byte signature). */
    public byte[] toBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TicketToken other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** A summary for logs (the token is not secret and holds no personal data). */
    @Override
    public String toString() {
        return "TicketToken[keyId=" + keyId + ", ticket=" + claims.number() + ", service=" + claims.service()
                + ", branch=" + claims.branch() + ", id=" + claims.ticketId() + ", issuedAt=" + claims.issuedAt()
                + ", expiresAt=" + claims.expiresAt() + ", length=" + text.length() + "]";
    }
}
