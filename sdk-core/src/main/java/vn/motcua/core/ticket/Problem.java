package vn.motcua.core.ticket;

import vn.motcua.core.pii.Pii;

/** What is wrong with a text, before it is turned into an exception or a parse failure. */
record Problem(ParseResult.Reason reason, String message) {

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
     * A short, log-safe excerpt of untrusted text: at most 24 code points, anything outside
     * printable ASCII shown as {@code ?}, citizen-ID-like digit runs masked.
     */
    static String quote(CharSequence text) {
        StringBuilder sb = new StringBuilder(32).append('"');
        int shown = 0;
        for (int i = 0; i < text.length() && shown < 24; shown++) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            sb.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '?');
        }
        if (shown == 24 && text.length() > 24) {
            sb.append("...");
        }
        return Pii.maskCitizenIdsIn(sb.append('"').toString());
    }
}
