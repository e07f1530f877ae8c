package vn.motcua.core.token;

import java.util.Objects;
import vn.motcua.core.internal.ticket.IdentifierRule;
import vn.motcua.core.ticket.ParseResult;

/**
 * Names a signing key, so a verifier holding several public keys (one per branch, old and new
 * during a rotation) knows which one checks a token. It is written into every token in clear.
 *
 * <p>Rules: 1 to {@value #MAX_LENGTH} ASCII letters, digits, {@code .}, {@code _} or
 * {@code -}; case-sensitive. Short ids keep the QR code small: each character costs about 2.4
 * digits of the token. Something like {@code q1k2} (branch Q1, second key) is plenty.
 *
 * @param value the id, for example {@code "q1k2"}
 */
public record KeyId(String value) {

    /** The longest id allowed. */
    public static final int MAX_LENGTH = 8;

    private static final String FIELD = "keyId";

    /** @throws IllegalArgumentException naming {@code keyId} if the rules are broken */
    public KeyId {
        Objects.requireNonNull(value, FIELD);
        ParseResult.Reason reason = IdentifierRule.violation(value, MAX_LENGTH);
        if (reason != null) {
            throw new IllegalArgumentException(FIELD + ": " + problem(reason, value));
        }
    }

    /** The key id {@code value}; see the class rules. */
    public static KeyId of(String value) {
        return new KeyId(value);
    }

    /** Parses untrusted text; never throws. */
    public static ParseResult<KeyId> parse(CharSequence text) {
        ParseResult.Reason reason = IdentifierRule.violation(text, MAX_LENGTH);
        if (reason == null) {
            return ParseResult.ok(new KeyId(text.toString()));
        }
        String problem = reason == ParseResult.Reason.EMPTY ? "must not be empty" : problem(reason, text);
        return ParseResult.failure(reason, FIELD + ": " + problem);
    }

    private static String problem(ParseResult.Reason reason, CharSequence text) {
        if (reason == ParseResult.Reason.INVALID_CHARACTER) {
            return IdentifierRule.RULE + " (character " + IdentifierRule.firstInvalid(text) + ")";
        }
        return "must be 1 to " + MAX_LENGTH + " characters, was " + text.length();
    }

    /** The id itself. */
    @Override
    public String toString() {
        return value;
    }
}
