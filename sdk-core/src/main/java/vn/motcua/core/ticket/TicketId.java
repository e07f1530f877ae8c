package vn.motcua.core.ticket;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;

/**
 * The opaque, unique identity of a ticket, distinct from the {@link TicketNumber} a citizen
 * sees: numbers repeat every business day and at every branch, ids never do.
 *
 * <p>An id is a 128-bit <a href="https://github.com/ulid/spec">ULID</a>: 48 bits of Unix time
 * in milliseconds followed by 80 random bits, so ids sort by creation time (useful in an
 * event journal) and two engines never need to coordinate to make them. The text form is 26
 * characters of Crockford base32, uppercase, for example {@code 01JQ3V5E9Z8K4T2M6N7P0R1S2A}.
 * Ids are not secret and carry no personal data.
 *
 * @param high the most significant 64 bits (the timestamp and the first 16 random bits)
 * @param low the least significant 64 bits
 */
public record TicketId(long high, long low) implements Comparable<TicketId> {

    /** Length of the text form. */
    public static final int TEXT_LENGTH = 26;
    /** Length of the binary form. */
    public static final int BYTES = 16;

    private static final String FIELD = "ticketId";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final long MAX_MILLIS = (1L << 48) - 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A new id for the current time of {@code clock}, with random bits from a shared
     * {@link SecureRandom}. Thread-safe.
     *
     * @throws IllegalStateException if the clock reads before 1970 or after the year 10889
     */
    public static TicketId generate(Clock clock) {
        return generate(clock, RANDOM);
    }

    /** As {@link #generate(Clock)} with the random bits from {@code random} (for tests). */
    public static TicketId generate(Clock clock, Random random) {
        long millis = Objects.requireNonNull(clock, "clock").millis();
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalStateException("clock: " + millis + " ms is outside the ULID time range");
        }
        long r1 = Objects.requireNonNull(random, "random").nextLong();
        long r2 = random.nextLong();
        return new TicketId((millis << 16) | (r1 & 0xFFFFL), r2);
    }

    /** The id whose 16-byte big-endian form is {@code bytes}. */
    public static TicketId fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, FIELD);
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(FIELD + ": must be " + BYTES + " bytes, was " + bytes.length);
        }
        return new TicketId(readLong(bytes, 0), readLong(bytes, 8));
    }

    /** The 16-byte big-endian form. */
    public byte[] toBytes() {
        byte[] out = new byte[BYTES];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (high >>> (56 - 8 * i));
            out[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return out;
    }

    /** When the id was generated, to the millisecond. */
    public Instant timestamp() {
        return Instant.ofEpochMilli(high >>> 16);
    }

    /** The id written as {@code text}; throws {@link IllegalArgumentException} if it is not one. */
    public static TicketId of(String text) {
        return parse(text).orElseThrow();
    }

    /**
     * Parses the 26-character text form; letters are accepted in either case, as the ULID
     * specification asks. Never throws.
     */
    public static ParseResult<TicketId> parse(CharSequence text) {
        if (text == null || text.length() == 0) {
            return Problem.empty().toResult(FIELD);
        }
        if (text.length() != TEXT_LENGTH) {
            return ParseResult.failure(ParseResult.Reason.INVALID_FORMAT,
                    FIELD + ": must be " + TEXT_LENGTH + " characters, was " + text.length());
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < TEXT_LENGTH; i++) {
            int v = decode(text.charAt(i));
            if (v < 0) {
                return Problem.badCharacter("must use only Crockford base32 characters", text).toResult(FIELD);
            }
            if (i == 0 && v > 7) {
                return ParseResult.failure(ParseResult.Reason.OUT_OF_RANGE,
                        FIELD + ": first character must be 0-7, was " + Problem.quote(text));
            }
            // Shift the 128-bit (hi, lo) left by 5 and add v.
            hi = (hi << 5) | (lo >>> 59);
            lo = (lo << 5) | v;
        }
        return ParseResult.ok(new TicketId(hi, lo));
    }

    /** Unsigned order of the 128 bits, which is creation order to the millisecond. */
    @Override
    public int compareTo(TicketId other) {
        int c = Long.compareUnsigned(high, other.high);
        return c != 0 ? c : Long.compareUnsigned(low, other.low);
    }

    /** The 26-character Crockford base32 form. */
    @Override
    public String toString() {
        char[] out = new char[TEXT_LENGTH];
        long hi = high;
        long lo = low;
        for (int i = TEXT_LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo = (lo >>> 5) | (hi << 59);
            hi >>>= 5;
        }
        return new String(out);
    }

    private static int decode(char c) {
        char u = (c >= 'a' && c <= 'z') ? (char) (c - 32) : c;
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == u) {
                return i;
            }
        }
        return -1;
    }

    private static long readLong(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xFFL);
        }
        return v;
    }
}
