package vn.motcua.core.token;

import java.util.Objects;
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
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(FIELD + ": " + problem);
        }
    }

    /** The key id {@code value}; see the class rules. */
    public static KeyId of(String value) {
        return new KeyId(value);
    }

    /** Parses untrusted text; never throws. */
    public static ParseResult<KeyId> parse(CharSequence text) {
        if (text == null || text.length() == 0) {
            return ParseResult.failure(ParseResult.Reason.EMPTY, FIELD + ": must not be empty");
        }
        String problem = problem(text);
        if (problem == null) {
            return ParseResult.ok(new KeyId(text.toString()));
        }
        ParseResult.Reason reason = text.length() > MAX_LENGTH
                ? ParseResult.Reason.TOO_LONG : ParseResult.Reason.INVALID_CHARACTER;
        return ParseResult.failure(reason, FIELD + ": " + problem);
    }

    private static String problem(CharSequence text) {
        if (text.length() == 0 || text.length() > MAX_LENGTH) {
            return "must be 1 to " + MAX_LENGTH + " characters, was " + text.length();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return "must use only ASCII letters, digits, '.', '_' and '-' (character " + i + ")";
            }
        }
        return null;
    }

    /** The id itself. */
    @Override
    public String toString() {
        return value;
    }
}
