package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.core.ticket.Ticket;

class TicketClaimsTest {

    @Test
    void copiesTheTicketAndTruncatesTimesToSeconds() {
        Ticket ticket = Fixtures.ticket();
        Instant issued = Instant.parse("2025-03-15T02:30:00.999Z");

        TicketClaims claims = TicketClaims.of(ticket, issued, issued.plus(Duration.ofHours(1)));

        assertThat(claims.ticketId()).isEqualTo(ticket.id());
        assertThat(claims.branch()).isEqualTo(ticket.branch());
        assertThat(claims.service()).isEqualTo(ticket.service());
        assertThat(claims.number()).isEqualTo(ticket.number());
        assertThat(claims.issuedAt()).isEqualTo(Instant.parse("2025-03-15T02:30:00Z"));
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2025-03-15T03:30:00Z"));
        assertThat(claims.validity()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void rejectsBadTimesNamingTheField() {
        Ticket ticket = Fixtures.ticket();
        Instant now = Fixtures.NOW;

        assertThatThrownBy(() -> TicketClaims.of(ticket, now, now))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expiresAt:");
        assertThatThrownBy(() -> TicketClaims.of(ticket, now, now.plusMillis(999)))
                .hasMessageStartingWith("expiresAt:");
        assertThatThrownBy(() -> TicketClaims.of(ticket, now, now.plus(Duration.ofDays(367))))
                .hasMessageStartingWith("expiresAt:");
        assertThatThrownBy(() -> TicketClaims.of(ticket, Instant.ofEpochSecond(-1), now))
                .hasMessageStartingWith("issuedAt:");
        assertThatThrownBy(() -> TicketClaims.of(ticket, Instant.ofEpochSecond(1L << 32), Instant.ofEpochSecond((1L << 32) + 5)))
                .hasMessageStartingWith("issuedAt:");
        assertThatThrownBy(() -> TicketClaims.of(ticket, null, now))
                .isInstanceOf(NullPointerException.class).hasMessage("issuedAt");
    }

    @Test
    void acceptsTheExtremesOfTheRanges() {
        Ticket ticket = Fixtures.ticket();
        Instant last = Instant.ofEpochSecond(TicketClaims.MAX_EPOCH_SECOND);

        assertThat(TicketClaims.of(ticket, last, last.plus(TicketClaims.MAX_VALIDITY)).validity())
                .isEqualTo(TicketClaims.MAX_VALIDITY);
        assertThat(TicketClaims.of(ticket, Instant.EPOCH, Instant.ofEpochSecond(1)).validity())
                .isEqualTo(Duration.ofSeconds(1));
    }
}
