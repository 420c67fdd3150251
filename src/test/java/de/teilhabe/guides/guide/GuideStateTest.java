package de.teilhabe.guides.guide;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static de.teilhabe.guides.guide.GuideState.ACTIVE;
import static de.teilhabe.guides.guide.GuideState.CERTIFICATE_INSPECTED;
import static de.teilhabe.guides.guide.GuideState.ENDED;
import static de.teilhabe.guides.guide.GuideState.FIRST_CONVERSATION;
import static de.teilhabe.guides.guide.GuideState.INTERESTED;
import static de.teilhabe.guides.guide.GuideState.PAUSED;
import static de.teilhabe.guides.guide.GuideState.TRAINED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle: one step forward at a time, active and paused alternate, the end from
 * anywhere and for good; the certificate counts when inspected without relevant entry
 * within the renewal period.
 */
class GuideStateTest {

	@Test
	void aGuideGoesOneStepAtATimeAndMayEndFromAnywhere() {
		assertThat(INTERESTED.next()).containsExactlyInAnyOrder(FIRST_CONVERSATION, ENDED);
		assertThat(FIRST_CONVERSATION.next()).containsExactlyInAnyOrder(TRAINED, ENDED);
		assertThat(TRAINED.next()).containsExactlyInAnyOrder(CERTIFICATE_INSPECTED, ENDED);
		assertThat(CERTIFICATE_INSPECTED.next()).containsExactlyInAnyOrder(ACTIVE, ENDED);
		assertThat(ACTIVE.next()).containsExactlyInAnyOrder(PAUSED, ENDED);
		assertThat(PAUSED.next()).containsExactlyInAnyOrder(ACTIVE, ENDED);
		assertThat(ENDED.next()).isEmpty();
		assertThat(INTERESTED.canMoveTo(ACTIVE)).isFalse();
		assertThat(ACTIVE.canMoveTo(INTERESTED)).isFalse();
	}

	@Test
	void theCertificateCountsWithoutEntryWithinTheRenewalPeriod() {
		LocalDate today = LocalDate.of(2026, 12, 4);
		Period five = Period.ofYears(5);
		assertThat(guide(today.minusYears(5).plusDays(1), true).certificateValidOn(today, five)).isTrue();
		assertThat(guide(today.minusYears(5), true).certificateValidOn(today, five)).isFalse();
		assertThat(guide(today.minusYears(1), false).certificateValidOn(today, five)).isFalse();
		assertThat(guide(null, true).certificateValidOn(today, five)).isFalse();
		assertThat(guide(today.plusDays(1), true).certificateValidOn(today, five)).isFalse();
		assertThat(guide(today.minusYears(2), true).certificateValidOn(today, Period.ofYears(1))).isFalse();
	}

	private static Guide guide(LocalDate inspected, boolean noEntry) {
		return new Guide(UUID.randomUUID(), "Anna", null, null, "03459014", List.of(), List.of(), Mobility.CAR, 3,
				ACTIVE, inspected, noEntry, null, List.of(), List.of(), List.of());
	}

}
