package vn.motcua.core.token;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link TokenVerifier#verify(CharSequence)}: {@link Valid} with the token, or
 * {@link Invalid} with a typed {@link Failure}.
 */
public sealed interface VerificationResult permits VerificationResult.Valid, VerificationResult.Invalid {

    /** Why a token was rejected, in the order the checks run. */
    enum Failure {
        /** Not a ticket token at all: wrong characters or length, or a broken layout. */
        MALFORMED,
        /** A ticket token of a layout version this SDK does not read. */
        UNSUPPORTED_VERSION,
        /** Signed with a key id the verifier does not trust. */
        UNKNOWN_KEY,
        /** The signature does not match: altered, forged, or the key id maps to another key. */
        BAD_SIGNATURE,
        /**
         * The signature could not be checked at all: the JDK has no Ed25519 provider, or the
         * provider rejects the trusted key for this key id. A fault of the verifier's setup,
         * not of the token; the detail names the cause. The token is not accepted.
         */
        VERIFIER_ERROR,
        /** Authentic, but its validity ended (beyond the allowed clock skew). */
        EXPIRED,
        /** Authentic, but issued in the future (beyond the allowed clock skew). */
        NOT_YET_VALID
    }

    /** Whether the token is authentic and valid now. */
    boolean isValid();

    /** An authentic token, valid at the verifier's clock. */
    record Valid(TicketToken token) implements VerificationResult {
        public Valid {
            Objects.requireNonNull(token, "token");
        }

        /** The token's claims. */
        public TicketClaims claims() {
            return token.claims();
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * A rejected token.
     *
     * @param failure why
     * @param detail a short explanation for logs; contains no personal data and at most a
     *     short, escaped excerpt of the input
     * @param signedClaims the claims when the signature checked out but the time did not
     *     ({@link Failure#EXPIRED}, {@link Failure#NOT_YET_VALID}), so a counter can say which
     *     ticket expired; empty otherwise, because unauthenticated claims must not be trusted
     */
    record Invalid(Failure failure, String detail, Optional<TicketClaims> signedClaims)
            implements VerificationResult {
        public Invalid {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(signedClaims, "signedClaims");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
