package vn.motcua.core.token;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.internal.token.Base10;
import vn.motcua.core.internal.token.TokenLayout;
import vn.motcua.core.ticket.BusinessDay;
import vn.motcua.core.ticket.Ticket;

/**
 * Signs {@link TicketToken}s with one Ed25519 private key under one {@link KeyId}.
 *
 * <p>Thread-safe: each signature uses its own {@link Signature} instance. Ed25519 signatures
 * are deterministic, so signing the same claims twice gives the same token.
 */
public final class TokenSigner {

    private static final String ALGORITHM = "Ed25519";

    private final KeyId keyId;
    private final PrivateKey privateKey;
    private final Clock clock;

    /**
     * @param keyId the id verifiers know the matching public key by
     * @param privateKey an Ed25519 private key
     * @param clock the clock that stamps {@code issuedAt}
     * @throws IllegalArgumentException naming {@code privateKey} if it is not an Ed25519 key
     */
    public TokenSigner(KeyId keyId, PrivateKey privateKey, Clock clock) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        Ed25519Keys.requireEd25519(privateKey, "privateKey");
        this.privateKey = privateKey;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The key id written into every token. */
    public KeyId keyId() {
        return keyId;
    }

    /**
     * A token for {@code ticket}, issued now and valid for {@code validity}.
     *
     * @throws IllegalArgumentException naming {@code expiresAt} if {@code validity} is not
     *     positive or longer than {@link TicketClaims#MAX_VALIDITY}
     */
    public TicketToken sign(Ticket ticket, Duration validity) {
        Objects.requireNonNull(validity, "validity");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return sign(TicketClaims.of(ticket, now, now.plus(validity)));
    }

    /**
     * A token for {@code ticket}, issued now and valid until the end of the ticket's business
     * day ({@link BusinessDay#end(java.time.LocalDate)}).
     *
     * @throws IllegalArgumentException naming {@code expiresAt} if that day has already ended
     */
    public TicketToken signForBusinessDay(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return sign(TicketClaims.of(ticket, clock.instant(), BusinessDay.end(ticket.businessDay())));
    }

    /**
     * A token for {@code claims} as given; the signer's clock is not consulted.
     *
     * @throws MotcuaException if the JDK's Ed25519 provider fails
     */
    public TicketToken sign(TicketClaims claims) {
        Objects.requireNonNull(claims, "claims");
        byte[] signed = TokenLayout.signedPart(keyId, claims);
        byte[] signature;
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(signed);
            signature = s.sign();
        } catch (GeneralSecurityException e) {
            throw new MotcuaException("keyId " + keyId + ": signing a ticket token failed", e);
        }
        byte[] bytes = TokenLayout.join(signed, signature);
        return new TicketToken(keyId, claims, bytes, Base10.encode(bytes));
    }
}
