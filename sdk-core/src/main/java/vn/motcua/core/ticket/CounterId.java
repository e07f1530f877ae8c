package vn.motcua.core.ticket;

import java.util.Objects;

/**
 * A counter (quầy) inside a branch where a citizen is served; unique within its branch.
 * The name shown on a display ("Quầy 3") is configuration; this is the machine identifier.
 *
 * <p>Rules: 1 to {@value #MAX_LENGTH} ASCII letters, digits, {@code .}, {@code _} or {@code -};
 * case-sensitive.
 *
 * @param value the identifier, for example {@code "3"} or {@code "Q03"}
 */
public record CounterId(String value) {

    /** The longest identifier allowed. */
    public static final int MAX_LENGTH = 16;

    private static final String FIELD = "counterId";

    /** @throws IllegalArgumentException naming {@code counterId} if the rules are broken */
    public CounterId {
        Objects.requireNonNull(value, FIELD);
        Problem problem = Identifiers.check(value, MAX_LENGTH);
        if (problem != null) {
            throw problem.toException(FIELD);
        }
    }

    /** The identifier {@code value}; see the class rules. */
    public static CounterId of(String value) {
        return new CounterId(value);
    }

    /** Parses untrusted text; never throws. */
    public static ParseResult<CounterId> parse(CharSequence text) {
        Problem problem = Identifiers.check(text, MAX_LENGTH);
        return problem == null ? ParseResult.ok(new CounterId(text.toString())) : problem.toResult(FIELD);
    }

    /** The identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
