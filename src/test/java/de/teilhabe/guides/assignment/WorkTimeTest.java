package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time spent and kilometres as German users type them.
 */
class WorkTimeTest {

	@Test
	void readsHoursAndMinutesAsTyped() {
		assertThat(WorkTime.minutes("1:30")).hasValue(90);
		assertThat(WorkTime.minutes("0:45")).hasValue(45);
		assertThat(WorkTime.minutes("1,5")).hasValue(90);
		assertThat(WorkTime.minutes("1.5")).hasValue(90);
		assertThat(WorkTime.minutes("2")).hasValue(120);
		assertThat(WorkTime.minutes("2 h")).hasValue(120);
		assertThat(WorkTime.minutes("2 Std.")).hasValue(120);
		assertThat(WorkTime.minutes("2 Stunden")).hasValue(120);
		assertThat(WorkTime.minutes("90 min")).hasValue(90);
		assertThat(WorkTime.minutes("90 Minuten")).hasValue(90);
		assertThat(WorkTime.minutes("1 h 30")).hasValue(90);
		assertThat(WorkTime.minutes("1 Std. 30 Min.")).hasValue(90);
		assertThat(WorkTime.minutes("1 Stunde und 15 Minuten")).hasValue(75);
		assertThat(WorkTime.minutes(" 1:30 h ")).hasValue(90);
		assertThat(WorkTime.minutes("0,25")).hasValue(15);
	}

	@Test
	void refusesWhatItCannotRead() {
		for (String typed : new String[] { "", "anderthalb", "1:75", "1 h 75", "-1", "1,5,5", "90 sek",
				"x".repeat(50) }) {
			assertThat(WorkTime.minutes(typed)).as(typed).isEqualTo(OptionalInt.empty());
		}
		assertThat(WorkTime.minutes(null)).isEmpty();
	}

	@Test
	void readsKilometresWithADecimalComma() {
		assertThat(WorkTime.kilometres("12,5")).isEqualByComparingTo("12.5");
		assertThat(WorkTime.kilometres("12.5 km")).isEqualByComparingTo("12.5");
		assertThat(WorkTime.kilometres("7")).isEqualByComparingTo("7");
		assertThat(WorkTime.kilometres("12,50")).isEqualByComparingTo("12.5");
		assertThat(WorkTime.kilometres("12,55")).isNull();
		assertThat(WorkTime.kilometres("zwölf")).isNull();
		assertThat(WorkTime.kilometres("-3")).isNull();
		assertThat(WorkTime.kilometres(new BigDecimal("12.5"), Locale.GERMAN)).isEqualTo("12,5");
		assertThat(WorkTime.kilometres(new BigDecimal("12.5"), Locale.ENGLISH)).isEqualTo("12.5");
		assertThat(WorkTime.clock(135)).isEqualTo("2:15");
	}

}
