package vn.motcua.core.internal.ticket;

import vn.motcua.core.ticket.ParseResult;

/**
 * The rule for machine identifiers (branch, counter and key ids): 1 to a maximum number of
 * ASCII letters, digits, {@code .}, {@code _} or {@code -}.
 */
public final class IdentifierRule {

    /** The rule's wording for error messages. */
    public static final String RULE = "must use only ASCII letters, digits, '.', '_' and '-'";

    private IdentifierRule() {
    }

    /** Whether {@code c} may appear in an identifier. */
    public static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }

    /** The index of the first character of {@code text} that is not an identifier character; -1 if none. */
    public static int firstInvalid(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isIdChar(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why {@code text} is not an identifier of 1 to {@code max} characters, checked in this
     * order: {@code EMPTY} (null or empty), {@code TOO_LONG}, {@code INVALID_CHARACTER}; null
     * when it is one.
     */
    public static ParseResult.Reason violation(CharSequence text, int max) {
        if (text == null || text.length() == 0) {
            return ParseResult.Reason.EMPTY;
        }
        if (text.length() > max) {
            return ParseResult.Reason.TOO_LONG;
        }
        return firstInvalid(text) < 0 ? null : ParseResult.Reason.INVALID_CHARACTER;
    }
}
