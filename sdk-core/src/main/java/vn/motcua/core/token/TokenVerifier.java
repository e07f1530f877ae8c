package vn.motcua.core.token;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.motcua.core.internal.token.TokenLayout;
import vn.motcua.core.token.VerificationResult.Failure;
import vn.motcua.core.token.VerificationResult.Invalid;
import vn.motcua.core.token.VerificationResult.Valid;

/**
 * Checks ticket tokens read from QR codes against a key ring of trusted public keys.
 *
 * <p>{@link #verify(CharSequence)} accepts any input, including {@code null}, garbage, huge
 * or non-ASCII strings, and never throws: it returns a {@link VerificationResult}. The checks
 * run in this order, and the first that fails decides the {@link Failure}: length and
 * characters, layout ({@code MALFORMED}), version ({@code UNSUPPORTED_VERSION}), key id
 * ({@code UNKNOWN_KEY}), signature ({@code BAD_SIGNATURE}), then time against the clock with
 * the allowed skew ({@code NOT_YET_VALID}, {@code EXPIRED}). Nothing in a token is trusted
 * before its signature has been checked.
 *
 * <p>{@code VERIFIER_ERROR} is not about the token: the signature could not be checked at all,
 * because the JDK has no Ed25519 provider or a trusted key cannot be used by it. The token is
 * rejected, and the detail names the cause so the setup can be fixed; it is never reported as
 * {@code BAD_SIGNATURE}, which would make a configuration fault look like forged tickets.
 *
 * <p>A token is valid at instant {@code now} when
 * {@code issuedAt - skew <= now < expiresAt + skew}. The skew absorbs clock differences
 * between the kiosk that signed and the counter that verifies.
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenVerifier {

    /** The default allowed clock skew. */
    public static final Duration DEFAULT_SKEW = Duration.ofMinutes(2);
    /** The largest allowed clock skew. */
    public static final Duration MAX_SKEW = Duration.ofHours(1);

    private static final String ALGORITHM = "Ed25519";
    private static final int DETAIL_LENGTH = 200;

    private final Map<KeyId, PublicKey> keys;
    private final Clock clock;
    private final Duration skew;

    private TokenVerifier(Builder b) {
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(b.keys));
        this.clock = b.clock;
        this.skew = b.skew;
    }

    /** A builder with no keys, the system UTC clock and {@link #DEFAULT_SKEW}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key ids this verifier trusts, in the order they were added. */
    public Set<KeyId> keyIds() {
        return keys.keySet();
    }

    /** The allowed clock skew. */
    public Duration allowedSkew() {
        return skew;
    }

    /** Verifies {@code text}, the content of a scanned QR code, at the clock's current time. */
    public VerificationResult verify(CharSequence text) {
        TokenLayout.Decoded decoded = TokenLayout.decode(text);
        if (decoded instanceof TokenLayout.Rejected rejected) {
            return invalid(rejected.failure(), rejected.detail());
        }
        TokenLayout.Parsed parsed = (TokenLayout.Parsed) decoded;
        PublicKey key = keys.get(parsed.keyId());
        if (key == null) {
            return invalid(Failure.UNKNOWN_KEY, "key id " + parsed.keyId() + " is not trusted");
        }
        Invalid unsigned = checkSignature(parsed.keyId(), key, parsed.bytes(), parsed.signedLength());
        if (unsigned != null) {
            return unsigned;
        }
        TicketClaims claims = parsed.claims();
        Instant now = clock.instant();
        if (now.isBefore(claims.issuedAt().minus(skew))) {
            return new Invalid(Failure.NOT_YET_VALID, "issued at " + claims.issuedAt() + ", now is " + now,
                    Optional.of(claims));
        }
        if (!now.isBefore(claims.expiresAt().plus(skew))) {
            return new Invalid(Failure.EXPIRED, "expired at " + claims.expiresAt() + ", now is " + now,
                    Optional.of(claims));
        }
        return new Valid(new TicketToken(parsed.keyId(), claims, parsed.bytes(), text.toString()));
    }

    /**
     * Null when the signature matches; {@code BAD_SIGNATURE} when it does not or is not even a
     * well-formed signature; {@code VERIFIER_ERROR} when the check itself could not run.
     */
    private static Invalid checkSignature(KeyId keyId, PublicKey key, byte[] bytes, int signedLength) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(bytes, 0, signedLength);
            if (s.verify(bytes, signedLength, bytes.length - signedLength)) {
                return null;
            }
        } catch (SignatureException e) {
            // A signature that is not even well-formed: as bad as one that does not match.
        } catch (GeneralSecurityException | RuntimeException e) {
            // No Ed25519 provider, or a trusted key the provider cannot use: a setup fault.
            return invalid(Failure.VERIFIER_ERROR, "cannot check signatures with key id " + keyId
                    + ": " + describe(e));
        }
        return invalid(Failure.BAD_SIGNATURE, "signature does not match key id " + keyId);
    }

    /** The exception's class and message, on one line and at most about 200 characters. */
    private static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String text = e.getClass().getSimpleName() + message;
        if (text.length() > DETAIL_LENGTH) {
            text = text.substring(0, DETAIL_LENGTH) + "...";
        }
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    private static Invalid invalid(Failure failure, String detail) {
        return new Invalid(failure, detail, Optional.empty());
    }

    /** Builds a {@link TokenVerifier}. */
    public static final class Builder {
        private final Map<KeyId, PublicKey> keys = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private Duration skew = DEFAULT_SKEW;

        private Builder() {
        }

        /**
         * Trusts {@code key} for tokens with {@code keyId}.
         *
         * @throws IllegalArgumentException naming {@code publicKey} if it is not Ed25519, or
         *     naming {@code keyId} if that id is already trusted
         */
        public Builder trust(KeyId keyId, PublicKey key) {
            Objects.requireNonNull(keyId, "keyId");
            Ed25519Keys.requireEd25519(key, "publicKey");
            if (keys.putIfAbsent(keyId, key) != null) {
                throw new IllegalArgumentException("keyId: " + keyId + " is already trusted");
            }
            return this;
        }

        /** The clock tokens are checked against. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The allowed clock skew.
         *
         * @throws IllegalArgumentException naming {@code allowedSkew} if negative or over {@link #MAX_SKEW}
         */
        public Builder allowedSkew(Duration value) {
            Objects.requireNonNull(value, "allowedSkew");
            if (value.isNegative() || value.compareTo(MAX_SKEW) > 0) {
                throw new IllegalArgumentException("allowedSkew: must be 0 to " + MAX_SKEW + ", was " + value);
            }
            this.skew = value;
            return this;
        }

        /** @throws IllegalStateException naming {@code keys} if no key is trusted */
        public TokenVerifier build() {
            if (keys.isEmpty()) {
                throw new IllegalStateException("keys: trust at least one key");
            }
            return new TokenVerifier(this);
        }
    }
}
