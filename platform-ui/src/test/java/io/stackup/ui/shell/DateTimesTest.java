package io.stackup.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The screens' dates and times in the tenant's zone, daylight saving time included: Europe/Berlin moves its clocks on
 * 29 March 2026, America/New_York on 8 March 2026, so the two are five hours apart between those days and six after.
 */
class DateTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static DateTimes in(ZoneId zone) {
        return new DateTimes(zone, Locale.UK);
    }

    @Test
    void an_instant_reads_as_the_wall_clock_of_the_tenants_zone() {
        Instant instant = Instant.parse("2026-11-30T21:15:00Z");

        assertThat(in(ZoneId.of("UTC")).dateTime(instant)).isEqualTo("30 Nov 2026, 21:15");
        assertThat(in(BERLIN).dateTime(instant)).isEqualTo("30 Nov 2026, 22:15");
        assertThat(in(NEW_YORK).dateTime(instant)).isEqualTo("30 Nov 2026, 16:15");
        assertThat(in(ZoneId.of("Asia/Kolkata")).dateTime(instant)).isEqualTo("1 Dec 2026, 02:45");
    }

    @Test
    void daylight_saving_time_is_applied_on_each_zones_own_day() {
        Instant winterInBoth = Instant.parse("2026-03-01T12:00:00Z");
        Instant summerInNewYorkOnly = Instant.parse("2026-03-20T12:00:00Z");
        Instant beforeBerlinSwitches = Instant.parse("2026-03-29T00:30:00Z");
        Instant afterBerlinSwitches = Instant.parse("2026-03-29T01:30:00Z");

        assertThat(in(BERLIN).time(winterInBoth)).isEqualTo("13:00");
        assertThat(in(NEW_YORK).time(winterInBoth)).isEqualTo("07:00");
        assertThat(in(BERLIN).time(summerInNewYorkOnly)).isEqualTo("13:00");
        assertThat(in(NEW_YORK).time(summerInNewYorkOnly)).isEqualTo("08:00");
        assertThat(in(BERLIN).time(beforeBerlinSwitches)).isEqualTo("01:30");
        assertThat(in(BERLIN).time(afterBerlinSwitches)).isEqualTo("03:30");
        assertThat(in(NEW_YORK).dateTime(afterBerlinSwitches)).isEqualTo("28 Mar 2026, 21:30");
        assertThat(in(BERLIN).time(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("02:30");
        assertThat(in(BERLIN).time(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("02:30");
    }

    @Test
    void today_is_the_day_in_the_tenants_zone() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

        assertThat(in(BERLIN).today(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(in(NEW_YORK).today(lateEvening)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void the_locale_decides_the_words_and_order_not_the_zone() {
        Instant instant = Instant.parse("2026-11-30T21:15:00Z");

        // CLDR puts a narrow no-break space before PM.
        assertThat(new DateTimes(BERLIN, Locale.US).dateTime(instant)).isEqualTo("Nov 30, 2026, 10:15\u202fPM");
        assertThat(new DateTimes(BERLIN, Locale.UK).date(LocalDate.of(2026, 11, 30)))
                .isEqualTo("30 Nov 2026");
    }
}
