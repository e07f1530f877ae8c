package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessDayTest {

    @Test
    void usesVietnameseDateWhateverTheClockZone() {
        Instant lateUtc = Instant.parse("2025-03-14T17:30:00Z");

        assertThat(BusinessDay.today(Clock.fixed(lateUtc, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(BusinessDay.today(Clock.fixed(lateUtc, ZoneId.of("America/New_York"))))
                .isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(BusinessDay.of(Instant.parse("2025-03-14T16:59:59Z"))).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void dayRunsFromLocalMidnightToLocalMidnight() {
        LocalDate day = LocalDate.of(2025, 3, 15);

        assertThat(BusinessDay.start(day)).isEqualTo(Instant.parse("2025-03-14T17:00:00Z"));
        assertThat(BusinessDay.end(day)).isEqualTo(Instant.parse("2025-03-15T17:00:00Z"));
        assertThat(BusinessDay.of(BusinessDay.start(day))).isEqualTo(day);
        assertThat(BusinessDay.of(BusinessDay.end(day).minusNanos(1))).isEqualTo(day);
        assertThat(BusinessDay.ZONE.getId()).isEqualTo("Asia/Ho_Chi_Minh");
    }
}
