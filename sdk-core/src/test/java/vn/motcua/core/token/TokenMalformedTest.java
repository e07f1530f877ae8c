package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.token.TokenTamperTest.failure;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.token.Base10;
import vn.motcua.core.internal.token.TokenLayout;
import vn.motcua.core.token.VerificationResult.Failure;
import vn.motcua.core.token.VerificationResult.Invalid;

class TokenMalformedTest {

    private final KeyPair keys = Ed25519Keys.generate();
    private final TokenVerifier verifier = Fixtures.verifier(keys, Fixtures.NOW);

    @Test
    void nullAndEmptyAreMalformed() {
        assertThat(failure(verifier.verify(null))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify(""))).isEqualTo(Failure.MALFORMED);
    }

    @Test
    void hugeInputIsRejectedByLengthAlone() {
        String huge = "4".repeat(5_000_000);

        VerificationResult result = verifier.verify(huge);

        assertThat(failure(result)).isEqualTo(Failure.MALFORMED);
        assertThat(((Invalid) result).detail()).contains("longer than");
    }

    @Test
    void nonAsciiAndNonDigitTextIsMalformed() {
        String token = Fixtures.signer(keys).sign(Fixtures.claims()).encoded();
        String arabicIndic = token.chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0')))
                .reduce("", String::concat);

        assertThat(failure(verifier.verify(arabicIndic))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify("Nguyễn Văn An"))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify("\uD83D\uDE00".repeat(120)))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify("\uD800"))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify("https://example.vn/t/" + token))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify("079090012345|123456789|Nguyễn Văn An|01011990|Nam|"))).isEqualTo(Failure.MALFORMED);
    }

    @Test
    void digitsOfTheRightLengthButNotAToken() {
        assertThat(failure(verifier.verify("0".repeat(243)))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify("9".repeat(243)))).isEqualTo(Failure.MALFORMED);
        assertThat(failure(verifier.verify("1234"))).isEqualTo(Failure.MALFORMED);
    }

    @Test
    void isWellFormedRecognisesTheShapeWithoutAnyKey() {
        String token = Fixtures.signer(Ed25519Keys.generate()).sign(Fixtures.claims()).encoded();

        assertThat(TicketToken.isWellFormed(token)).isTrue();
        assertThat(TicketToken.isWellFormed(token.substring(1))).isFalse();
        assertThat(TicketToken.isWellFormed("079090012345")).isFalse();
        assertThat(TicketToken.isWellFormed(null)).isFalse();
        assertThat(TicketToken.isWellFormed("00020101021238570010A000000727")).isFalse();
    }

    @Test
    void anotherLayoutVersionIsUnsupported() {
        byte[] bytes = Fixtures.signer(keys).sign(Fixtures.claims()).toBytes();
        bytes[0] = (byte) (TokenLayout.MARKER | 2);

        VerificationResult result = verifier.verify(Base10.encode(bytes));

        assertThat(failure(result)).isEqualTo(Failure.UNSUPPORTED_VERSION);
        assertThat(((Invalid) result).detail()).contains("version 2");
    }

    @Test
    void aFirstByteWithoutTheMarkerIsMalformed() {
        byte[] bytes = Fixtures.signer(keys).sign(Fixtures.claims()).toBytes();
        bytes[0] = 0x01;

        assertThat(failure(verifier.verify(Base10.encode(bytes)))).isEqualTo(Failure.MALFORMED);
    }

    @Test
    void reservedBitsAndNonMinimalNumbersAreMalformed() {
        byte[] bytes = Fixtures.signer(keys).sign(Fixtures.claims()).toBytes();
        byte[] reserved = bytes.clone();
        reserved[2] |= 1;

        assertThat(failure(verifier.verify(Base10.encode(reserved)))).isEqualTo(Failure.MALFORMED);
        // Sequence 12 written as two varint bytes (0x8C 0x00) instead of one.
        int seqAt = 3 + 2 + 16 + 4 + 2 + 1;
        assertThat(bytes[seqAt]).isEqualTo((byte) 12);
        byte[] padded = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, padded, 0, seqAt);
        padded[seqAt] = (byte) 0x8C;
        padded[seqAt + 1] = 0;
        System.arraycopy(bytes, seqAt + 1, padded, seqAt + 2, bytes.length - seqAt - 1);
        assertThat(failure(verifier.verify(Base10.encode(padded)))).isEqualTo(Failure.MALFORMED);
    }
}
