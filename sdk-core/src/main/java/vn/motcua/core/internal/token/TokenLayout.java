package vn.motcua.core.internal.token;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.motcua.core.internal.ticket.TicketNumberRule;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ParseResult;
import vn.motcua.core.ticket.ServiceCode;
import vn.motcua.core.ticket.TicketId;
import vn.motcua.core.ticket.TicketNumber;
import vn.motcua.core.token.KeyId;
import vn.motcua.core.token.TicketClaims;
import vn.motcua.core.token.VerificationResult.Failure;

/**
 * The binary layout of a ticket token, version 1, and its decoding from untrusted text.
 * The layout is documented on {@link vn.motcua.core.token.TicketToken}.
 */
public final class TokenLayout {

    /** The high nibble of the first byte: marks a Motcua ticket token. */
    public static final int MARKER = 0xA0;
    /** The layout version in the low nibble of the first byte. */
    public static final int VERSION = 1;
    /** Ed25519 signature length. */
    public static final int SIGNATURE_BYTES = 64;
    /** Longest text looked at; anything longer is rejected before any other work. */
    public static final int MAX_TEXT_LENGTH = 512;

    private static final int MAX_SEQUENCE_VARINT = 3;
    private static final int MAX_VALIDITY_VARINT = 4;

    /** Smallest and largest version-1 token, in bytes. */
    public static final int MIN_BYTES = 3 + 1 + TicketId.BYTES + 1 + 1 + 0 + 1 + 4 + 1 + SIGNATURE_BYTES;
    public static final int MAX_BYTES = 3 + KeyId.MAX_LENGTH + TicketId.BYTES + BranchId.MAX_LENGTH
            + ServiceCode.MAX_LENGTH + TicketNumber.MAX_PREFIX_LENGTH + MAX_SEQUENCE_VARINT + 4
            + MAX_VALIDITY_VARINT + SIGNATURE_BYTES;

    private TokenLayout() {
    }

    /** A decoded but not yet verified token, or why it could not be decoded. */
    public sealed interface Decoded permits Parsed, Rejected {
    }

    /**
     * The parts of a well-formed token. Nothing here is authenticated yet.
     *
     * @param bytes the whole token; the first {@code signedLength} bytes are signed and the
     *     rest is the signature
     */
    public record Parsed(KeyId keyId, TicketClaims claims, byte[] bytes, int signedLength) implements Decoded {
    }

    /** A token that could not be decoded. */
    public record Rejected(Failure failure, String detail) implements Decoded {
    }

    /** The signed part of a token: everything but the signature. */
    public static byte[] signedPart(KeyId keyId, TicketClaims claims) {
        byte[] kid = ascii(keyId.value());
        byte[] branch = ascii(claims.branch().value());
        byte[] service = ascii(claims.service().value());
        TicketNumber number = claims.number();
        byte[] prefix = ascii(number.prefix());
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES);
        out.write(MARKER | VERSION);
        out.write((kid.length - 1) << 5 | (service.length - 1) << 3 | prefix.length << 1);
        out.write((branch.length - 1) << 4 | (number.width() - 1) << 1);
        out.writeBytes(kid);
        out.writeBytes(claims.ticketId().toBytes());
        out.writeBytes(branch);
        out.writeBytes(service);
        out.writeBytes(prefix);
        writeVarint(out, number.sequence());
        long issued = claims.issuedAt().getEpochSecond();
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (issued >>> shift));
        }
        writeVarint(out, claims.validity().getSeconds());
        return out.toByteArray();
    }

    /** {@code signed} followed by {@code signature}. */
    public static byte[] join(byte[] signed, byte[] signature) {
        byte[] out = new byte[signed.length + signature.length];
        System.arraycopy(signed, 0, out, 0, signed.length);
        System.arraycopy(signature, 0, out, signed.length, signature.length);
        return out;
    }

    /** Decodes untrusted text. Never throws, whatever {@code text} is. */
    public static Decoded decode(CharSequence text) {
        if (text == null || text.length() == 0) {
            return malformed("empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return malformed("longer than " + MAX_TEXT_LENGTH + " characters");
        }
        byte[] bytes = Base10.decode(text);
        if (bytes == null || bytes.length == 0) {
            return malformed("not the decimal text of a ticket token");
        }
        if ((bytes[0] & 0xF0) != MARKER) {
            return malformed("not a ticket token");
        }
        if ((bytes[0] & 0x0F) != VERSION) {
            return new Rejected(Failure.UNSUPPORTED_VERSION, "layout version " + (bytes[0] & 0x0F)
                    + " is not supported; this SDK reads version " + VERSION);
        }
        return new Reader(bytes).read();
    }

    private static Rejected malformed(String detail) {
        return new Rejected(Failure.MALFORMED, detail);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while (v >= 0x80) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** A bounds-checked cursor over the token bytes. */
    private static final class Reader {
        private final byte[] bytes;
        private int pos = 1;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        Decoded read() {
            if (bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
                return malformed("length " + bytes.length + " bytes is outside " + MIN_BYTES + ".." + MAX_BYTES);
            }
            int shapeA = bytes[1] & 0xFF;
            int shapeB = bytes[2] & 0xFF;
            pos = 3;
            if ((shapeA & 1) != 0 || (shapeB & 1) != 0) {
                return malformed("reserved bits set");
            }
            int kidLength = (shapeA >>> 5) + 1;
            int serviceLength = ((shapeA >>> 3) & 3) + 1;
            int prefixLength = (shapeA >>> 1) & 3;
            int branchLength = (shapeB >>> 4) + 1;
            int width = ((shapeB >>> 1) & 7) + 1;
            if (prefixLength > TicketNumber.MAX_PREFIX_LENGTH || width > TicketNumber.MAX_WIDTH) {
                return malformed("ticket number shape out of range");
            }
            int fixed = kidLength + TicketId.BYTES + branchLength + serviceLength + prefixLength + 1 + 4 + 1;
            if (pos + fixed + SIGNATURE_BYTES > bytes.length) {
                return malformed("truncated");
            }
            ParseResult<KeyId> keyId = KeyId.parse(text(kidLength));
            byte[] id = new byte[TicketId.BYTES];
            System.arraycopy(bytes, pos, id, 0, id.length);
            pos += id.length;
            ParseResult<BranchId> branch = BranchId.parse(text(branchLength));
            ParseResult<ServiceCode> service = ServiceCode.parse(text(serviceLength));
            String prefix = text(prefixLength);
            if (!keyId.isOk() || !branch.isOk() || !service.isOk() || !TicketNumberRule.isPrefix(prefix)) {
                return malformed("a text field has characters its type does not allow");
            }
            long sequence = readVarint(MAX_SEQUENCE_VARINT);
            if (sequence < 0 || sequence >= TicketNumberRule.limit(width)) {
                return malformed("ticket sequence is not a minimal varint of at most " + width + " digits");
            }
            if (pos + 4 > bytes.length) {
                return malformed("truncated");
            }
            long issued = 0;
            for (int i = 0; i < 4; i++) {
                issued = (issued << 8) | (bytes[pos++] & 0xFF);
            }
            long validity = readVarint(MAX_VALIDITY_VARINT);
            if (validity < 1 || validity > TicketClaims.MAX_VALIDITY.getSeconds()) {
                return malformed("validity is not a minimal varint within 1 s.."
                        + TicketClaims.MAX_VALIDITY.toDays() + " days");
            }
            if (bytes.length - pos != SIGNATURE_BYTES) {
                return malformed("signature is " + (bytes.length - pos) + " bytes, not " + SIGNATURE_BYTES);
            }
            TicketClaims claims = new TicketClaims(
                    TicketId.fromBytes(id),
                    branch.orElseThrow(),
                    service.orElseThrow(),
                    new TicketNumber(prefix, (int) sequence, width),
                    Instant.ofEpochSecond(issued),
                    Instant.ofEpochSecond(issued + validity));
            return new Parsed(keyId.orElseThrow(), claims, bytes, pos);
        }

        /** {@code n} bytes as Latin-1 text (the parsers reject anything outside their ASCII set); "" when out of bounds. */
        private String text(int n) {
            if (pos + n > bytes.length) {
                pos = bytes.length;
                return "";
            }
            String s = new String(bytes, pos, n, StandardCharsets.ISO_8859_1);
            pos += n;
            return s;
        }

        /** An unsigned LEB128 number of at most {@code maxBytes}, minimally encoded; -1 if not. */
        private long readVarint(int maxBytes) {
            long value = 0;
            for (int i = 0; i < maxBytes; i++) {
                if (pos >= bytes.length) {
                    return -1;
                }
                int b = bytes[pos++] & 0xFF;
                value |= (long) (b & 0x7F) << (7 * i);
                if ((b & 0x80) == 0) {
                    return (i > 0 && b == 0) ? -1 : value;
                }
            }
            return -1;
        }
    }
}
