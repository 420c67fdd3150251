package de.teilhabe.monitoring.statistics.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

	@ParameterizedTest
	@CsvSource({ "2019,YEAR,2019", "2007-06,MONTH,2007-06", "Juni 2007,MONTH,2007-06", "März 2020,MONTH,2020-03",
			"2022-05-15,DATE,2022-05-15", "15.05.2022,DATE,2022-05-15", "31.12.2019,DATE,2019-12-31",
			"2015/16,SCHOOL_YEAR,2015/16", "2015/2016,SCHOOL_YEAR,2015/16", "1999/00,SCHOOL_YEAR,1999/00",
			"' 2019 ',YEAR,2019" })
	void readsEveryPeriodForm(String text, Period.Kind kind, String code) {
		assertThat(Period.parse(text)).contains(new Period(kind, code));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "20x9", "2022-13", "2022-02-30", "31.02.2020", "Juno 2007", "2015/17", "19", "2019-2020" })
	void refusesBadPeriods(String text) {
		assertThat(Period.parse(text)).isEmpty();
	}

}
