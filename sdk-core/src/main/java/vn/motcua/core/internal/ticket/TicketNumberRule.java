package vn.motcua.core.internal.ticket;

/**
 * The shape of a ticket number: a prefix of uppercase ASCII letters, and a sequence whose
 * width in digits bounds its value.
 */
public final class TicketNumberRule {

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private TicketNumberRule() {
    }

    /** Whether {@code c} may appear in a prefix: {@code A} to {@code Z}. */
    public static boolean isPrefixLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Whether every character of {@code text} is a prefix letter (its length is not checked). */
    public static boolean isPrefix(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isPrefixLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The smallest sequence that no longer fits {@code width} digits, {@code 10^width}.
     *
     * @param width 0 to {@link vn.motcua.core.ticket.TicketNumber#MAX_WIDTH}
     * @throws IllegalArgumentException naming {@code width} if it is outside that range
     */
    public static int limit(int width) {
        if (width < 0 || width >= POWERS.length) {
            throw new IllegalArgumentException("width: must be 0 to " + (POWERS.length - 1) + ", was " + width);
        }
        return POWERS[width];
    }
}
