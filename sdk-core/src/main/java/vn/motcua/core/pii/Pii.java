package vn.motcua.core.pii;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Masks personal data for display and logs. Every method is a pure function, thread-safe,
 * and returns {@code null} for a {@code null} input (so a log statement never throws because
 * a field was missing). The mask character is {@code *}.
 *
 * <p>Rules, chosen so that a masked value never shows the structured part of a number:
 * <ul>
 *   <li>Citizen ID: a 12-digit CCCD (căn cước công dân / căn cước) keeps its last 4 digits,
 *       {@code ********2345}; its first six digits (province, gender and century, year of
 *       birth) are always hidden, and the 4 digits shown come from its random serial. A
 *       9-digit CMND keeps its last 3, {@code ******789}. Anything else is masked entirely.</li>
 *   <li>Name: each word keeps its first letter and every other letter becomes {@code *}:
 *       {@code Nguyễn Văn An} → {@code N***** V** A*}. Letters are counted as user-perceived
 *       characters after NFC normalisation, so a name typed with combining diacritics
 *       ({@code e} + U+0302 + U+0303) masks exactly like its precomposed form ({@code ễ}).</li>
 *   <li>Birth date: to the year, {@code **}{@code /**}{@code /1990}, or fully.</li>
 *   <li>Phone: every digit but the last 3 is masked, separators are kept:
 *       {@code 0912 345 678} → {@code **** *** 678}.</li>
 * </ul>
 */
public final class Pii {

    /** The character that replaces masked content. */
    public static final char MASK = '*';

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Pii() {
    }

    /**
     * Masks a citizen-ID number: 12 digits keep the last 4, 9 digits keep the last 3. Spaces,
     * dots and hyphens between digits are dropped first ({@code 079 090 012 345} is read as 12
     * digits). Any other input is masked entirely, one {@code *} per character except
     * whitespace.
     */
    public static String maskCitizenId(String id) {
        if (id == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '.' && c != '-') {
                return maskAll(id);
            }
        }
        int keep = keptDigits(digits.length());
        if (keep == 0) {
            return maskAll(id);
        }
        return stars(digits.length() - keep) + digits.substring(digits.length() - keep);
    }

    /**
     * Masks every run of exactly 9 or exactly 12 consecutive digits in {@code text} as
     * {@link #maskCitizenId(String)} does, leaving everything else as it is. Meant for log
     * messages and error details. Runs of other lengths (dates, amounts, phone numbers) are
     * kept; digits split by spaces or punctuation are not recognised as one number. Any
     * Unicode decimal digit counts as a digit. Returns {@code text} itself when nothing
     * matched.
     */
    public static String maskCitizenIdsIn(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int count = 0;
            while (i < text.length() && Character.isDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                count++;
            }
            int keep = keptDigits(count);
            if (keep > 0) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start).append(stars(count - keep));
                out.append(text, text.offsetByCodePoints(start, count - keep), i);
                copied = i;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Masks a personal name: the first letter of each word stays, the rest become {@code *},
     * one per user-perceived character; whitespace is kept as it is. The result is in NFC.
     */
    public static String maskName(String name) {
        if (name == null) {
            return null;
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        BreakIterator graphemes = BreakIterator.getCharacterInstance(VIETNAMESE);
        graphemes.setText(nfc);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean wordStart = true;
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE;
                start = end, end = graphemes.next()) {
            int cp = nfc.codePointAt(start);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(nfc, start, end);
                wordStart = true;
            } else if (wordStart) {
                out.append(nfc, start, end);
                wordStart = false;
            } else {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    /** A birth date masked to its year, in the Vietnamese order: {@code **}{@code /**}{@code /1990}. */
    public static String maskBirthDateToYear(LocalDate date) {
        return date == null ? null : "**/**/" + String.format(Locale.ROOT, "%04d", date.getYear());
    }

    /** A birth date masked entirely: {@code **}{@code /**}{@code /****}. */
    public static String maskBirthDateFully(LocalDate date) {
        return date == null ? null : "**/**/****";
    }

    /**
     * Masks a phone number: the last 3 digits stay, every other digit becomes {@code *}, and
     * {@code +}, spaces, dots, hyphens and parentheses stay where they are. Input with fewer
     * than 7 digits or with any other character is masked entirely (whitespace kept).
     */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        int digits = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ("+ .-()".indexOf(c) < 0) {
                return maskAll(phone);
            }
        }
        if (digits < 7) {
            return maskAll(phone);
        }
        StringBuilder out = new StringBuilder(phone.length());
        int seen = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && ++seen <= digits - 3) {
                out.append(MASK);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every code point becomes {@code *} except whitespace, which is kept. */
    static String maskAll(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MASK);
            }
        });
        return out.toString();
    }

    private static int keptDigits(int digitCount) {
        return digitCount == 12 ? 4 : digitCount == 9 ? 3 : 0;
    }

    private static String stars(int n) {
        return String.valueOf(MASK).repeat(n);
    }
}
