package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.ticket.CodesTest.reason;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketIdTest {

    private static final Instant NOW = Instant.parse("2025-03-15T02:30:00.123Z");

    @Test
    void textFormOfKnownValues() {
        assertThat(new TicketId(0, 0).toString()).isEqualTo("00000000000000000000000000");
        assertThat(new TicketId(-1L, -1L).toString()).isEqualTo("7ZZZZZZZZZZZZZZZZZZZZZZZZZ");
        // Timestamp 1 ms, no random bits: the time occupies the first 10 characters.
        assertThat(new TicketId(1L << 16, 0).toString()).isEqualTo("00000000010000000000000000");
        assertThat(new TicketId(0, 31).toString()).endsWith("0Z");
    }

    @Test
    void generatedIdCarriesTheClockTimeAndRoundTrips() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        TicketId id = TicketId.generate(clock, new Random(7));

        assertThat(id.timestamp()).isEqualTo(NOW);
        assertThat(id.toString()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(TicketId.of(id.toString())).isEqualTo(id);
        assertThat(TicketId.of(id.toString().toLowerCase())).isEqualTo(id);
        assertThat(TicketId.fromBytes(id.toBytes())).isEqualTo(id);
    }

    @Test
    void idsFromTheSecureDefaultAreUnique() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Set<TicketId> ids = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            ids.add(TicketId.generate(clock));
        }

        assertThat(ids).hasSize(1000);
    }

    @Test
    void orderFollowsTimeThenBitsUnsigned() {
        TicketId early = TicketId.generate(Clock.fixed(NOW, ZoneOffset.UTC), new Random(1));
        TicketId late = TicketId.generate(Clock.fixed(NOW.plusMillis(1), ZoneOffset.UTC), new Random(1));

        assertThat(early).isLessThan(late);
        assertThat(early.toString()).isLessThan(late.toString());
        assertThat(new TicketId(0, -1L)).isGreaterThan(new TicketId(0, 1));
    }

    @Test
    void parseRejectsWithTypedReasons() {
        assertThat(reason(TicketId.parse(null))).isEqualTo(ParseResult.Reason.EMPTY);
        assertThat(reason(TicketId.parse("01ARZ3NDEK"))).isEqualTo(ParseResult.Reason.INVALID_FORMAT);
        assertThat(reason(TicketId.parse("0".repeat(25) + "U"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        assertThat(reason(TicketId.parse("0".repeat(25) + "I"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        assertThat(reason(TicketId.parse("8" + "0".repeat(25)))).isEqualTo(ParseResult.Reason.OUT_OF_RANGE);
        assertThat(reason(TicketId.parse("0".repeat(25) + "é"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        assertThatThrownBy(() -> TicketId.of("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ticketId:");
    }

    @Test
    void failureMessagesNeverShowACitizenIdCrossingTheExcerptCut() {
        String id = "079090012345";
        // 14 letters then the ID: the excerpt of 24 characters cuts the ID after 10 digits.
        ParseResult<TicketId> outOfRange = TicketId.parse("ABCDEFGHJKMNPQ" + id);
        // 13 characters, the ID, then a bad character: the cut falls after 11 digits.
        ParseResult<TicketId> badCharacter = TicketId.parse("0BCDEFGHJKMNP" + id + "U");

        assertThat(reason(outOfRange)).isEqualTo(ParseResult.Reason.OUT_OF_RANGE);
        assertThat(reason(badCharacter)).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        for (ParseResult<TicketId> result : List.of(outOfRange, badCharacter)) {
            String message = ((ParseResult.Failure<TicketId>) result).message();
            assertThat(message).startsWith("ticketId:").contains("********").doesNotContainPattern("[0-9]{5}");
            for (int i = 0; i + 5 <= id.length(); i++) {
                assertThat(message).doesNotContain(id.substring(i, i + 5));
            }
        }
        assertThat(((ParseResult.Failure<TicketId>) outOfRange).message())
                .endsWith("\"ABCDEFGHJKMNPQ********23...\"");
    }

    @Test
    void rejectsClocksOutsideTheUlidRange() {
        Clock beforeEpoch = Clock.fixed(Instant.parse("1969-12-31T23:59:59Z"), ZoneOffset.UTC);

        assertThatThrownBy(() -> TicketId.generate(beforeEpoch)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("clock:");
        assertThatThrownBy(() -> TicketId.fromBytes(new byte[15])).hasMessageStartingWith("ticketId:");
    }
}
