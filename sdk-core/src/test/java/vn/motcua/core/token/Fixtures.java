package vn.motcua.core.token;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ServiceCode;
import vn.motcua.core.ticket.Ticket;
import vn.motcua.core.ticket.TicketId;
import vn.motcua.core.ticket.TicketNumber;

/** Builders of test values; every call returns new objects. */
final class Fixtures {

    /** 09:30 on 15 March 2025 in Ho Chi Minh City. */
    static final Instant NOW = Instant.parse("2025-03-15T02:30:00Z");
    static final KeyId KID = KeyId.of("k1");

    private Fixtures() {
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A typical ticket: branch CN01, service HT, number A012. */
    static Ticket ticket() {
        return Ticket.issue(new TicketId(0x0195_9A3C_1F00_1234L, 0x89AB_CDEF_0123_4567L), BranchId.of("CN01"),
                TicketNumber.of("A", 12, 3), ServiceCode.of("HT"), NOW);
    }

    /** A typical token: valid 10 hours (until the branch closes). */
    static TicketClaims claims() {
        return TicketClaims.of(ticket(), NOW, NOW.plus(Duration.ofHours(10)));
    }

    static TokenSigner signer(KeyPair keys) {
        return new TokenSigner(KID, keys.getPrivate(), clockAt(NOW));
    }

    static TokenVerifier verifier(KeyPair keys, Instant now) {
        return TokenVerifier.builder().trust(KID, keys.getPublic()).clock(clockAt(now)).build();
    }
}
