package vn.motcua.core.ticket;

import java.util.Objects;

/**
 * The short code of a service offered at a branch, such as {@code HT} (hộ tịch, civil status),
 * {@code DD} (đất đai, land) or {@code A}.
 *
 * <p>Rules: 1 to {@value #MAX_LENGTH} characters; the first is an uppercase ASCII letter
 * {@code A}–{@code Z}, the others are uppercase ASCII letters or digits {@code 0}–{@code 9}.
 * No lowercase, no spaces and no Vietnamese letters ({@code ĐĐ} is written {@code DD}), so a
 * code is printed, displayed, signed into a ticket token and used in a URL unchanged. The
 * human name of the service lives in configuration, not here.
 *
 * @param value the code, for example {@code "HT"}
 */
public record ServiceCode(String value) {

    /** The longest code allowed. */
    public static final int MAX_LENGTH = 4;

    private static final String FIELD = "serviceCode";
    private static final String RULE =
            "must be an uppercase letter A-Z followed by uppercase letters or digits";

    /** @throws IllegalArgumentException naming {@code serviceCode} if the rules are broken */
    public ServiceCode {
        Objects.requireNonNull(value, FIELD);
        Problem problem = check(value);
        if (problem != null) {
            throw problem.toException(FIELD);
        }
    }

    /** The code for {@code value}; see the class rules. */
    public static ServiceCode of(String value) {
        return new ServiceCode(value);
    }

    /** Parses untrusted text; never throws. */
    public static ParseResult<ServiceCode> parse(CharSequence text) {
        Problem problem = check(text);
        return problem == null ? ParseResult.ok(new ServiceCode(text.toString())) : problem.toResult(FIELD);
    }

    private static Problem check(CharSequence text) {
        if (text == null || text.length() == 0) {
            return Problem.empty();
        }
        if (text.length() > MAX_LENGTH) {
            return Problem.tooLong(MAX_LENGTH, text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return Problem.badCharacter(RULE, text);
            }
        }
        return null;
    }

    /** The code itself, for example {@code HT}. */
    @Override
    public String toString() {
        return value;
    }
}
