package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

    @Test
    void derRoundTripGivesKeysThatStillSignAndVerify() {
        KeyPair keys = Ed25519Keys.generate();

        PrivateKey privateKey = Ed25519Keys.privateKeyFromPkcs8(Ed25519Keys.toPkcs8(keys.getPrivate()));
        PublicKey publicKey = Ed25519Keys.publicKeyFromX509(Ed25519Keys.toX509(keys.getPublic()));

        assertThat(publicKey).isEqualTo(keys.getPublic());
        assertThat(signAndVerify(privateKey, publicKey)).isTrue();
        assertThat(signAndVerify(privateKey, Ed25519Keys.generate().getPublic())).isFalse();
    }

    @Test
    void base64RoundTrip() {
        KeyPair keys = Ed25519Keys.generate();

        PrivateKey privateKey = Ed25519Keys.privateKeyFromBase64(Ed25519Keys.toBase64(keys.getPrivate()));
        PublicKey publicKey = Ed25519Keys.publicKeyFromBase64(Ed25519Keys.toBase64(keys.getPublic()));

        assertThat(Ed25519Keys.toBase64(keys.getPublic())).hasSize(60);
        assertThat(signAndVerify(privateKey, publicKey)).isTrue();
    }

    @Test
    void readsPemWithLineBreaks() {
        KeyPair keys = Ed25519Keys.generate();
        String body = Base64.getMimeEncoder(16, "\r\n".getBytes()).encodeToString(Ed25519Keys.toPkcs8(keys.getPrivate()));
        String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        String publicPem = "-----BEGIN PUBLIC KEY-----\n  " + Ed25519Keys.toBase64(keys.getPublic()) + "  \n-----END PUBLIC KEY-----";

        assertThat(signAndVerify(Ed25519Keys.privateKeyFromBase64(pem), Ed25519Keys.publicKeyFromBase64(publicPem))).isTrue();
    }

    @Test
    void readsKeysWrittenByOpenSslAndSignsLikeRfc8032() throws Exception {
        // The RFC 8032 section 7.1 TEST 1 key, written by `openssl pkey` (and `openssl pkey -pubout`).
        String privatePem = "-----BEGIN PRIVATE KEY-----\n"
                + "MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
                + "-----END PRIVATE KEY-----\n";
        String publicPem = "-----BEGIN PUBLIC KEY-----\n"
                + "MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n"
                + "-----END PUBLIC KEY-----\n";

        PrivateKey privateKey = Ed25519Keys.privateKeyFromBase64(privatePem);
        PublicKey publicKey = Ed25519Keys.publicKeyFromBase64(publicPem);

        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(privateKey);
        assertThat(HexFormat.of().formatHex(signature.sign())).isEqualTo(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertThat(signAndVerify(privateKey, publicKey)).isTrue();
    }

    @Test
    void rejectsGarbageNamingTheFieldWithoutEchoingInput() {
        String secretLooking = "c2VjcmV0LWtleS1tYXRlcmlhbA==";

        assertThatThrownBy(() -> Ed25519Keys.privateKeyFromBase64(secretLooking))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("privateKey:").hasMessageNotContaining(secretLooking);
        assertThatThrownBy(() -> Ed25519Keys.publicKeyFromBase64("not base64 !!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("publicKey:");
        assertThatThrownBy(() -> Ed25519Keys.publicKeyFromX509(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("publicKey:");
    }

    @Test
    void rejectsKeysOfOtherAlgorithms() throws Exception {
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();

        assertThatThrownBy(() -> new TokenSigner(Fixtures.KID, ed448.getPrivate(), Fixtures.clockAt(Fixtures.NOW)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("privateKey:");
        assertThatThrownBy(() -> TokenVerifier.builder().trust(Fixtures.KID, ec.getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("publicKey:");
        assertThatThrownBy(() -> Ed25519Keys.privateKeyFromPkcs8(ed448.getPrivate().getEncoded()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("privateKey:");
    }

    private static boolean signAndVerify(PrivateKey privateKey, PublicKey publicKey) {
        TicketToken token = new TokenSigner(Fixtures.KID, privateKey, Fixtures.clockAt(Fixtures.NOW)).sign(Fixtures.claims());
        return Fixtures.verifier(new KeyPair(publicKey, privateKey), Fixtures.NOW).verify(token.encoded()).isValid();
    }
}
