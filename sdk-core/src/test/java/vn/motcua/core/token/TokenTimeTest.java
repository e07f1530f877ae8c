package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.token.TokenTamperTest.failure;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.core.token.VerificationResult.Failure;
import vn.motcua.core.token.VerificationResult.Invalid;

class TokenTimeTest {

    private static final Duration SKEW = Duration.ofMinutes(2);

    private static VerificationResult verifyAt(KeyPair keys, TicketToken token, Instant now) {
        return TokenVerifier.builder().trust(Fixtures.KID, keys.getPublic())
                .clock(Fixtures.clockAt(now)).allowedSkew(SKEW).build()
                .verify(token.encoded());
    }

    @Test
    void validFromIssueMinusSkewUntilJustBeforeExpiryPlusSkew() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());
        Instant issued = token.claims().issuedAt();
        Instant expires = token.claims().expiresAt();

        assertThat(verifyAt(keys, token, issued.minus(SKEW)).isValid()).isTrue();
        assertThat(verifyAt(keys, token, issued).isValid()).isTrue();
        assertThat(verifyAt(keys, token, expires).isValid()).isTrue();
        assertThat(verifyAt(keys, token, expires.plus(SKEW).minusNanos(1)).isValid()).isTrue();
    }

    @Test
    void expiredOnceExpiryPlusSkewIsReachedAndCarriesTheSignedClaims() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());

        VerificationResult result = verifyAt(keys, token, token.claims().expiresAt().plus(SKEW));

        assertThat(failure(result)).isEqualTo(Failure.EXPIRED);
        assertThat(((Invalid) result).signedClaims()).contains(Fixtures.claims());
    }

    @Test
    void notYetValidBeforeIssueMinusSkew() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());

        VerificationResult result = verifyAt(keys, token, token.claims().issuedAt().minus(SKEW).minusNanos(1));

        assertThat(failure(result)).isEqualTo(Failure.NOT_YET_VALID);
        assertThat(((Invalid) result).signedClaims()).contains(Fixtures.claims());
    }

    @Test
    void zeroSkewIsExact() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());
        TokenVerifier.Builder builder = TokenVerifier.builder().trust(Fixtures.KID, keys.getPublic())
                .allowedSkew(Duration.ZERO);

        Instant issued = token.claims().issuedAt();
        Instant expires = token.claims().expiresAt();
        assertThat(failure(builder.clock(Fixtures.clockAt(issued.minusSeconds(1))).build().verify(token.encoded())))
                .isEqualTo(Failure.NOT_YET_VALID);
        assertThat(builder.clock(Fixtures.clockAt(issued)).build().verify(token.encoded()).isValid()).isTrue();
        assertThat(failure(builder.clock(Fixtures.clockAt(expires)).build().verify(token.encoded())))
                .isEqualTo(Failure.EXPIRED);
    }

    @Test
    void expiredTokenWithBadSignatureIsBadSignatureNotExpired() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken forged = Fixtures.signer(Ed25519Keys.generate()).sign(Fixtures.claims());

        VerificationResult result = verifyAt(keys, forged, Fixtures.NOW.plus(Duration.ofDays(30)));

        assertThat(failure(result)).isEqualTo(Failure.BAD_SIGNATURE);
    }
}
