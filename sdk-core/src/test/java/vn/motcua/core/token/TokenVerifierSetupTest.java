package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.token.TokenTamperTest.failure;

import java.security.KeyPair;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import vn.motcua.core.token.VerificationResult.Failure;
import vn.motcua.core.token.VerificationResult.Invalid;

class TokenVerifierSetupTest {

    /** Claims to be an Ed25519 public key, but its X.509 encoding is not one. */
    private static final class BrokenKey implements PublicKey {
        private static final long serialVersionUID = 1L;

        @Override
        public String getAlgorithm() {
            return "Ed25519";
        }

        @Override
        public String getFormat() {
            return "X.509";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[] {0x30, 0x03, 0x02, 0x01, 0x00};
        }
    }

    @Test
    void aTrustedKeyTheProviderCannotUseIsAVerifierErrorNotABadSignature() {
        KeyPair keys = Ed25519Keys.generate();
        TicketToken token = Fixtures.signer(keys).sign(Fixtures.claims());
        TokenVerifier verifier = TokenVerifier.builder().trust(Fixtures.KID, new BrokenKey())
                .clock(Fixtures.clockAt(Fixtures.NOW)).build();

        VerificationResult result = verifier.verify(token.encoded());

        assertThat(failure(result)).isEqualTo(Failure.VERIFIER_ERROR);
        assertThat(((Invalid) result).detail()).startsWith("cannot check signatures with key id k1: ")
                .contains("InvalidKeyException").doesNotContain("\n");
        assertThat(((Invalid) result).signedClaims()).isEmpty();
    }
}
