package vn.motcua.core.token;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ServiceCode;
import vn.motcua.core.ticket.Ticket;
import vn.motcua.core.ticket.TicketId;
import vn.motcua.core.ticket.TicketNumber;

/**
 * What a {@link TicketToken} asserts: which ticket, from which branch, for which service,
 * under which number, and the time window in which the token is valid. No personal data.
 *
 * <p>Times are whole seconds: the constructor truncates {@code issuedAt} and
 * {@code expiresAt} to the second, so the claims read back from a token equal the claims
 * signed.
 *
 * @param ticketId the ticket's unique id
 * @param branch the branch that issued it
 * @param service the service it queues for
 * @param number its displayed number
 * @param issuedAt when the token was signed; between 1970 and 2106 (32-bit epoch seconds)
 * @param expiresAt when the token stops being valid, exclusive; after {@code issuedAt} and at
 *     most {@link #MAX_VALIDITY} later
 */
public record TicketClaims(
        TicketId ticketId,
        BranchId branch,
        ServiceCode service,
        TicketNumber number,
        Instant issuedAt,
        Instant expiresAt) {

    /** The longest validity a token may have. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);

    /** The largest {@code issuedAt} in epoch seconds (an unsigned 32-bit number). */
    public static final long MAX_EPOCH_SECOND = 0xFFFF_FFFFL;

    /**
     * @throws NullPointerException naming the field if a component is null
     * @throws IllegalArgumentException naming {@code issuedAt} or {@code expiresAt} if a time
     *     rule is broken
     */
    public TicketClaims {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(number, "number");
        issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
        expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
        long issued = issuedAt.getEpochSecond();
        if (issued < 0 || issued > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException("issuedAt: must be between 1970 and 2106, was " + issuedAt);
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt: must be after issuedAt " + issuedAt + ", was " + expiresAt);
        }
        if (Duration.between(issuedAt, expiresAt).compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("expiresAt: must be at most " + MAX_VALIDITY.toDays()
                    + " days after issuedAt, was " + Duration.between(issuedAt, expiresAt));
        }
    }

    /** Claims for {@code ticket}, valid from {@code issuedAt} until {@code expiresAt}. */
    public static TicketClaims of(Ticket ticket, Instant issuedAt, Instant expiresAt) {
        Objects.requireNonNull(ticket, "ticket");
        return new TicketClaims(ticket.id(), ticket.branch(), ticket.service(), ticket.number(), issuedAt, expiresAt);
    }

    /** How long the token is valid: {@code expiresAt - issuedAt}. */
    public Duration validity() {
        return Duration.between(issuedAt, expiresAt);
    }
}
