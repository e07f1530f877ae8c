package vn.motcua.core.ticket;

import java.util.Objects;

/**
 * A branch or service point: a ward or commune People's Committee, or one of the branches of
 * the city's public-administration service center. A citizen may be served at any branch, so
 * a ticket always says which branch issued it.
 *
 * <p>Rules: 1 to {@value #MAX_LENGTH} ASCII letters, digits, {@code .}, {@code _} or {@code -};
 * case-sensitive. A natural choice is the official administrative-unit code of the ward
 * (a five-digit number) or a short branch code such as {@code CN01}. Every
 * character of a branch id costs about 2.4 digits in a ticket token's QR code, so keep it short.
 *
 * @param value the identifier, for example {@code "CN01"}
 */
public record BranchId(String value) {

    /** The longest identifier allowed. */
    public static final int MAX_LENGTH = 16;

    private static final String FIELD = "branchId";

    /** @throws IllegalArgumentException naming {@code branchId} if the rules are broken */
    public BranchId {
        Objects.requireNonNull(value, FIELD);
        Problem problem = Identifiers.check(value, MAX_LENGTH);
        if (problem != null) {
            throw problem.toException(FIELD);
        }
    }

    /** The identifier {@code value}; see the class rules. */
    public static BranchId of(String value) {
        return new BranchId(value);
    }

    /** Parses untrusted text; never throws. */
    public static ParseResult<BranchId> parse(CharSequence text) {
        Problem problem = Identifiers.check(text, MAX_LENGTH);
        return problem == null ? ParseResult.ok(new BranchId(text.toString())) : problem.toResult(FIELD);
    }

    /** The identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
