package de.teilhabe.counselling.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coarse categories the statistics store per case: the nationality group of a
 * nationality in words and the age band of an age.
 */
class StatisticalGroupsTest {

	@Test
	void aNationalityInWordsFallsInItsGroupTheFirstOfSeveralWins() {
		assertThat(NationalityGroup.of("syrisch")).isEqualTo(NationalityGroup.ASYLUM_ORIGIN);
		assertThat(NationalityGroup.of("Irakisch")).isEqualTo(NationalityGroup.ASYLUM_ORIGIN);
		assertThat(NationalityGroup.of("iranisch")).isEqualTo(NationalityGroup.ASYLUM_ORIGIN);
		assertThat(NationalityGroup.of("irisch")).isEqualTo(NationalityGroup.EU);
		assertThat(NationalityGroup.of("rumänisch")).isEqualTo(NationalityGroup.EU);
		assertThat(NationalityGroup.of("Polish")).isEqualTo(NationalityGroup.EU);
		assertThat(NationalityGroup.of("ukrainisch")).isEqualTo(NationalityGroup.UKRAINE);
		assertThat(NationalityGroup.of("deutsch, türkisch")).isEqualTo(NationalityGroup.GERMAN);
		assertThat(NationalityGroup.of("syrisch und rumänisch")).isEqualTo(NationalityGroup.EU);
		assertThat(NationalityGroup.of("tschetschenisch")).isEqualTo(NationalityGroup.OTHER_THIRD_COUNTRY);
		assertThat(NationalityGroup.of("libanesisch")).isEqualTo(NationalityGroup.OTHER_THIRD_COUNTRY);
		assertThat(NationalityGroup.of("staatenlos")).isEqualTo(NationalityGroup.STATELESS);
		assertThat(NationalityGroup.of("ungeklärt")).isEqualTo(NationalityGroup.UNKNOWN);
		assertThat(NationalityGroup.of(" ")).isEqualTo(NationalityGroup.UNKNOWN);
		assertThat(NationalityGroup.of(null)).isEqualTo(NationalityGroup.UNKNOWN);
	}

	@Test
	void anAgeFallsInItsBand() {
		assertThat(AgeBand.of(17)).isEqualTo(AgeBand.UNDER_18);
		assertThat(AgeBand.of(18)).isEqualTo(AgeBand.FROM_18_TO_26);
		assertThat(AgeBand.of(26)).isEqualTo(AgeBand.FROM_18_TO_26);
		assertThat(AgeBand.of(27)).isEqualTo(AgeBand.FROM_27_TO_44);
		assertThat(AgeBand.of(45)).isEqualTo(AgeBand.FROM_45_TO_64);
		assertThat(AgeBand.of(65)).isEqualTo(AgeBand.FROM_65);
		assertThat(AgeBand.of(null)).isEqualTo(AgeBand.UNKNOWN);
		assertThat(AgeBand.of(-1)).isEqualTo(AgeBand.UNKNOWN);
		assertThat(AgeBand.of(130)).isEqualTo(AgeBand.UNKNOWN);
	}

}
