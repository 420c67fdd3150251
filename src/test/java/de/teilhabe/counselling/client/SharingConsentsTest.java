package de.teilhabe.counselling.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import de.teilhabe.counselling.client.ClientConsents.Purpose;
import de.teilhabe.counselling.client.SharingConsents.Check;
import de.teilhabe.counselling.client.SharingConsents.Sharing;
import de.teilhabe.counselling.client.SharingConsents.SharingPurpose;
import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.HowGiven;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent check before sharing: which valid consent covers which category for which
 * recipient, which is missing and which purposes would cover it.
 */
class SharingConsentsTest {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void theGeneralReferralConsentCoversNameLanguagesAndConcernForAnyOrganisation() {
		ConsentRecord referral = consent(Purpose.REFERRAL, NOW.minusDays(3), null);
		Check check = SharingConsents.check(List.of(referral),
				sharing("MSO", DataCategory.NAME_AND_CONTACT, DataCategory.LANGUAGES, DataCategory.CONCERN), NOW);
		assertThat(check.allowed()).isTrue();
		assertThat(check.covered()).containsOnlyKeys(DataCategory.NAME_AND_CONTACT, DataCategory.LANGUAGES,
				DataCategory.CONCERN);
		assertThat(check.consentIds()).containsExactly(referral.id());
	}

	@Test
	void aCategoryNoConsentCoversIsMissingWithThePurposesThatWould() {
		ConsentRecord referral = consent(Purpose.REFERRAL, NOW.minusDays(3), null);
		Check jobcenter = SharingConsents.check(List.of(referral),
				sharing("JOBCENTER", DataCategory.NAME_AND_CONTACT, DataCategory.GERMAN_LEVEL), NOW);
		assertThat(jobcenter.allowed()).isFalse();
		assertThat(jobcenter.covered()).containsOnlyKeys(DataCategory.NAME_AND_CONTACT);
		assertThat(jobcenter.missing()).containsEntry(DataCategory.GERMAN_LEVEL, List.of(Purpose.REFERRAL_JOBCENTER));
		// the birth year is in no consent text: nothing would cover it
		Check birthYear = SharingConsents.check(List.of(referral), sharing("MSO", DataCategory.BIRTH_YEAR), NOW);
		assertThat(birthYear.missing()).containsEntry(DataCategory.BIRTH_YEAR, List.of());
	}

	@Test
	void aConsentToOneRecipientDoesNotCoverAnother() {
		ConsentRecord school = consent(Purpose.REFERRAL_LANGUAGE_COURSE, NOW.minusDays(3), null);
		assertThat(SharingConsents
			.check(List.of(school), sharing("LANGUAGE_COURSE_PROVIDER", DataCategory.GERMAN_LEVEL), NOW)
			.allowed()).isTrue();
		Check jobcenter = SharingConsents.check(List.of(school), sharing("JOBCENTER", DataCategory.GERMAN_LEVEL), NOW);
		assertThat(jobcenter.allowed()).isFalse();
		assertThat(jobcenter.missing().get(DataCategory.GERMAN_LEVEL)).containsExactly(Purpose.REFERRAL_JOBCENTER);
		ConsentRecord mbe = consent(Purpose.REFERRAL_MBE, NOW.minusDays(3), null);
		assertThat(
				SharingConsents.check(List.of(mbe), sharing("WELFARE_ASSOCIATION", DataCategory.RESIDENCE_STATUS), NOW)
					.allowed())
			.isTrue();
		assertThat(SharingConsents.check(List.of(mbe), sharing("MSO", DataCategory.RESIDENCE_STATUS), NOW).allowed())
			.isFalse();
		// consenting to the counselling itself shares nothing
		assertThat(SharingConsents
			.check(List.of(consent(Purpose.COUNSELLING, NOW.minusDays(3), null)),
					sharing("MSO", DataCategory.NAME_AND_CONTACT), NOW)
			.allowed()).isFalse();
	}

	@Test
	void aWithdrawnOrFutureConsentCoversNothing() {
		ConsentRecord withdrawn = consent(Purpose.REFERRAL, NOW.minusDays(10), NOW.minusDays(1));
		ConsentRecord future = consent(Purpose.REFERRAL, NOW.plusDays(1), null);
		Check check = SharingConsents.check(List.of(withdrawn, future), sharing("MSO", DataCategory.LANGUAGES), NOW);
		assertThat(check.allowed()).isFalse();
		assertThat(check.missing()).containsEntry(DataCategory.LANGUAGES, List.of(Purpose.REFERRAL));
		// before it was withdrawn it did
		assertThat(SharingConsents.check(List.of(withdrawn), sharing("MSO", DataCategory.LANGUAGES), NOW.minusDays(2))
			.allowed()).isTrue();
	}

	private static Sharing sharing(String kind, DataCategory first, DataCategory... more) {
		return new Sharing(SharingPurpose.REFERRAL, kind, EnumSet.of(first, more));
	}

	private static ConsentRecord consent(Purpose purpose, OffsetDateTime given, OffsetDateTime withdrawn) {
		return new ConsentRecord(UUID.randomUUID(), UUID.randomUUID(), ClientPrivacy.SUBJECT_TYPE,
				UUID.randomUUID().toString(), purpose.code(), 1, "de", given, HowGiven.WRITTEN, null, given, withdrawn,
				null, null, null);
	}

}
