package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.core.ticket.BusinessDay;
import vn.motcua.core.ticket.Ticket;

class TokenRoundTripTest {

    @Test
    void signedTokenVerifiesAndCarriesTheClaims() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());

        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW).verify(token.encoded());

        assertThat(result).isInstanceOf(VerificationResult.Valid.class);
        VerificationResult.Valid valid = (VerificationResult.Valid) result;
        assertThat(valid.claims()).isEqualTo(Fixtures.claims());
        assertThat(valid.token().keyId()).isEqualTo(Fixtures.KID);
        assertThat(valid.token()).isEqualTo(token);
        assertThat(valid.token().toBytes()).isEqualTo(token.toBytes());
    }

    @Test
    void encodedTokenIsDecimalDigitsOnlyAndStartsWithTheMarkerDigits() {
        TicketToken token = Fixtures.signer(Ed25519Keys.generate()).sign(Fixtures.claims());

        assertThat(token.encoded()).matches("[0-9]+");
        // First byte 0xA1 makes the first 17-digit chunk start at 161 * 2^48.
        assertThat(token.encoded()).startsWith("45");
    }

    @Test
    void signingIsDeterministic() {
        KeyPair keys = Ed25519Keys.generate();

        TicketToken a = Fixtures.signer(keys).sign(Fixtures.claims());
        TicketToken b = Fixtures.signer(keys).sign(Fixtures.claims());

        assertThat(a.encoded()).isEqualTo(b.encoded());
    }

    @Test
    void signWithValidityStampsTheSignersClockTruncatedToSeconds() {
        KeyPair keys = Ed25519Keys.generate();
        Instant now = Fixtures.NOW.plusMillis(1_750);
        TokenSigner signer = new TokenSigner(Fixtures.KID, keys.getPrivate(), Fixtures.clockAt(now));

        TicketToken token = signer.sign(Fixtures.ticket(), Duration.ofMinutes(30));

        assertThat(token.claims().issuedAt()).isEqualTo(Fixtures.NOW.plusSeconds(1));
        assertThat(token.claims().expiresAt()).isEqualTo(Fixtures.NOW.plusSeconds(1 + 1800));
        assertThat(Fixtures.verifier(keys, now).verify(token.encoded()).isValid()).isTrue();
    }

    @Test
    void signForBusinessDayExpiresAtLocalMidnight() {
        KeyPair keys = Ed25519Keys.generate();
        Ticket ticket = Fixtures.ticket();

        TicketToken token = Fixtures.signer(keys).signForBusinessDay(ticket);

        assertThat(token.claims().expiresAt()).isEqualTo(Instant.parse("2025-03-15T17:00:00Z"));
        assertThat(token.claims().expiresAt()).isEqualTo(BusinessDay.end(ticket.businessDay()));
    }

    @Test
    void verifierWithSeveralKeysPicksTheOneNamedInTheToken() {
        KeyPair oldKeys = Ed25519Keys.generate();
        KeyPair newKeys = Ed25519Keys.generate();
        KeyId oldId = KeyId.of("k1");
        KeyId newId = KeyId.of("k2");
        TokenVerifier verifier = TokenVerifier.builder()
                .trust(oldId, oldKeys.getPublic())
                .trust(newId, newKeys.getPublic())
                .clock(Fixtures.clockAt(Fixtures.NOW))
                .build();

        TicketToken byOld = new TokenSigner(oldId, oldKeys.getPrivate(), Fixtures.clockAt(Fixtures.NOW))
                .sign(Fixtures.claims());
        TicketToken byNew = new TokenSigner(newId, newKeys.getPrivate(), Fixtures.clockAt(Fixtures.NOW))
                .sign(Fixtures.claims());

        assertThat(verifier.verify(byOld.encoded()).isValid()).isTrue();
        assertThat(verifier.verify(byNew.encoded()).isValid()).isTrue();
        assertThat(verifier.keyIds()).containsExactly(oldId, newId);
    }

    @Test
    void verifierAcceptsAnyCharSequence() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());

        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW).verify(new StringBuilder(token.encoded()));

        assertThat(result.isValid()).isTrue();
    }

    @Test
    void toStringSummarisesWithoutTheEncodedText() {
        TicketToken token = Fixtures.signer(Ed25519Keys.generate()).sign(Fixtures.claims());

        assertThat(token.toString()).contains("A012", "HT", "CN01", "k1", "length=243")
                .doesNotContain(token.encoded());
    }

    @Test
    void builderRejectsBadConfigurationNamingTheField() {
        KeyPair keys = Ed25519Keys.generate();
        TokenVerifier.Builder builder = TokenVerifier.builder().trust(Fixtures.KID, keys.getPublic());

        assertThatThrownBy(() -> builder.trust(Fixtures.KID, Ed25519Keys.generate().getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("keyId:");
        assertThatThrownBy(() -> builder.allowedSkew(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("allowedSkew:");
        assertThatThrownBy(() -> builder.allowedSkew(Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("allowedSkew:");
        assertThatThrownBy(() -> TokenVerifier.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("keys:");
    }
}
