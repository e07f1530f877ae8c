package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.token.Base10;
import vn.motcua.core.token.VerificationResult.Failure;
import vn.motcua.core.token.VerificationResult.Invalid;

class TokenTamperTest {

    @Test
    void everySingleBitFlipOfTheTokenBytesIsRejected() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());
        TokenVerifier verifier = Fixtures.verifier(keys, Fixtures.NOW);
        byte[] bytes = token.toBytes();
        int signedLength = bytes.length - 64;

        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));

            VerificationResult result = verifier.verify(Base10.encode(flipped));

            assertThat(result.isValid()).as("bit %d", bit).isFalse();
            Failure failure = ((Invalid) result).failure();
            if (bit / 8 >= signedLength) {
                assertThat(failure).as("signature bit %d", bit).isEqualTo(Failure.BAD_SIGNATURE);
            } else {
                assertThat(failure).as("signed bit %d", bit).isIn(Failure.MALFORMED,
                        Failure.UNSUPPORTED_VERSION, Failure.UNKNOWN_KEY, Failure.BAD_SIGNATURE);
            }
        }
    }

    @Test
    void everySingleCharacterChangeOfTheEncodedTextIsRejected() {
        KeyPair keys = Ed25519Keys.generate();
        String text = Fixtures.signer(keys).sign(Fixtures.claims()).encoded();
        TokenVerifier verifier = Fixtures.verifier(keys, Fixtures.NOW);
        String replacements = "0123456789A -\u0660";

        for (int i = 0; i < text.length(); i++) {
            for (char c : replacements.toCharArray()) {
                if (c == text.charAt(i)) {
                    continue;
                }
                String changed = text.substring(0, i) + c + text.substring(i + 1);

                VerificationResult result = verifier.verify(changed);

                assertThat(result.isValid()).as("position %d to %s", i, c).isFalse();
            }
        }
    }

    @Test
    void insertedRemovedOrAppendedCharactersAreMalformed() {
        KeyPair keys = Ed25519Keys.generate();
        String text = Fixtures.signer(keys).sign(Fixtures.claims()).encoded();
        TokenVerifier verifier = Fixtures.verifier(keys, Fixtures.NOW);

        assertThat(failure(verifier.verify(text + "0"))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify(text.substring(1)))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify(text.substring(0, text.length() - 1)))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify(text + "\n"))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify(" " + text))).isEqualTo(Failure.MALFORMED);
    }

    @Test
    void tokenFromAnUntrustedKeyIdIsUnknownKey() {
        KeyPair trusted = Ed25519Keys.generate();
        KeyPair other = Ed25519Keys.generate();
        TicketToken token = new TokenSigner(KeyId.of("evil"), other.getPrivate(), Fixtures.clockAt(Fixtures.NOW))
                .sign(Fixtures.claims());

        VerificationResult result = Fixtures.verifier(trusted, Fixtures.NOW).verify(token.encoded());

        assertThat(failure(result)).isEqualTo(Failure.UNKNOWN_KEY);
        assertThat(((Invalid) result).detail()).contains("evil");
        assertThat(((Invalid) result).signedClaims()).isEmpty();
    }

    @Test
    void trustedKeyIdSignedWithAnotherKeyIsBadSignature() {
        KeyPair trusted = Ed25519Keys.generate();
        KeyPair forger = Ed25519Keys.generate();
        TicketToken forged = Fixtures.signer(forger).sign(Fixtures.claims());

        VerificationResult result = Fixtures.verifier(trusted, Fixtures.NOW).verify(forged.encoded());

        assertThat(failure(result)).isEqualTo(Failure.BAD_SIGNATURE);
        assertThat(((Invalid) result).signedClaims()).isEmpty();
    }

    @Test
    void signatureFromAnotherTokenDoesNotTransfer() {
        KeyPair keys = Ed25519Keys.generate();
        byte[] genuine = Fixtures.signer(keys).sign(Fixtures.claims()).toBytes();
        TicketClaims other = new TicketClaims(Fixtures.claims().ticketId(), Fixtures.claims().branch(),
                Fixtures.claims().service(), Fixtures.claims().number().withSequence(13),
                Fixtures.claims().issuedAt(), Fixtures.claims().expiresAt());
        byte[] spliced = Fixtures.signer(keys).sign(other).toBytes();
        System.arraycopy(genuine, genuine.length - 64, spliced, spliced.length - 64, 64);

        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW).verify(Base10.encode(spliced));

        assertThat(failure(result)).isEqualTo(Failure.BAD_SIGNATURE);
    }

    static Failure failure(VerificationResult result) {
        assertThat(result).isInstanceOf(Invalid.class);
        return ((Invalid) result).failure();
    }
}
