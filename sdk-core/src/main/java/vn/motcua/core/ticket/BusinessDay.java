package vn.motcua.core.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The business day: the local calendar date in Vietnam ({@code Asia/Ho_Chi_Minh}, UTC+7, no
 * daylight saving) on which a ticket is issued and its number series runs.
 *
 * <p>The zone is fixed and the zone of the {@link Clock} passed in is ignored: a kiosk whose
 * operating system is set to UTC still issues tickets for the Vietnamese date (from 17:00 to
 * 24:00 UTC, that is 00:00 to 07:00 in Vietnam, the UTC date is still the previous day). Never
 * take the date from {@code LocalDate.now()} on a device.
 */
public final class BusinessDay {

    /** {@code Asia/Ho_Chi_Minh}. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private BusinessDay() {
    }

    /** The business day at the current time of {@code clock}. */
    public static LocalDate today(Clock clock) {
        return of(Objects.requireNonNull(clock, "clock").instant());
    }

    /** The business day that contains {@code instant}. */
    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), ZONE);
    }

    /** The first instant of {@code day} (local midnight). */
    public static Instant start(LocalDate day) {
        return Objects.requireNonNull(day, "day").atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@code day} (the next local midnight), exclusive. */
    public static Instant end(LocalDate day) {
        return start(Objects.requireNonNull(day, "day").plusDays(1));
    }
}
