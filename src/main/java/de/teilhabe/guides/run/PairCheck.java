package de.teilhabe.guides.run;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.guides.candidate.Candidate;
import de.teilhabe.guides.candidate.CandidateRules;
import de.teilhabe.guides.candidate.Candidates;
import de.teilhabe.guides.candidate.GuideFacts;
import de.teilhabe.guides.candidate.HardRule;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.RequestStatus;
import de.teilhabe.shared.time.Times;

/**
 * Whether a guide may take a request beside the other requests the guide is to get at the
 * same time (a proposal's other pairs, or the pairs already commissioned while a proposal
 * is taken over), as the batch accepts a pair:
 * <ol>
 * <li>the request is still open;</li>
 * <li>every hard rule of the candidates ({@link CandidateRules#refusal}, not a copy)
 * against the guides' live assignments as the pool read them;</li>
 * <li>no appointment overlaps an appointment of those other requests;</li>
 * <li>in every ISO week (office's time zone) of the request's appointments the guide
 * stays within its requests a week, counting the appointments of its live assignments
 * (one each, as the solver counts busy windows) and the other requests (once for each
 * week in which they have an appointment).</li>
 * </ol>
 * Used when a pair of a proposal is changed by hand ({@link ProposalChanges}) and again
 * for every pair when a proposal is taken over ({@link MatchingRuns#confirm}): what was
 * commissioned since the proposal was computed counts then.
 */
final class PairCheck {

	private final CandidateRules rules;

	private final Candidates.Pool pool;

	private final Times times;

	private final Function<UUID, String> names;

	/**
	 * @param pool the guides and their live assignments, read once for all pairs checked
	 * @param names a guide's name by id (for a guide no longer active, not in the pool)
	 */
	PairCheck(CandidateRules rules, Candidates.Pool pool, Times times, Function<UUID, String> names) {
		this.rules = rules;
		this.pool = pool;
		this.times = times;
		this.names = names;
	}

	/**
	 * The outcome of a check: the candidate (the pair's cost and reasons) when it passes,
	 * else why not.
	 *
	 * @param candidate the guide as a candidate of the request, or null when refused
	 * @param refusal the message key and its arguments, or null when it passes
	 */
	record Outcome(Candidate candidate, String[] refusal) {

		boolean passed() {
			return this.refusal == null;
		}

	}

	/**
	 * Checks a pair.
	 * @param others the other requests the guide is to get at the same time
	 */
	Outcome check(GuideRequest request, UUID guideId, List<GuideRequest> others) {
		if (request.status() != RequestStatus.OPEN) {
			return refused("guides.error.requestNotOpen");
		}
		ZoneId zone = this.times.zone();
		List<Occurrence> appointments = request.occurrences(zone);
		GuideFacts facts = this.pool.facts(request)
			.stream()
			.filter((each) -> each.guide().id().equals(guideId))
			.findFirst()
			.orElse(null);
		if (facts == null) {
			// only active guides are in the pool
			return refused("guides.partner.run.rule." + HardRule.ACTIVE, this.names.apply(guideId));
		}
		String name = facts.guide().name();
		Optional<HardRule> broken = this.rules.refusal(request, appointments, facts, this.pool.today());
		if (broken.isPresent()) {
			if (broken.get() == HardRule.NO_OVERLAP) {
				return refused("guides.partner.run.rule." + HardRule.NO_OVERLAP, name,
						this.times.dateTime(clash(appointments, facts.busy()).start()));
			}
			return refused("guides.partner.run.rule." + broken.get(), name);
		}
		Map<LocalDate, Integer> perWeek = new HashMap<>();
		for (Occurrence busy : facts.busy()) {
			perWeek.merge(week(busy, zone), 1, Integer::sum);
		}
		for (GuideRequest other : others) {
			List<Occurrence> theirs = other.occurrences(zone);
			Occurrence clash = clash(appointments, theirs);
			if (clash != null) {
				return refused("guides.partner.run.error.overlap", name, this.times.dateTime(clash.start()));
			}
			weeks(theirs, zone).forEach((week) -> perWeek.merge(week, 1, Integer::sum));
		}
		int capacity = facts.guide().assignmentsPerWeek();
		for (LocalDate week : weeks(appointments, zone)) {
			if (perWeek.getOrDefault(week, 0) + 1 > capacity) {
				return refused("guides.partner.run.error.capacity", name, this.times.date(week),
						Integer.toString(capacity));
			}
		}
		return new Outcome(this.rules.cost(request, facts), null);
	}

	/** The first of the other appointments one of the request's overlaps, or null. */
	private static Occurrence clash(List<Occurrence> appointments, List<Occurrence> others) {
		for (Occurrence mine : appointments) {
			for (Occurrence other : others) {
				if (mine.overlaps(other)) {
					return other;
				}
			}
		}
		return null;
	}

	private static Outcome refused(String key, String... arguments) {
		List<String> message = new ArrayList<>();
		message.add(key);
		message.addAll(List.of(arguments));
		return new Outcome(null, message.toArray(String[]::new));
	}

	private static Set<LocalDate> weeks(List<Occurrence> occurrences, ZoneId zone) {
		Set<LocalDate> weeks = new TreeSet<>();
		occurrences.forEach((occurrence) -> weeks.add(week(occurrence, zone)));
		return weeks;
	}

	/** The Monday of the ISO week (office's time zone) in which an appointment starts. */
	private static LocalDate week(Occurrence occurrence, ZoneId zone) {
		return occurrence.start().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
