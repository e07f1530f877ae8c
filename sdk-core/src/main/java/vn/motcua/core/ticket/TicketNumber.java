package vn.motcua.core.ticket;

import java.util.Objects;
import vn.motcua.core.internal.ticket.TicketNumberRule;

/**
 * The number a citizen sees on a ticket and on the calling display, such as {@code A012}: an
 * optional letter prefix followed by a sequence zero-padded to a fixed width.
 *
 * <p>Rules: the prefix is 0 to {@value #MAX_PREFIX_LENGTH} uppercase ASCII letters
 * {@code A}–{@code Z} (often, but not necessarily, the service code); the width is 1 to
 * {@value #MAX_WIDTH} digits; the sequence is at least 0 and has at most {@code width}
 * digits, so every number of a series has the same length. Because the prefix holds only
 * letters, the text form reads back unambiguously: {@code "A012"} is prefix {@code A},
 * sequence 12, width 3; {@code "1001"} is no prefix, sequence 1001, width 4.
 *
 * <p>Numbers repeat (each business day, at each branch); the identity of a ticket is its
 * {@link TicketId}.
 *
 * @param prefix the letters before the digits; empty for none
 * @param sequence the sequence number, {@code 0 <= sequence < 10^width}
 * @param width how many digits are shown
 */
public record TicketNumber(String prefix, int sequence, int width) {

    /** The longest prefix allowed. */
    public static final int MAX_PREFIX_LENGTH = 3;
    /** The widest sequence allowed. */
    public static final int MAX_WIDTH = 6;

    private static final String FIELD = "ticketNumber";

    /** @throws IllegalArgumentException naming the offending field if a rule is broken */
    public TicketNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("prefix: must be at most " + MAX_PREFIX_LENGTH
                    + " letters, was " + prefix.length());
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (!TicketNumberRule.isPrefixLetter(prefix.charAt(i))) {
                throw new IllegalArgumentException("prefix: must be uppercase letters A-Z, was "
                        + Problem.quote(prefix));
            }
        }
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width: must be 1 to " + MAX_WIDTH + ", was " + width);
        }
        int limit = TicketNumberRule.limit(width);
        if (sequence < 0 || sequence >= limit) {
            throw new IllegalArgumentException("sequence: must be 0 to " + (limit - 1)
                    + " for width " + width + ", was " + sequence);
        }
    }

    /** The number {@code prefix} + {@code sequence} shown with {@code width} digits. */
    public static TicketNumber of(String prefix, int sequence, int width) {
        return new TicketNumber(prefix, sequence, width);
    }

    /**
     * Parses a displayed number such as {@code "A012"}: letters, then 1 to {@value #MAX_WIDTH}
     * digits, whose count becomes the width. Never throws.
     */
    public static ParseResult<TicketNumber> parse(CharSequence text) {
        if (text == null || text.length() == 0) {
            return Problem.empty().toResult(FIELD);
        }
        if (text.length() > MAX_PREFIX_LENGTH + MAX_WIDTH) {
            return Problem.tooLong(MAX_PREFIX_LENGTH + MAX_WIDTH, text).toResult(FIELD);
        }
        int i = 0;
        while (i < text.length() && TicketNumberRule.isPrefixLetter(text.charAt(i))) {
            i++;
        }
        int prefixLength = i;
        int sequence = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            sequence = sequence * 10 + (text.charAt(i) - '0');
            i++;
        }
        int width = i - prefixLength;
        if (i != text.length()) {
            return Problem.badCharacter("must be uppercase letters A-Z followed by digits", text)
                    .toResult(FIELD);
        }
        if (prefixLength > MAX_PREFIX_LENGTH || width < 1 || width > MAX_WIDTH) {
            return ParseResult.failure(ParseResult.Reason.INVALID_FORMAT, FIELD + ": must be 0 to "
                    + MAX_PREFIX_LENGTH + " letters followed by 1 to " + MAX_WIDTH + " digits, was "
                    + Problem.quote(text));
        }
        return ParseResult.ok(new TicketNumber(text.subSequence(0, prefixLength).toString(), sequence, width));
    }

    /** The same series with another sequence number. */
    public TicketNumber withSequence(int newSequence) {
        return new TicketNumber(prefix, newSequence, width);
    }

    /** The number as displayed and printed, for example {@code A012}. */
    public String displayed() {
        StringBuilder sb = new StringBuilder(prefix.length() + width).append(prefix);
        String digits = Integer.toString(sequence);
        for (int pad = width - digits.length(); pad > 0; pad--) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** Same as {@link #displayed()}. */
    @Override
    public String toString() {
        return displayed();
    }
}
