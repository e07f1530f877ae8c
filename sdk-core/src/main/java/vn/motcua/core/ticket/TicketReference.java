package vn.motcua.core.ticket;

import java.util.Objects;

/**
 * A reference that links a ticket to something outside the queue: an appointment booking
 * code, a dossier code (mã hồ sơ) from a public-service portal, or a partner system's key.
 *
 * <p><b>A reference must not be personal data.</b> Never put a citizen-ID number, a phone
 * number or a name here; the ticket travels to printers, displays, logs and the city hub.
 * As a guard, a value containing a run of nine or more digits (the shape of a CMND, a phone
 * number or a CCCD) is rejected.
 *
 * <p>Rules for the value: 1 to {@value #MAX_LENGTH} printable ASCII characters
 * ({@code !} to {@code ~}, no spaces), with no run of 9 or more digits.
 *
 * @param kind what the value refers to
 * @param value the reference itself, for example {@code "LH-240315-0042"}
 */
public record TicketReference(Kind kind, String value) {

    /** The longest value allowed. */
    public static final int MAX_LENGTH = 64;

    /** What a reference refers to. */
    public enum Kind {
        /** An appointment booked in advance. */
        APPOINTMENT,
        /** A dossier (hồ sơ) being processed. */
        DOSSIER,
        /** Any other external key that is not personal data. */
        EXTERNAL
    }

    /** @throws IllegalArgumentException naming {@code reference} if a rule is broken */
    public TicketReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "reference");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("reference: must be 1 to " + MAX_LENGTH
                    + " characters, was " + value.length());
        }
        int digitRun = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '!' || c > '~') {
                throw new IllegalArgumentException("reference: must be printable ASCII without spaces"
                        + " (character " + i + ")");
            }
            digitRun = (c >= '0' && c <= '9') ? digitRun + 1 : 0;
            if (digitRun >= 9) {
                // The value is not quoted: it may be exactly the personal data we refuse.
                throw new IllegalArgumentException("reference: contains 9 or more digits in a row,"
                        + " which looks like a citizen-ID or phone number; references must not be personal data");
            }
        }
    }

    /** An appointment reference. */
    public static TicketReference appointment(String value) {
        return new TicketReference(Kind.APPOINTMENT, value);
    }

    /** A dossier reference. */
    public static TicketReference dossier(String value) {
        return new TicketReference(Kind.DOSSIER, value);
    }
}
