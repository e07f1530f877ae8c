package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallTest {

    private static final Instant AT = Instant.parse("2025-03-15T02:30:00Z");

    private static Ticket ticket() {
        return Ticket.issue(new TicketId(1, 2), BranchId.of("CN01"), TicketNumber.of("A", 12, 3),
                ServiceCode.of("HT"), AT.minusSeconds(600));
    }

    @Test
    void firstCallCopiesTheTicket() {
        Call call = Call.first(ticket(), CounterId.of("3"), AT);

        assertThat(call.ticketId()).isEqualTo(new TicketId(1, 2));
        assertThat(call.branch()).isEqualTo(BranchId.of("CN01"));
        assertThat(call.number().displayed()).isEqualTo("A012");
        assertThat(call.service()).isEqualTo(ServiceCode.of("HT"));
        assertThat(call.counter()).isEqualTo(CounterId.of("3"));
        assertThat(call.calledAt()).isEqualTo(AT);
        assertThat(call.attempt()).isEqualTo(1);
        assertThat(call.isRecall()).isFalse();
    }

    @Test
    void recallCountsAttempts() {
        Call first = Call.first(ticket(), CounterId.of("3"), AT);

        Call third = first.recall(AT.plusSeconds(30)).recall(AT.plusSeconds(60));

        assertThat(third.attempt()).isEqualTo(3);
        assertThat(third.isRecall()).isTrue();
        assertThat(third.calledAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(third.counter()).isEqualTo(first.counter());
        assertThatThrownBy(() -> third.recall(AT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("calledAt:");
    }

    @Test
    void rejectsBadComponentsNamingTheField() {
        Call c = Call.first(ticket(), CounterId.of("3"), AT);

        assertThatThrownBy(() -> new Call(c.ticketId(), c.branch(), c.number(), c.service(), c.counter(), c.calledAt(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("attempt:");
        assertThatThrownBy(() -> new Call(c.ticketId(), c.branch(), c.number(), c.service(), null, c.calledAt(), 1))
                .isInstanceOf(NullPointerException.class).hasMessage("counter");
    }
}
