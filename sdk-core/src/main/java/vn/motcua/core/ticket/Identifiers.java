package vn.motcua.core.ticket;

/** The shared rule for machine identifiers such as {@link BranchId} and {@link CounterId}. */
final class Identifiers {
    static final String RULE = "must use only ASCII letters, digits, '.', '_' and '-'";

    private Identifiers() {
    }

    static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }

    /** Checks an identifier of 1 to {@code max} identifier characters; null when it is fine. */
    static Problem check(CharSequence text, int max) {
        if (text == null || text.length() == 0) {
            return Problem.empty();
        }
        if (text.length() > max) {
            return Problem.tooLong(max, text);
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isIdChar(text.charAt(i))) {
                return Problem.badCharacter(RULE, text);
            }
        }
        return null;
    }
}
