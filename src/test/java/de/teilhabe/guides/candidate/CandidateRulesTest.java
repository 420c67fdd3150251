package de.teilhabe.guides.candidate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.Guide.HeldQualification;
import de.teilhabe.guides.guide.Guide.Slot;
import de.teilhabe.guides.guide.Guide.SpokenLanguage;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.LanguageLevel;
import de.teilhabe.guides.guide.Mobility;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.Recurrence;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.guides.request.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hard rules, one by one (a guide that passes all but one is refused for exactly that
 * one), the parts of the cost with their reasons, and the ranking (every guide that
 * passes, cheapest first, no cut-off).
 */
class CandidateRulesTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	/** Thursday. */
	private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

	private static final String QUAKENBRUECK = "03459030";

	private static final String BERSENBRUECK = "03459010";

	private final CandidateRules rules = new CandidateRules(Period.ofYears(5), BERLIN);

	@Test
	void aGuideThatMeetsEveryRulePasses() {
		assertThat(refusal(request(), facts(guide()))).isNull();
	}

	@Test
	void theGuideMustBeActive() {
		for (GuideState state : GuideState.values()) {
			if (state != GuideState.ACTIVE) {
				assertThat(refusal(request(), facts(guide().state(state)))).as(state.name()).isEqualTo(HardRule.ACTIVE);
			}
		}
	}

	@Test
	void theGuideMustSpeakOneOfTheLanguagesNeeded() {
		assertThat(refusal(request(), facts(guide().languages("ru")))).isEqualTo(HardRule.LANGUAGE);
		assertThat(refusal(request().languages("ru", "ti"), facts(guide().languages("ti")))).isNull();
	}

	@Test
	void theCertificateMustBeInspectedWithoutEntryAndNotTooOld() {
		assertThat(refusal(request(), facts(guide().certificate(null, true)))).isEqualTo(HardRule.CERTIFICATE);
		assertThat(refusal(request(), facts(guide().certificate(TODAY.minusMonths(2), false))))
			.isEqualTo(HardRule.CERTIFICATE);
		assertThat(refusal(request(), facts(guide().certificate(TODAY.minusYears(5), true))))
			.isEqualTo(HardRule.CERTIFICATE);
		// still valid today, but lapses before the appointment
		assertThat(refusal(request(), facts(guide().certificate(DAY.minusYears(5), true))))
			.isEqualTo(HardRule.CERTIFICATE);
		assertThat(refusal(request(), facts(guide().certificate(DAY.minusYears(5).plusDays(1), true)))).isNull();
	}

	@Test
	void requiredQualificationsMustBeHeldAndNotLapsed() {
		GuideRequest interpreting = request().required(Qualification.INTERPRETING).build();
		assertThat(refusal(interpreting, facts(guide()))).isEqualTo(HardRule.QUALIFICATIONS);
		assertThat(refusal(interpreting, facts(guide().qualification(Qualification.INTERPRETING, DAY.minusDays(1)))))
			.isEqualTo(HardRule.QUALIFICATIONS);
		assertThat(refusal(interpreting, facts(guide().qualification(Qualification.INTERPRETING, DAY)))).isNull();
		assertThat(refusal(interpreting, facts(guide().qualification(Qualification.INTERPRETING, null)))).isNull();
	}

	@Test
	void everyAppointmentMustLieWithinTheWeeklyAvailability() {
		assertThat(refusal(request(), facts(guide().slot(DayOfWeek.THURSDAY, "09:30", "18:00"))))
			.isEqualTo(HardRule.AVAILABLE);
		assertThat(refusal(request(), facts(guide().slot(DayOfWeek.WEDNESDAY, "08:00", "18:00"))))
			.isEqualTo(HardRule.AVAILABLE);
		assertThat(refusal(request(), facts(guide().slot(DayOfWeek.THURSDAY, "09:00", "11:00")))).isNull();
		// weekly: every Thursday until the end; fortnightly on a Thursday too
		assertThat(
				refusal(request().weekly(DAY.plusWeeks(3)), facts(guide().slot(DayOfWeek.THURSDAY, "08:00", "12:00"))))
			.isNull();
		// a recurring request across the change to summer time keeps its local times
		GuideRequest spring = request().on(LocalDate.of(2027, 3, 18)).weekly(LocalDate.of(2027, 4, 8)).build();
		assertThat(refusal(spring, facts(guide().certificate(TODAY, true).slot(DayOfWeek.THURSDAY, "09:00", "11:00"))))
			.isNull();
	}

	@Test
	void noAppointmentMayOverlapAnotherAssignment() {
		Instant start = ZonedDateTime.of(DAY, LocalTime.of(10, 59), BERLIN).toInstant();
		Instant end = ZonedDateTime.of(DAY, LocalTime.of(12, 0), BERLIN).toInstant();
		assertThat(refusal(request(), facts(guide()).busy(new Occurrence(start, end)))).isEqualTo(HardRule.NO_OVERLAP);
		// half-open: one ending at 9:00 does not overlap one starting at 9:00
		Instant before = ZonedDateTime.of(DAY, LocalTime.of(8, 0), BERLIN).toInstant();
		Instant nine = ZonedDateTime.of(DAY, LocalTime.of(9, 0), BERLIN).toInstant();
		assertThat(refusal(request(), facts(guide()).busy(new Occurrence(before, nine)))).isNull();
		// the third week of a weekly request overlaps
		Instant third = ZonedDateTime.of(DAY.plusWeeks(2), LocalTime.of(10, 0), BERLIN).toInstant();
		assertThat(refusal(request().weekly(DAY.plusWeeks(3)),
				facts(guide()).busy(new Occurrence(third, third.plusSeconds(600)))))
			.isEqualTo(HardRule.NO_OVERLAP);
	}

	@Test
	void theGuideMustCoverTheGemeinde() {
		assertThat(refusal(request().in("03459024"), facts(guide()))).isEqualTo(HardRule.GEMEINDE);
		// the home counts as covered
		assertThat(refusal(request().in(BERSENBRUECK), facts(guide().home(BERSENBRUECK).covers()))).isNull();
	}

	@Test
	void theCostAddsDistanceLanguageTopicContinuityAndLoadWithTheirReasons() {
		// same Gemeinde, first language, 3 requests of the topic before, the same person,
		// no assignment this month: 0
		Candidate best = cost(request().contact("Q-1").build(),
				facts(guide()).experience(Topic.AUTHORITY, 3).contacts("Q-1"));
		assertThat(best.cost()).isZero();
		assertThat(best.reasons()).extracting(Reason::key)
			.containsExactly("guides.reason.sameGemeinde", "guides.reason.language", "guides.reason.topicExperienced",
					"guides.reason.continuity", "guides.reason.load");

		// 12 km by car (12), B1 (8), one before (4), another person (8), twice this month
		// (8), topic not offered (5)
		Candidate other = cost(request().contact("Q-1").build(),
				facts(guide().home(BERSENBRUECK).level(LanguageLevel.B1).topics(Topic.HOUSING)).kilometres(12.4)
					.experience(Topic.AUTHORITY, 1)
					.load(2));
		assertThat(other.reasons()).extracting(Reason::cost).containsExactly(12, 8, 4, 5, 8, 8);
		assertThat(other.cost()).isEqualTo(45);
		assertThat(other.reasons().get(0).arguments()).containsExactly(12L, "Bersenbrück");

		// on foot or by bicycle a kilometre counts twice, capped; unknown distance 25
		assertThat(
				cost(request().build(), facts(guide().home(BERSENBRUECK).mobility(Mobility.BICYCLE)).kilometres(12.4))
					.reasons()
					.get(0))
			.isEqualTo(new Reason("guides.reason.distanceSlow", 24, 12L, "Bersenbrück"));
		assertThat(cost(request().build(), facts(guide().home(BERSENBRUECK)).kilometres(200.0)).reasons().get(0).cost())
			.isEqualTo(CandidateRules.MAX_DISTANCE_COST);
		assertThat(cost(request().build(), facts(guide().home(BERSENBRUECK))).reasons().get(0).cost())
			.isEqualTo(CandidateRules.UNKNOWN_DISTANCE_COST);
		// no contact reference: no continuity part
		assertThat(cost(request().build(), facts(guide())).reasons()).extracting(Reason::key)
			.doesNotContain("guides.reason.continuity", "guides.reason.noContinuity");
		// the best level among the languages needed counts
		assertThat(cost(request().languages("ar", "ti").build(), facts(guide().languages("ar").level(LanguageLevel.A2)))
			.reasons()
			.get(1)
			.cost()).isEqualTo(15);
	}

	@Test
	void everyGuideThatPassesIsRankedCheapestFirstWithoutCutOff() {
		List<GuideFacts> pool = new ArrayList<>();
		pool.add(facts(guide().name("Carla").home(BERSENBRUECK)).kilometres(12.0).build());
		pool.add(facts(guide().name("Anna")).build());
		pool.add(facts(guide().name("Bert")).load(1).build());
		pool.add(facts(guide().name("Paused").state(GuideState.PAUSED)).build());
		pool.add(facts(guide().name("Dora")).build());
		for (int i = 0; i < 30; i++) {
			pool.add(facts(guide().name("Zusatz " + i)).load(3).build());
		}
		List<Candidate> ranked = this.rules.rank(request().build(), pool, TODAY);
		assertThat(ranked).hasSize(34);
		assertThat(ranked.subList(0, 4)).extracting((candidate) -> candidate.guide().name())
			.containsExactly("Anna", "Dora", "Bert", "Carla");
		assertThat(ranked).isSortedAccordingTo(java.util.Comparator.comparingInt(Candidate::cost));
	}

	@Test
	void aRecurringRequestHasAnAppointmentInEachRepetitionUpToItsEnd() {
		GuideRequest fortnightly = request().recurrence(Recurrence.FORTNIGHTLY, DAY.plusWeeks(5)).build();
		assertThat(fortnightly.occurrences(BERLIN)).hasSize(3);
		assertThat(request().build().occurrences(BERLIN)).hasSize(1);
		GuideRequest weekly = request().weekly(DAY.plusYears(3)).build();
		assertThat(weekly.occurrences(BERLIN)).hasSize(GuideRequest.MAX_OCCURRENCES);
	}

	private HardRule refusal(RequestBuilder request, FactsBuilder facts) {
		return refusal(request.build(), facts);
	}

	private HardRule refusal(GuideRequest request, FactsBuilder facts) {
		return this.rules.refusal(request, request.occurrences(BERLIN), facts.build(), TODAY).orElse(null);
	}

	private Candidate cost(GuideRequest request, FactsBuilder facts) {
		return this.rules.cost(request, facts.build());
	}

	private static RequestBuilder request() {
		return new RequestBuilder();
	}

	private static GuideBuilder guide() {
		return new GuideBuilder();
	}

	private static FactsBuilder facts(GuideBuilder guide) {
		return new FactsBuilder(guide.build());
	}

	/** An Arabic request in Quakenbrück on Thursday 9–11 about an authority. */
	static final class RequestBuilder {

		private List<String> languages = List.of("ar");

		private String region = QUAKENBRUECK;

		private LocalDate day = DAY;

		private Recurrence recurrence = Recurrence.ONCE;

		private LocalDate until;

		private List<Qualification> required = List.of();

		private String contact;

		RequestBuilder languages(String... codes) {
			this.languages = List.of(codes);
			return this;
		}

		RequestBuilder in(String key) {
			this.region = key;
			return this;
		}

		RequestBuilder on(LocalDate day) {
			this.day = day;
			return this;
		}

		RequestBuilder weekly(LocalDate until) {
			return recurrence(Recurrence.WEEKLY, until);
		}

		RequestBuilder recurrence(Recurrence recurrence, LocalDate until) {
			this.recurrence = recurrence;
			this.until = until;
			return this;
		}

		RequestBuilder required(Qualification... qualifications) {
			this.required = List.of(qualifications);
			return this;
		}

		RequestBuilder contact(String reference) {
			this.contact = reference;
			return this;
		}

		GuideRequest build() {
			return new GuideRequest(UUID.randomUUID(), Topic.AUTHORITY, this.languages, this.region, null, this.day,
					LocalTime.of(9, 0), LocalTime.of(11, 0), this.recurrence, this.until, Urgency.NORMAL, this.required,
					this.contact, null, null, RequestStatus.OPEN);
		}

	}

	/**
	 * An active guide in Quakenbrück covering it, Arabic as first language, Thursdays
	 * 8–18, certificate inspected a year ago, offering authorities.
	 */
	static final class GuideBuilder {

		private String name = "Yonas Tesfay";

		private GuideState state = GuideState.ACTIVE;

		private List<String> languages = List.of("ar");

		private LanguageLevel level = LanguageLevel.NATIVE;

		private LocalDate inspected = TODAY.minusYears(1);

		private boolean noEntry = true;

		private final List<HeldQualification> qualifications = new ArrayList<>();

		private List<Slot> slots = List.of(new Slot(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(18, 0)));

		private String home = QUAKENBRUECK;

		private List<String> covers = List.of(QUAKENBRUECK);

		private Mobility mobility = Mobility.CAR;

		private List<Topic> topics = List.of(Topic.AUTHORITY);

		GuideBuilder name(String name) {
			this.name = name;
			return this;
		}

		GuideBuilder state(GuideState state) {
			this.state = state;
			return this;
		}

		GuideBuilder languages(String... codes) {
			this.languages = List.of(codes);
			return this;
		}

		GuideBuilder level(LanguageLevel level) {
			this.level = level;
			return this;
		}

		GuideBuilder certificate(LocalDate inspected, boolean noEntry) {
			this.inspected = inspected;
			this.noEntry = noEntry;
			return this;
		}

		GuideBuilder qualification(Qualification qualification, LocalDate expires) {
			this.qualifications.add(new HeldQualification(qualification, expires));
			return this;
		}

		GuideBuilder slot(DayOfWeek day, String from, String until) {
			this.slots = List.of(new Slot(day, LocalTime.parse(from), LocalTime.parse(until)));
			return this;
		}

		GuideBuilder home(String key) {
			this.home = key;
			return this;
		}

		GuideBuilder covers(String... keys) {
			this.covers = List.of(keys);
			return this;
		}

		GuideBuilder mobility(Mobility mobility) {
			this.mobility = mobility;
			return this;
		}

		GuideBuilder topics(Topic... topics) {
			this.topics = List.of(topics);
			return this;
		}

		Guide build() {
			return new Guide(UUID.randomUUID(), this.name, null, null, this.home, this.covers, this.topics,
					this.mobility, 3, this.state, this.inspected, this.noEntry, null,
					this.languages.stream().map((code) -> new SpokenLanguage(code, this.level)).toList(), this.slots,
					this.qualifications);
		}

	}

	/** What the rules know beyond the profile: nothing busy, no history. */
	static final class FactsBuilder {

		private final Guide guide;

		private final List<Occurrence> busy = new ArrayList<>();

		private final Map<Topic, Integer> experience = new java.util.HashMap<>();

		private Set<String> contacts = Set.of();

		private int load;

		private Double kilometres;

		FactsBuilder(Guide guide) {
			this.guide = guide;
		}

		FactsBuilder busy(Occurrence occurrence) {
			this.busy.add(occurrence);
			return this;
		}

		FactsBuilder experience(Topic topic, int count) {
			this.experience.put(topic, count);
			return this;
		}

		FactsBuilder contacts(String... references) {
			this.contacts = Set.of(references);
			return this;
		}

		FactsBuilder load(int assignments) {
			this.load = assignments;
			return this;
		}

		FactsBuilder kilometres(Double kilometres) {
			this.kilometres = kilometres;
			return this;
		}

		GuideFacts build() {
			String label = QUAKENBRUECK.equals(this.guide.homeRegionKey()) ? "Quakenbrück" : "Bersenbrück";
			return new GuideFacts(this.guide, label, this.busy, this.experience, this.contacts, this.load,
					this.kilometres);
		}

	}

}
