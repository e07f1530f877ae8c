package vn.motcua.core.ticket;

import vn.motcua.core.pii.Pii;

/** What is wrong with a text, before it is turned into an exception or a parse failure. */
record Problem(ParseResult.Reason reason, String message) {

    /** How many code points of untrusted text an excerpt shows. */
    static final int EXCERPT = 24;
    /** Digit runs at least this long are masked entirely (unless a citizen-ID rule applies). */
    static final int LONG_RUN = 9;

    static Problem empty() {
        return new Problem(ParseResult.Reason.EMPTY, "must not be empty");
    }

    static Problem tooLong(int max, CharSequence text) {
        return new Problem(ParseResult.Reason.TOO_LONG,
                "must be at most " + max + " characters, was " + text.length());
    }

    static Problem badCharacter(String rule, CharSequence text) {
        return new Problem(ParseResult.Reason.INVALID_CHARACTER, rule + ", was " + quote(text));
    }

    IllegalArgumentException toException(String field) {
        return new IllegalArgumentException(field + ": " + message);
    }

    <T> ParseResult<T> toResult(String field) {
        return ParseResult.failure(reason, field + ": " + message);
    }

    /**
     * A short, log-safe excerpt of untrusted text: at most {@value #EXCERPT} code points,
     * anything outside printable ASCII shown as {@code ?}.
     *
     * <p>Digits are masked before the text is cut, so a number that crosses the cut is judged
     * by its full length: a 9- or 12-digit run is masked as {@link Pii#maskCitizenIdsIn}
     * does (the last 3 or 4 digits stay), and any other run of {@value #LONG_RUN} or more
     * digits is masked entirely. No more than 4 digits of such a run ever show.
     */
    static String quote(CharSequence text) {
        int end = 0;
        int codePoints = 0;
        while (end < text.length() && codePoints < EXCERPT) {
            end += Character.charCount(Character.codePointAt(text, end));
            codePoints++;
        }
        boolean cut = end < text.length();
        // Take in the rest of a digit run that crosses the cut, so it is masked as a whole.
        while (end > 0 && end < text.length() && Character.isDigit(Character.codePointBefore(text, end))
                && Character.isDigit(Character.codePointAt(text, end))) {
            end += Character.charCount(Character.codePointAt(text, end));
        }
        String masked = maskLongRuns(Pii.maskCitizenIdsIn(text.subSequence(0, end).toString()));
        StringBuilder sb = new StringBuilder(EXCERPT + 5).append('"');
        for (int i = 0, shown = 0; i < masked.length() && shown < EXCERPT; shown++) {
            int cp = masked.codePointAt(i);
            i += Character.charCount(cp);
            sb.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '?');
        }
        if (cut) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }

    /** Every run of at least {@value #LONG_RUN} digits becomes {@code *}, one per code point. */
    private static String maskLongRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int digits = 0;
            while (i < text.length() && Character.isDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                digits++;
            }
            if (digits >= LONG_RUN) {
                out.append(String.valueOf(Pii.MASK).repeat(digits));
            } else {
                out.append(text, start, i);
            }
            if (i < text.length()) {
                int cp = text.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }
}
