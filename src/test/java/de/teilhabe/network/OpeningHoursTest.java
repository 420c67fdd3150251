package de.teilhabe.network;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import de.teilhabe.network.OpeningHours.State;
import de.teilhabe.network.PublicHolidays.Holiday;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The weekly hours as written on the form and stored, „open now“ in Berlin at fixed
 * clocks (also on the days the clocks change), and the statutory holidays of
 * Niedersachsen with Easter computed.
 */
class OpeningHoursTest {

	/** Now, for a fixed clock (the pages take the application's {@link Clock}). */
	private static ZonedDateTime at(String instant) {
		return ZonedDateTime.now(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
	}

	@Test
	void theFormsWaysOfWritingAreStoredInOneWay() {
		OpeningHours hours = OpeningHours.parse("Mo–Fr 9–12 Uhr\nDi, Do 14:00-16:30\n\nSa 10.00 - 13.00");
		assertThat(hours.text()).isEqualTo("Mo 09:00-12:00\nDi 09:00-12:00, 14:00-16:30\nMi 09:00-12:00\n"
				+ "Do 09:00-12:00, 14:00-16:30\nFr 09:00-12:00\nSa 10:00-13:00");
		assertThat(OpeningHours.parse(hours.text())).isEqualTo(hours);
		assertThat(hours.on(DayOfWeek.TUESDAY)).hasSize(2);
		assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
		// English day names, "and", overlapping ranges merged, up to 24:00
		assertThat(OpeningHours.parse("Tu and Th 15-18, 17-19\nSu 20:00-24:00").text())
			.isEqualTo("Di 15:00-19:00\nDo 15:00-19:00\nSo 20:00-24:00");
		assertThat(OpeningHours.parse("Montag 08:30-12:45").text()).isEqualTo("Mo 08:30-12:45");
		assertThat(OpeningHours.parse("").isEmpty()).isTrue();
		assertThat(OpeningHours.parse(null).text()).isEmpty();
	}

	@Test
	void whatCannotBeReadIsRefused() {
		for (String wrong : List.of("Mo", "09:00-12:00", "Xy 09:00-12:00", "Mo 12:00-09:00", "Mo 09:00-09:00",
				"Mo 25:00-26:00", "Mo 09:60-10:00", "Mo 23:00-24:30", "Fr-Mo 09:00-12:00", "Mo 9 bis 12",
				"Mo 09:00-12:00 und abends", "Mo \u0000 09:00-12:00", "Mo ٠٩:٠٠-١٢:٠٠", "Mo 09:00-12:00".repeat(100))) {
			assertThat(OpeningHours.valid(wrong)).as(wrong).isFalse();
			assertThatThrownBy(() -> OpeningHours.parse(wrong)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void openNowWithTheNextOpeningToday() {
		OpeningHours hours = OpeningHours.parse("Mo-Do 09:00-12:00\nDi, Do 14:00-16:00");
		// Tuesday 8 December 2026, Berlin is UTC+1 in winter
		assertThat(hours.at(at("2026-12-08T07:59:00Z"))).isEqualTo(new State(false, null, null, "09:00"));
		assertThat(hours.at(at("2026-12-08T08:00:00Z"))).isEqualTo(new State(true, null, "12:00", null));
		assertThat(hours.at(at("2026-12-08T10:59:00Z"))).isEqualTo(new State(true, null, "12:00", null));
		assertThat(hours.at(at("2026-12-08T11:00:00Z"))).isEqualTo(new State(false, null, null, "14:00"));
		assertThat(hours.at(at("2026-12-08T14:30:00Z"))).isEqualTo(new State(true, null, "16:00", null));
		assertThat(hours.at(at("2026-12-08T15:00:00Z"))).isEqualTo(new State(false, null, null, null));
		// Friday: closed all day; 23:30 UTC on Monday is already Tuesday in Berlin
		assertThat(hours.openAt(at("2026-12-11T09:00:00Z"))).isFalse();
		assertThat(hours.at(at("2026-12-07T23:30:00Z"))).isEqualTo(new State(false, null, null, "09:00"));
		// summer: UTC+2
		assertThat(hours.openAt(at("2026-06-09T07:30:00Z"))).isTrue();
		assertThat(hours.openAt(at("2026-06-09T06:30:00Z"))).isFalse();
		assertThat(OpeningHours.parse("So 20:00-24:00").openAt(at("2026-12-13T22:59:00Z"))).isTrue();
		assertThat(OpeningHours.NONE.openAt(at("2026-12-08T10:00:00Z"))).isFalse();
	}

	@Test
	void theDaysTheClocksChange() {
		// 29 March 2026: 02:00 CET becomes 03:00 CEST
		OpeningHours spring = OpeningHours.parse("So 01:00-02:30, 03:00-04:00");
		assertThat(spring.at(at("2026-03-28T23:30:00Z"))).isEqualTo(new State(false, null, null, "01:00"));
		assertThat(spring.at(at("2026-03-29T00:30:00Z"))).isEqualTo(new State(true, null, "02:30", null));
		assertThat(spring.at(at("2026-03-29T01:00:00Z"))).as("03:00 CEST, right after 01:59 CET")
			.isEqualTo(new State(true, null, "04:00", null));
		assertThat(spring.openAt(at("2026-03-29T01:59:00Z"))).isTrue();
		assertThat(spring.openAt(at("2026-03-29T02:00:00Z"))).as("04:00 CEST").isFalse();
		// 25 October 2026: 03:00 CEST becomes 02:00 CET; the hour from 02:00 comes twice
		OpeningHours autumn = OpeningHours.parse("So 02:00-03:00");
		assertThat(autumn.at(at("2026-10-24T23:59:00Z"))).isEqualTo(new State(false, null, null, "02:00"));
		assertThat(autumn.openAt(at("2026-10-25T00:30:00Z"))).as("02:30 CEST").isTrue();
		assertThat(autumn.openAt(at("2026-10-25T01:30:00Z"))).as("02:30 CET").isTrue();
		assertThat(autumn.openAt(at("2026-10-25T02:00:00Z"))).as("03:00 CET").isFalse();
	}

	@Test
	void aHolidayClosesThePlace() {
		OpeningHours always = OpeningHours.parse("Mo-So 00:00-24:00");
		// Easter Monday 2027 (29 March), 10:00 CEST
		assertThat(always.at(at("2027-03-29T08:00:00Z")))
			.isEqualTo(new State(false, Holiday.EASTER_MONDAY, null, null));
		assertThat(always.openAt(at("2027-03-30T08:00:00Z"))).isTrue();
		// Christmas Eve is no holiday, Christmas Day is
		assertThat(always.openAt(at("2026-12-24T10:00:00Z"))).isTrue();
		assertThat(always.at(at("2026-12-25T10:00:00Z")).holiday()).isEqualTo(Holiday.CHRISTMAS_DAY);
		// a place closed that day anyway names no holiday
		assertThat(OpeningHours.parse("Sa 10-12").at(at("2026-12-25T10:00:00Z")).holiday()).isNull();
	}

	@Test
	void easterSundayOfSeveralYears() {
		assertThat(PublicHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
		assertThat(PublicHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
		assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(PublicHolidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
		assertThat(PublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
		assertThat(PublicHolidays.easterSunday(2285)).as("the earliest date").isEqualTo(LocalDate.of(2285, 3, 22));
	}

	@Test
	void theHolidaysOfNiedersachsenIn2026() {
		List<String> holidays = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
			LocalDate date = day;
			PublicHolidays.of(day).ifPresent((holiday) -> holidays.add(date + " " + holiday));
		}
		assertThat(holidays).containsExactly("2026-01-01 NEW_YEAR", "2026-04-03 GOOD_FRIDAY",
				"2026-04-06 EASTER_MONDAY", "2026-05-01 LABOUR_DAY", "2026-05-14 ASCENSION_DAY",
				"2026-05-25 WHIT_MONDAY", "2026-10-03 GERMAN_UNITY_DAY", "2026-10-31 REFORMATION_DAY",
				"2026-12-25 CHRISTMAS_DAY", "2026-12-26 BOXING_DAY");
		// Reformationstag since 2018 only; Easter Sunday and Whit Sunday are Sundays, no
		// statutory holidays
		assertThat(PublicHolidays.of(LocalDate.of(2016, 10, 31))).isEmpty();
		assertThat(PublicHolidays.of(LocalDate.of(2027, 3, 28))).isEmpty();
		assertThat(PublicHolidays.of(LocalDate.of(2027, 5, 6))).contains(Holiday.ASCENSION_DAY);
		assertThat(PublicHolidays.of(LocalDate.of(2027, 5, 17))).contains(Holiday.WHIT_MONDAY);
		assertThat(PublicHolidays.of(LocalDate.of(2027, 3, 26))).contains(Holiday.GOOD_FRIDAY);
	}

}
