package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.ticket.CodesTest.reason;

import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void displaysPrefixAndZeroPaddedSequence() {
        assertThat(TicketNumber.of("A", 12, 3).displayed()).isEqualTo("A012");
        assertThat(TicketNumber.of("", 1001, 4).toString()).isEqualTo("1001");
        assertThat(TicketNumber.of("HT", 0, 1).displayed()).isEqualTo("HT0");
        assertThat(TicketNumber.of("ABC", 999_999, 6).displayed()).isEqualTo("ABC999999");
    }

    @Test
    void parseReadsBackWhatIsDisplayed() {
        assertThat(TicketNumber.parse("A012").orElseThrow()).isEqualTo(TicketNumber.of("A", 12, 3));
        assertThat(TicketNumber.parse("1001").orElseThrow()).isEqualTo(TicketNumber.of("", 1001, 4));
        assertThat(TicketNumber.parse("DD0005").orElseThrow().withSequence(6).displayed()).isEqualTo("DD0006");
    }

    @Test
    void parseRejectsWithTypedReasons() {
        assertThat(reason(TicketNumber.parse(""))).isEqualTo(ParseResult.Reason.EMPTY);
        assertThat(reason(TicketNumber.parse("A"))).isEqualTo(ParseResult.Reason.INVALID_FORMAT);
        assertThat(reason(TicketNumber.parse("ABCD12"))).isEqualTo(ParseResult.Reason.INVALID_FORMAT);
        assertThat(reason(TicketNumber.parse("A1234567"))).isEqualTo(ParseResult.Reason.INVALID_FORMAT);
        assertThat(reason(TicketNumber.parse("a012"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        assertThat(reason(TicketNumber.parse("A01B"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        assertThat(reason(TicketNumber.parse("A\u0661\u0662"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        assertThat(reason(TicketNumber.parse("A".repeat(50)))).isEqualTo(ParseResult.Reason.TOO_LONG);
    }

    @Test
    void constructorNamesTheOffendingField() {
        assertThatThrownBy(() -> TicketNumber.of("A", 1000, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sequence:");
        assertThatThrownBy(() -> TicketNumber.of("A", -1, 3)).hasMessageStartingWith("sequence:");
        assertThatThrownBy(() -> TicketNumber.of("A", 1, 0)).hasMessageStartingWith("width:");
        assertThatThrownBy(() -> TicketNumber.of("A", 1, 7)).hasMessageStartingWith("width:");
        assertThatThrownBy(() -> TicketNumber.of("ABCD", 1, 3)).hasMessageStartingWith("prefix:");
        assertThatThrownBy(() -> TicketNumber.of("Đ", 1, 3)).hasMessageStartingWith("prefix:");
        assertThatThrownBy(() -> TicketNumber.of("1", 1, 3)).hasMessageStartingWith("prefix:");
        assertThatThrownBy(() -> TicketNumber.of(null, 1, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("prefix");
    }
}
