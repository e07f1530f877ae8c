package vn.motcua.core.ticket;

import vn.motcua.core.internal.ticket.IdentifierRule;

/** The shared rule for machine identifiers such as {@link BranchId} and {@link CounterId}, as a {@link Problem}. */
final class Identifiers {

    private Identifiers() {
    }

    /** Checks an identifier of 1 to {@code max} identifier characters; null when it is fine. */
    static Problem check(CharSequence text, int max) {
        ParseResult.Reason reason = IdentifierRule.violation(text, max);
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case EMPTY -> Problem.empty();
            case TOO_LONG -> Problem.tooLong(max, text);
            default -> Problem.badCharacter(IdentifierRule.RULE, text);
        };
    }
}
