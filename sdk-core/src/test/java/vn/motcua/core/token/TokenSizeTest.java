package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.token.Base10;
import vn.motcua.core.internal.token.TokenLayout;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ServiceCode;
import vn.motcua.core.ticket.TicketId;
import vn.motcua.core.ticket.TicketNumber;
import vn.motcua.core.token.QrCapacity.Mode;

/** Checks the sizes stated in {@link TicketToken}'s documentation. */
class TokenSizeTest {

    @Test
    void capacityTableMatchesTheStandardsPublishedCapacitiesAtLevelM() {
        assertThat(QrCapacity.capacity(Mode.NUMERIC, 1)).isEqualTo(34);
        assertThat(QrCapacity.capacity(Mode.ALPHANUMERIC, 1)).isEqualTo(20);
        assertThat(QrCapacity.capacity(Mode.BYTE, 1)).isEqualTo(14);
        assertThat(QrCapacity.capacity(Mode.NUMERIC, 6)).isEqualTo(255);
        assertThat(QrCapacity.capacity(Mode.ALPHANUMERIC, 6)).isEqualTo(154);
        assertThat(QrCapacity.capacity(Mode.BYTE, 6)).isEqualTo(106);
        assertThat(QrCapacity.capacity(Mode.NUMERIC, 7)).isEqualTo(293);
        assertThat(QrCapacity.capacity(Mode.ALPHANUMERIC, 7)).isEqualTo(178);
        assertThat(QrCapacity.capacity(Mode.BYTE, 7)).isEqualTo(122);
        assertThat(QrCapacity.capacity(Mode.NUMERIC, 10)).isEqualTo(513);
        assertThat(QrCapacity.capacity(Mode.ALPHANUMERIC, 10)).isEqualTo(311);
        assertThat(QrCapacity.capacity(Mode.BYTE, 10)).isEqualTo(213);
    }

    @Test
    void typicalTokenIs243DigitsAndFitsVersion6WhereOtherEncodingsNeedMore() {
        TicketToken token = Fixtures.signer(Ed25519Keys.generate()).sign(Fixtures.claims());
        byte[] bytes = token.toBytes();

        assertThat(bytes).hasSize(100);
        assertThat(token.length()).isEqualTo(243);
        assertThat(QrCapacity.smallestVersion(Mode.NUMERIC, token.length())).isEqualTo(6);

        String base64 = OtherEncodings.base64Url(bytes);
        String base32 = OtherEncodings.base32(bytes);
        String base45 = OtherEncodings.base45(bytes);
        assertThat(base64).hasSize(134);
        assertThat(QrCapacity.smallestVersion(Mode.BYTE, base64.length())).isEqualTo(8);
        assertThat(base32).hasSize(160);
        assertThat(QrCapacity.smallestVersion(Mode.ALPHANUMERIC, base32.length())).isEqualTo(7);
        assertThat(base45).hasSize(150);
        assertThat(QrCapacity.smallestVersion(Mode.ALPHANUMERIC, base45.length())).isEqualTo(6);
        // Same version as base45, in fewer bits, so with more room left.
        assertThat(QrCapacity.segmentBits(Mode.NUMERIC, token.length(), 6))
                .isLessThan(QrCapacity.segmentBits(Mode.ALPHANUMERIC, base45.length(), 6));
    }

    @Test
    void version6HoldsEveryTokenWhoseTextFieldsTotalThirteenCharacters() {
        // Largest numbers still covered by the rule: sequence below 16384, validity under 24 days.
        int sequence = 9_999;
        Duration validity = Duration.ofDays(24).minusSeconds(1);
        for (int kid = 1; kid <= KeyId.MAX_LENGTH; kid++) {
            for (int service = 1; service <= ServiceCode.MAX_LENGTH; service++) {
                for (int prefix = 0; prefix <= TicketNumber.MAX_PREFIX_LENGTH; prefix++) {
                    int branch = 13 - kid - service - prefix;
                    if (branch < 1) {
                        continue;
                    }
                    int digits = digitsFor(kid, branch, service, prefix, sequence, validity);
                    assertThat(QrCapacity.smallestVersion(Mode.NUMERIC, digits))
                            .as("kid %d, branch %d, service %d, prefix %d", kid, branch, service, prefix)
                            .isLessThanOrEqualTo(6);
                }
            }
        }
    }

    @Test
    void largestPossibleTokenFitsVersion8() {
        int digits = digitsFor(KeyId.MAX_LENGTH, BranchId.MAX_LENGTH, ServiceCode.MAX_LENGTH,
                TicketNumber.MAX_PREFIX_LENGTH, 999_999, TicketClaims.MAX_VALIDITY);

        assertThat(Base10.encodedLength(TokenLayout.MAX_BYTES)).isEqualTo(digits).isEqualTo(304);
        assertThat(QrCapacity.smallestVersion(Mode.NUMERIC, digits)).isEqualTo(8);
        assertThat(digits).isLessThan(TicketToken.MAX_TEXT_LENGTH);
    }

    private static int digitsFor(int kid, int branch, int service, int prefix, int sequence, Duration validity) {
        TicketClaims claims = new TicketClaims(new TicketId(-1L, -1L), BranchId.of("B".repeat(branch)),
                ServiceCode.of("S".repeat(service)), TicketNumber.of("P".repeat(prefix), sequence, 6),
                Fixtures.NOW, Fixtures.NOW.plus(validity));
        byte[] signed = TokenLayout.signedPart(KeyId.of("k".repeat(kid)), claims);
        return Base10.encodedLength(signed.length + TokenLayout.SIGNATURE_BYTES);
    }
}
