package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import vn.motcua.core.internal.token.Base10;
import vn.motcua.core.internal.token.TokenLayout;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ServiceCode;
import vn.motcua.core.ticket.TicketId;
import vn.motcua.core.ticket.TicketNumber;
import vn.motcua.core.token.VerificationResult.Failure;
import vn.motcua.core.token.VerificationResult.Invalid;

class TokenPropertiesTest {

    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

    private final KeyPair keys = Ed25519Keys.generate();

    @Property(tries = 300)
    void anyClaimsRoundTripThroughSignAndVerify(@ForAll("keyIds") KeyId keyId, @ForAll("claims") TicketClaims claims) {
        TokenSigner signer = new TokenSigner(keyId, keys.getPrivate(), Fixtures.clockAt(Fixtures.NOW));
        TokenVerifier verifier = TokenVerifier.builder().trust(keyId, keys.getPublic())
                .clock(Fixtures.clockAt(claims.issuedAt())).build();

        TicketToken token = signer.sign(claims);
        VerificationResult result = verifier.verify(token.encoded());

        assertThat(result).isInstanceOf(VerificationResult.Valid.class);
        assertThat(((VerificationResult.Valid) result).claims()).isEqualTo(claims);
        assertThat(((VerificationResult.Valid) result).token().keyId()).isEqualTo(keyId);
        assertThat(token.length()).isLessThanOrEqualTo(Base10.encodedLength(TokenLayout.MAX_BYTES));
    }

    @Property(tries = 2000)
    void verifyNeverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 700) String text) {
        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW).verify(text);

        assertThat(result.isValid()).isFalse();
    }

    @Property(tries = 2000)
    void verifyNeverThrowsOnArbitraryDigitStrings(@ForAll("digits") String text) {
        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW).verify(text);

        assertThat(result.isValid()).isFalse();
    }

    @Property(tries = 2000)
    void verifyNeverThrowsOnArbitraryBytesBehindAValidMarker(@ForAll @Size(min = 1, max = 140) byte[] bytes) {
        bytes[0] = (byte) (TokenLayout.MARKER | TokenLayout.VERSION);

        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW).verify(Base10.encode(bytes));

        assertThat(result.isValid()).isFalse();
    }

    @Property(tries = 300)
    void arbitrarySignatureOnAWellFormedTokenIsBadSignature(@ForAll @Size(value = 64) byte[] signature) {
        byte[] signed = TokenLayout.signedPart(Fixtures.KID, Fixtures.claims());

        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW)
                .verify(Base10.encode(TokenLayout.join(signed, signature)));

        assertThat(result).isInstanceOf(Invalid.class);
        assertThat(((Invalid) result).failure()).isEqualTo(Failure.BAD_SIGNATURE);
    }

    @Property(tries = 1000)
    void validTokenWithRandomBytesOverwrittenNeverVerifies(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(max = 99) Integer> positions,
            @ForAll byte value) {
        byte[] bytes = Fixtures.signer(keys).sign(Fixtures.claims()).toBytes();
        boolean changed = false;
        for (int p : positions) {
            changed |= bytes[p] != value;
            bytes[p] = value;
        }
        Assume.that(changed);

        VerificationResult result = Fixtures.verifier(keys, Fixtures.NOW).verify(Base10.encode(bytes));

        assertThat(result.isValid()).isFalse();
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(400);
    }

    @Provide
    Arbitrary<KeyId> keyIds() {
        return Arbitraries.strings().withChars(ID_CHARS).ofMinLength(1).ofMaxLength(KeyId.MAX_LENGTH).map(KeyId::of);
    }

    @Provide
    Arbitrary<TicketClaims> claims() {
        Arbitrary<TicketId> ids = Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(TicketId::new);
        Arbitrary<BranchId> branches = Arbitraries.strings().withChars(ID_CHARS)
                .ofMinLength(1).ofMaxLength(BranchId.MAX_LENGTH).map(BranchId::of);
        Arbitrary<ServiceCode> services = Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMaxLength(ServiceCode.MAX_LENGTH - 1))
                .as((first, rest) -> ServiceCode.of(first + rest));
        Arbitrary<TicketNumber> numbers = Arbitraries.integers().between(1, TicketNumber.MAX_WIDTH).flatMap(width ->
                Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofMaxLength(TicketNumber.MAX_PREFIX_LENGTH),
                        Arbitraries.integers().between(0, (int) Math.pow(10, width) - 1))
                        .as((prefix, seq) -> TicketNumber.of(prefix, seq, width)));
        Arbitrary<Instant> issued = Arbitraries.longs().between(0, TicketClaims.MAX_EPOCH_SECOND).map(Instant::ofEpochSecond);
        Arbitrary<Duration> validity = Arbitraries.longs().between(1, TicketClaims.MAX_VALIDITY.getSeconds())
                .map(Duration::ofSeconds);
        return Combinators.combine(ids, branches, services, numbers, issued, validity)
                .as((id, branch, service, number, at, valid) ->
                        new TicketClaims(id, branch, service, number, at, at.plus(valid)));
    }
}
