package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final TicketId ID = new TicketId(0x0195_9A3C_1F00_1234L, 42);
    private static final Instant LATE_EVENING_UTC = Instant.parse("2025-03-14T18:00:00Z");

    private static Ticket.Builder builder() {
        return Ticket.builder().id(ID).branch(BranchId.of("CN01")).number(TicketNumber.of("A", 12, 3))
                .service(ServiceCode.of("HT")).issuedAt(LATE_EVENING_UTC);
    }

    @Test
    void builderDefaultsAndLocalBusinessDay() {
        Ticket ticket = builder().build();

        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.priority()).isEqualTo(PriorityClass.NORMAL);
        assertThat(ticket.reference()).isEmpty();
        // 18:00 UTC on the 14th is 01:00 on the 15th in Vietnam.
        assertThat(ticket.businessDay()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(Ticket.issue(ID, ticket.branch(), ticket.number(), ticket.service(), LATE_EVENING_UTC))
                .isEqualTo(ticket);
    }

    @Test
    void builderTakesEveryField() {
        Ticket ticket = builder().priority(PriorityClass.ELDERLY).status(TicketStatus.CALLED)
                .businessDay(LocalDate.of(2025, 3, 20)).reference(TicketReference.appointment("LH-0042")).build();

        assertThat(ticket.priority()).isEqualTo(PriorityClass.ELDERLY);
        assertThat(ticket.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(ticket.businessDay()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(ticket.reference()).contains(new TicketReference(TicketReference.Kind.APPOINTMENT, "LH-0042"));
    }

    @Test
    void builderNamesTheMissingField() {
        assertThatThrownBy(() -> Ticket.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("id: is required");
        assertThatThrownBy(() -> builder().service(null).build()).hasMessage("service: is required");
        assertThatThrownBy(() -> builder().issuedAt(null).build()).hasMessage("issuedAt: is required");
    }

    @Test
    void constructorRejectsNullNamingTheField() {
        Ticket t = builder().build();

        assertThatThrownBy(() -> new Ticket(t.id(), t.branch(), t.number(), t.service(), t.priority(), t.status(),
                t.issuedAt(), t.businessDay(), null)).isInstanceOf(NullPointerException.class).hasMessage("reference");
        assertThatThrownBy(() -> new Ticket(t.id(), null, t.number(), t.service(), t.priority(), t.status(),
                t.issuedAt(), t.businessDay(), Optional.empty())).hasMessage("branch");
    }

    @Test
    void withStatusFollowsTheTransitionTable() {
        Ticket waiting = builder().build();

        Ticket done = waiting.withStatus(TicketStatus.CALLED).withStatus(TicketStatus.SERVING).withStatus(TicketStatus.DONE);

        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.id()).isEqualTo(waiting.id());
        assertThat(waiting.status()).isEqualTo(TicketStatus.WAITING);
        assertThatThrownBy(() -> waiting.withStatus(TicketStatus.DONE)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("status:").hasMessageContaining("A012", "WAITING", "DONE");
        assertThatThrownBy(() -> done.withStatus(TicketStatus.WAITING)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void referenceRefusesValuesShapedLikePersonalData() {
        assertThat(TicketReference.dossier("000.00.23.H29-240315-0001").kind()).isEqualTo(TicketReference.Kind.DOSSIER);

        assertThatThrownBy(() -> TicketReference.appointment("CCCD079090012345"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reference:")
                .hasMessageNotContaining("079090012345");
        assertThatThrownBy(() -> TicketReference.appointment("0912345678")).hasMessageStartingWith("reference:");
        assertThatThrownBy(() -> TicketReference.appointment("LH 42")).hasMessageStartingWith("reference:");
        assertThatThrownBy(() -> TicketReference.appointment("hẹn-42")).hasMessageStartingWith("reference:");
        assertThatThrownBy(() -> TicketReference.appointment("")).hasMessageStartingWith("reference:");
        assertThatThrownBy(() -> TicketReference.appointment("x".repeat(65))).hasMessageStartingWith("reference:");
        assertThat(TicketReference.appointment("12345678-12345678").value()).isEqualTo("12345678-12345678");
    }
}
