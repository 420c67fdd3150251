package de.teilhabe.guides.candidate;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.LanguageLevel;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;

/**
 * Who may accompany a request and at what cost: the hard rules ({@link HardRule}) and the
 * cost of a pair with its reasons, in plain Java (no database). The cost adds up
 * <ul>
 * <li>distance: 0 in the guide's own Gemeinde, else a point per kilometre from the
 * guide's home (two on foot or by bicycle), at most {@value #MAX_DISTANCE_COST}; 25 if
 * unknown;</li>
 * <li>language: 0 for a first language or C2, up to 25 for A1 (the best needed language
 * counts);</li>
 * <li>topic: 0 with three or more requests of the topic before, 4 with one or two, 10
 * with none; 5 more if the guide does not offer the topic;</li>
 * <li>continuity: 8 unless the guide accompanied the same person before (only when the
 * request names the person's contact);</li>
 * <li>fair load: 4 for each assignment of the guide this month.</li>
 * </ul>
 */
public final class CandidateRules {

	static final int MAX_DISTANCE_COST = 60;

	static final int UNKNOWN_DISTANCE_COST = 25;

	private final Period certificateValidity;

	private final ZoneId zone;

	public CandidateRules(Period certificateValidity, ZoneId zone) {
		this.certificateValidity = certificateValidity;
		this.zone = zone;
	}

	/**
	 * The first hard rule a guide fails for a request, or empty if it passes all.
	 * @param occurrences the request's appointments
	 * @param today the office's day
	 */
	public Optional<HardRule> refusal(GuideRequest request, List<Occurrence> occurrences, GuideFacts facts,
			LocalDate today) {
		Guide guide = facts.guide();
		LocalDate lastDay = occurrences.get(occurrences.size() - 1).end().atZone(this.zone).toLocalDate();
		LocalDate until = lastDay.isBefore(today) ? today : lastDay;
		if (guide.state() != GuideState.ACTIVE) {
			return Optional.of(HardRule.ACTIVE);
		}
		if (request.languages().stream().noneMatch((code) -> guide.levelOf(code).isPresent())) {
			return Optional.of(HardRule.LANGUAGE);
		}
		if (!guide.certificateValidOn(today, this.certificateValidity)
				|| !guide.certificateValidOn(until, this.certificateValidity)) {
			return Optional.of(HardRule.CERTIFICATE);
		}
		for (Qualification required : request.requiredQualifications()) {
			if (guide.qualification(required).filter((held) -> held.validOn(until)).isEmpty()) {
				return Optional.of(HardRule.QUALIFICATIONS);
			}
		}
		for (Occurrence occurrence : occurrences) {
			if (guide.availability()
				.stream()
				.noneMatch((slot) -> slot.covers(occurrence.start().atZone(this.zone),
						occurrence.end().atZone(this.zone)))) {
				return Optional.of(HardRule.AVAILABLE);
			}
		}
		for (Occurrence occurrence : occurrences) {
			if (facts.busy().stream().anyMatch(occurrence::overlaps)) {
				return Optional.of(HardRule.NO_OVERLAP);
			}
		}
		if (!request.regionKey().equals(guide.homeRegionKey()) && !guide.gemeinden().contains(request.regionKey())) {
			return Optional.of(HardRule.GEMEINDE);
		}
		return Optional.empty();
	}

	/** The cost of a guide for a request and its reasons (the hard rules aside). */
	public Candidate cost(GuideRequest request, GuideFacts facts) {
		Guide guide = facts.guide();
		List<Reason> reasons = new ArrayList<>();
		reasons.add(distance(request, facts));
		reasons.add(language(request, guide));
		int experience = facts.experience().getOrDefault(request.topic(), 0);
		Reason.Label topic = new Reason.Label("guides.topic." + request.topic().name());
		if (experience >= 3) {
			reasons.add(new Reason("guides.reason.topicExperienced", 0, experience, topic));
		}
		else if (experience > 0) {
			reasons.add(new Reason("guides.reason.topicExperienced", 4, experience, topic));
		}
		else {
			reasons.add(new Reason("guides.reason.topicNew", 10, topic));
		}
		if (!guide.topics().contains(request.topic())) {
			reasons.add(new Reason("guides.reason.topicNotOffered", 5, topic));
		}
		String contact = request.contactReference();
		if (contact != null && !contact.isBlank()) {
			reasons.add(facts.contactsAccompanied().contains(contact) ? new Reason("guides.reason.continuity", 0)
					: new Reason("guides.reason.noContinuity", 8));
		}
		reasons.add(new Reason("guides.reason.load", 4 * facts.assignmentsThisMonth(), facts.assignmentsThisMonth()));
		int cost = reasons.stream().mapToInt(Reason::cost).sum();
		return new Candidate(guide, cost, List.copyOf(reasons));
	}

	/**
	 * Every guide of the pool who passes the hard rules, cheapest first (then by name):
	 * no cut-off.
	 */
	public List<Candidate> rank(GuideRequest request, List<GuideFacts> pool, LocalDate today) {
		List<Occurrence> occurrences = request.occurrences(this.zone);
		return pool.stream()
			.filter((facts) -> refusal(request, occurrences, facts, today).isEmpty())
			.map((facts) -> cost(request, facts))
			.sorted(Comparator.comparingInt(Candidate::cost)
				.thenComparing((Candidate candidate) -> candidate.guide().name())
				.thenComparing((Candidate candidate) -> candidate.guide().id()))
			.toList();
	}

	private static Reason distance(GuideRequest request, GuideFacts facts) {
		if (request.regionKey().equals(facts.guide().homeRegionKey())) {
			return new Reason("guides.reason.sameGemeinde", 0, facts.homeLabel());
		}
		if (facts.kilometres() == null) {
			return new Reason("guides.reason.distanceUnknown", UNKNOWN_DISTANCE_COST, facts.homeLabel());
		}
		long kilometres = Math.round(facts.kilometres());
		boolean slow = facts.guide().mobility().slow();
		int cost = (int) Math.min(MAX_DISTANCE_COST, kilometres * (slow ? 2 : 1));
		return new Reason(slow ? "guides.reason.distanceSlow" : "guides.reason.distance", cost, kilometres,
				facts.homeLabel());
	}

	private static Reason language(GuideRequest request, Guide guide) {
		String best = null;
		LanguageLevel bestLevel = null;
		for (String code : request.languages()) {
			LanguageLevel level = guide.levelOf(code).orElse(null);
			if (level != null && (bestLevel == null || level.compareTo(bestLevel) > 0)) {
				best = code;
				bestLevel = level;
			}
		}
		if (bestLevel == null) {
			return new Reason("guides.reason.noLanguage", 0);
		}
		int cost = switch (bestLevel) {
			case NATIVE, C2 -> 0;
			case C1 -> 2;
			case B2 -> 4;
			case B1 -> 8;
			case A2 -> 15;
			case A1 -> 25;
		};
		return new Reason("guides.reason.language", cost, new Reason.LanguageName(best),
				new Reason.Label("guides.level." + bestLevel.name()));
	}

}
