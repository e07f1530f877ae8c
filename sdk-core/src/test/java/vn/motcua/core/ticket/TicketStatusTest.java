package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.ticket.TicketStatus.CALLED;
import static vn.motcua.core.ticket.TicketStatus.CANCELLED;
import static vn.motcua.core.ticket.TicketStatus.DONE;
import static vn.motcua.core.ticket.TicketStatus.EXPIRED;
import static vn.motcua.core.ticket.TicketStatus.NO_SHOW;
import static vn.motcua.core.ticket.TicketStatus.SERVING;
import static vn.motcua.core.ticket.TicketStatus.TRANSFERRED;
import static vn.motcua.core.ticket.TicketStatus.WAITING;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketStatusTest {

    /** The table in TicketStatus's Javadoc, written out independently. */
    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = Map.of(
            WAITING, EnumSet.of(CALLED, TRANSFERRED, CANCELLED, EXPIRED),
            CALLED, EnumSet.of(SERVING, NO_SHOW, WAITING, TRANSFERRED, CANCELLED, EXPIRED),
            SERVING, EnumSet.of(DONE, WAITING, TRANSFERRED, CANCELLED, EXPIRED),
            NO_SHOW, EnumSet.of(CALLED, WAITING, TRANSFERRED, CANCELLED, EXPIRED),
            DONE, EnumSet.noneOf(TicketStatus.class),
            TRANSFERRED, EnumSet.noneOf(TicketStatus.class),
            CANCELLED, EnumSet.noneOf(TicketStatus.class),
            EXPIRED, EnumSet.noneOf(TicketStatus.class));

    @Test
    void everyPairFollowsTheDocumentedTable() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void terminalMeansNoWayOut() {
        assertThat(EnumSet.allOf(TicketStatus.class)).filteredOn(TicketStatus::isTerminal)
                .containsExactlyInAnyOrder(DONE, TRANSFERRED, CANCELLED, EXPIRED);
        for (TicketStatus s : TicketStatus.values()) {
            assertThat(s.isTerminal()).as(s.name()).isEqualTo(ALLOWED.get(s).isEmpty());
        }
    }

    @Test
    void nullTargetIsACallerMistake() {
        assertThatThrownBy(() -> WAITING.canMoveTo(null)).isInstanceOf(NullPointerException.class).hasMessage("next");
    }
}
