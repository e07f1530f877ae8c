package vn.motcua.benchmarks.token;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ServiceCode;
import vn.motcua.core.ticket.Ticket;
import vn.motcua.core.ticket.TicketId;
import vn.motcua.core.ticket.TicketNumber;
import vn.motcua.core.token.Ed25519Keys;
import vn.motcua.core.token.KeyId;
import vn.motcua.core.token.TicketClaims;
import vn.motcua.core.token.TicketToken;
import vn.motcua.core.token.TokenSigner;
import vn.motcua.core.token.TokenVerifier;
import vn.motcua.core.token.VerificationResult;

/**
 * Signing and verifying a typical ticket token, against the JDK's bare Ed25519 on the same
 * signed bytes in the same run: {@code sign / jdkSign} and {@code verify / jdkVerify} are the
 * token layer's overhead (layout, decimal text, parsing, time checks). The {@code Reused}
 * baselines keep one {@link Signature} per thread, to show what {@code Signature.getInstance}
 * costs; {@code rejectMalformed} shows that garbage is turned away without any cryptography.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class TokenBenchmark {

    private static final Instant NOW = Instant.parse("2025-03-15T02:30:00Z");

    private KeyPair keys;
    private TokenSigner signer;
    private TokenVerifier verifier;
    private TicketClaims claims;
    private String text;
    private byte[] signedPart;
    private byte[] signature;
    private Signature reusedSigner;
    private Signature reusedVerifier;
    private String garbage;

    @Setup
    public void setUp() throws GeneralSecurityException {
        keys = Ed25519Keys.generate();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        KeyId keyId = KeyId.of("k1");
        signer = new TokenSigner(keyId, keys.getPrivate(), clock);
        verifier = TokenVerifier.builder().trust(keyId, keys.getPublic()).clock(clock).build();
        Ticket ticket = Ticket.issue(TicketId.generate(clock), BranchId.of("CN01"), TicketNumber.of("A", 12, 3),
                ServiceCode.of("HT"), NOW);
        claims = TicketClaims.of(ticket, NOW, NOW.plus(Duration.ofHours(10)));
        TicketToken token = signer.sign(claims);
        text = token.encoded();
        byte[] bytes = token.toBytes();
        signedPart = Arrays.copyOf(bytes, bytes.length - 64);
        signature = Arrays.copyOfRange(bytes, bytes.length - 64, bytes.length);
        reusedSigner = Signature.getInstance("Ed25519");
        reusedSigner.initSign(keys.getPrivate());
        reusedVerifier = Signature.getInstance("Ed25519");
        reusedVerifier.initVerify(keys.getPublic());
        garbage = "079090012345|123456789|Nguyen Van An|01011990|Nam|";
        if (!verifier.verify(text).isValid()) {
            throw new IllegalStateException("benchmark token does not verify");
        }
    }

    @Benchmark
    public TicketToken sign() {
        return signer.sign(claims);
    }

    @Benchmark
    public VerificationResult verify() {
        return verifier.verify(text);
    }

    @Benchmark
    public byte[] jdkSign() throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(keys.getPrivate());
        s.update(signedPart);
        return s.sign();
    }

    @Benchmark
    public boolean jdkVerify() throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(keys.getPublic());
        s.update(signedPart);
        return s.verify(signature);
    }

    @Benchmark
    public byte[] jdkSignReused() throws GeneralSecurityException {
        reusedSigner.update(signedPart);
        return reusedSigner.sign();
    }

    @Benchmark
    public boolean jdkVerifyReused() throws GeneralSecurityException {
        reusedVerifier.update(signedPart);
        return reusedVerifier.verify(signature);
    }

    @Benchmark
    public VerificationResult rejectMalformed() {
        return verifier.verify(garbage);
    }
}
