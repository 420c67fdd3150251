package de.teilhabe.guides.candidate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.assignment.AssignmentStore.LiveAssignment;
import de.teilhabe.guides.assignment.AssignmentStore.PastAssignment;
import de.teilhabe.guides.assignment.AssignmentStore.TopicTally;
import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.guide.Guides;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.Occurrence;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.region.Region;
import de.teilhabe.shared.time.Times;

import org.springframework.stereotype.Service;

/**
 * The candidates of requests: the tenant's active guides with what the rules need to know
 * of them ({@link GuideFacts}: their live assignments' appointments, their experience by
 * topic, the people they accompanied, their load this month, their distance), ranked by
 * {@link CandidateRules}.
 */
@Service
public class Candidates {

	private final GuideStore guides;

	private final RequestStore requests;

	private final AssignmentStore assignments;

	private final GuideRegions regions;

	private final Guides profiles;

	private final Times times;

	private final KeptRankings kept;

	private final Map<String, Region> regionsByKey = new ConcurrentHashMap<>();

	Candidates(GuideStore guides, RequestStore requests, AssignmentStore assignments, GuideRegions regions,
			Guides profiles, Times times, KeptRankings kept) {
		this.kept = kept;
		this.guides = guides;
		this.requests = requests;
		this.assignments = assignments;
		this.regions = regions;
		this.profiles = profiles;
		this.times = times;
	}

	/** The rules with the office's certificate period and time zone. */
	public CandidateRules rules() {
		return new CandidateRules(this.profiles.certificateValidity(), this.times.zone());
	}

	/** The office's time zone (appointments are local times there). */
	public ZoneId zone() {
		return this.times.zone();
	}

	/**
	 * Every guide who passes the hard rules for a request, cheapest first. Kept while the
	 * tenant's guides, requests and assignments and the day are unchanged
	 * ({@link KeptRankings}: one query to check); else reads the eligible guides (four
	 * queries), their assignments counted by topic (one) and their live assignments that
	 * can overlap (one or two); the Gemeinden come from memory.
	 */
	public List<Candidate> of(UUID tenantId, GuideRequest request) {
		LocalDate today = this.profiles.today();
		return this.kept.get(tenantId, request, today, () -> rank(tenantId, request, today));
	}

	/**
	 * The candidates of the tenant's request with this id, as
	 * {@link #of(UUID, GuideRequest)} gives them; the request is read with the counter of
	 * the kept rankings in one statement. Empty if the tenant has no such request.
	 */
	public Optional<List<Candidate>> of(UUID tenantId, UUID requestId) {
		LocalDate today = this.profiles.today();
		return this.kept.get(tenantId, requestId, today, (request) -> rank(tenantId, request, today));
	}

	private List<Candidate> rank(UUID tenantId, GuideRequest request, LocalDate today) {
		ZoneId zone = this.times.zone();
		List<Guide> eligible = this.guides.activeFor(tenantId, request.languages(), request.regionKey());
		List<UUID> ids = eligible.stream().map(Guide::id).toList();
		YearMonth month = YearMonth.from(today);
		Map<UUID, Map<Topic, Integer>> experience = new HashMap<>();
		Set<UUID> accompanied = new HashSet<>();
		Map<UUID, Integer> load = new HashMap<>();
		for (TopicTally tally : this.assignments.tallies(tenantId, ids, request.id(), request.contactReference(),
				month.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
				month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime())) {
			experience.computeIfAbsent(tally.guideId(), (key) -> new HashMap<>())
				.merge(tally.topic(), tally.assignments(), Integer::sum);
			if (tally.withContact() > 0) {
				accompanied.add(tally.guideId());
			}
			load.merge(tally.guideId(), tally.inMonth(), Integer::sum);
		}
		LocalDate lastDay = (request.repeatUntil() != null) ? request.repeatUntil() : request.date();
		List<LiveAssignment> live = this.assignments.liveWithin(tenantId, ids, request.id(), request.date(), lastDay);
		Map<UUID, List<Occurrence>> occurrences = new HashMap<>();
		for (GuideRequest other : this.requests.findAll(tenantId,
				live.stream().map(LiveAssignment::requestId).distinct().toList())) {
			occurrences.put(other.id(), other.occurrences(zone));
		}
		Map<UUID, List<Occurrence>> busy = new HashMap<>();
		for (LiveAssignment assignment : live) {
			busy.computeIfAbsent(assignment.guideId(), (key) -> new ArrayList<>())
				.addAll(occurrences.getOrDefault(assignment.requestId(), List.of()));
		}
		Optional<Region> target = region(request.regionKey());
		List<GuideFacts> facts = new ArrayList<>();
		for (Guide guide : eligible) {
			Optional<Region> home = region(guide.homeRegionKey());
			facts.add(new GuideFacts(guide, home.map(Region::label).orElse(guide.homeRegionKey()),
					busy.getOrDefault(guide.id(), List.of()), experience.getOrDefault(guide.id(), Map.of()),
					accompanied.contains(guide.id()) ? Set.of(request.contactReference()) : Set.of(),
					load.getOrDefault(guide.id(), 0), Pool.kilometres(home, target)));
		}
		return rules().rank(request, facts, today);
	}

	/**
	 * A Gemeinde by region key. Regions are reference data, read-only while the platform
	 * runs: the ones found are kept (a key not found is asked again).
	 */
	private Optional<Region> region(String key) {
		if (key == null) {
			return Optional.empty();
		}
		Region known = this.regionsByKey.get(key);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Region> found = this.regions.find(key);
		found.ifPresent((region) -> this.regionsByKey.put(key, region));
		return found;
	}

	/** The candidate a guide is for a request, if it passes the hard rules. */
	public Optional<Candidate> check(UUID tenantId, GuideRequest request, UUID guideId) {
		return of(tenantId, request).stream().filter((candidate) -> candidate.guide().id().equals(guideId)).findFirst();
	}

	/**
	 * What the rules know of the tenant's active guides now (read once for many requests,
	 * as the batch does; one request's candidates read only what they need, see
	 * {@link #of}).
	 */
	public Pool pool(UUID tenantId) {
		List<Guide> active = this.guides.inState(tenantId, GuideState.ACTIVE);
		List<PastAssignment> history = this.assignments.history(tenantId);
		List<UUID> live = history.stream()
			.filter((past) -> past.status().live())
			.map(PastAssignment::requestId)
			.distinct()
			.toList();
		ZoneId zone = this.times.zone();
		Map<UUID, List<Occurrence>> occurrences = new HashMap<>();
		for (GuideRequest request : this.requests.findAll(tenantId, live)) {
			occurrences.put(request.id(), request.occurrences(zone));
		}
		LocalDate today = this.profiles.today();
		return new Pool(active, history, occurrences, today, YearMonth.from(today), zone, this::region);
	}

	/**
	 * The tenant's active guides and their assignments at one moment.
	 */
	public static final class Pool {

		private final List<Guide> active;

		private final List<PastAssignment> history;

		private final Map<UUID, List<Occurrence>> liveOccurrences;

		private final LocalDate today;

		private final YearMonth month;

		private final ZoneId zone;

		private final Function<String, Optional<Region>> regions;

		Pool(List<Guide> active, List<PastAssignment> history, Map<UUID, List<Occurrence>> liveOccurrences,
				LocalDate today, YearMonth month, ZoneId zone, Function<String, Optional<Region>> regions) {
			this.active = active;
			this.history = history;
			this.liveOccurrences = liveOccurrences;
			this.today = today;
			this.month = month;
			this.zone = zone;
			this.regions = regions;
		}

		public LocalDate today() {
			return this.today;
		}

		public List<Guide> active() {
			return this.active;
		}

		/**
		 * The appointments of a guide's live assignments, the request's own assignment
		 * left out.
		 */
		public List<Occurrence> busy(UUID guideId, UUID exceptRequest) {
			List<Occurrence> busy = new ArrayList<>();
			for (PastAssignment past : this.history) {
				if (past.guideId().equals(guideId) && past.status().live() && !past.requestId().equals(exceptRequest)) {
					busy.addAll(this.liveOccurrences.getOrDefault(past.requestId(), List.of()));
				}
			}
			return busy;
		}

		/** What the rules know of every active guide for one request. */
		public List<GuideFacts> facts(GuideRequest request) {
			Map<UUID, Map<Topic, Integer>> experience = new HashMap<>();
			Map<UUID, Set<String>> contacts = new HashMap<>();
			Map<UUID, Integer> load = new HashMap<>();
			for (PastAssignment past : this.history) {
				if (past.requestId().equals(request.id())) {
					continue;
				}
				experience.computeIfAbsent(past.guideId(), (key) -> new HashMap<>())
					.merge(past.topic(), 1, Integer::sum);
				if (past.contactReference() != null) {
					contacts.computeIfAbsent(past.guideId(), (key) -> new HashSet<>()).add(past.contactReference());
				}
				if (YearMonth.from(past.commissionedAt().atZoneSameInstant(this.zone)).equals(this.month)) {
					load.merge(past.guideId(), 1, Integer::sum);
				}
			}
			Optional<Region> target = region(request.regionKey());
			List<GuideFacts> facts = new ArrayList<>();
			for (Guide guide : this.active) {
				Optional<Region> home = region(guide.homeRegionKey());
				facts.add(new GuideFacts(guide, home.map(Region::label).orElse(guide.homeRegionKey()),
						busy(guide.id(), request.id()), experience.getOrDefault(guide.id(), Map.of()),
						contacts.getOrDefault(guide.id(), Set.of()), load.getOrDefault(guide.id(), 0),
						kilometres(home, target)));
			}
			return facts;
		}

		private Optional<Region> region(String key) {
			return this.regions.apply(key);
		}

		/** The distance between two Gemeinden's centres, as the crow flies. */
		static Double kilometres(Optional<Region> from, Optional<Region> to) {
			if (from.isEmpty() || to.isEmpty() || from.get().latitude() == null || to.get().latitude() == null
					|| from.get().longitude() == null || to.get().longitude() == null) {
				return null;
			}
			double lat1 = Math.toRadians(from.get().latitude().doubleValue());
			double lat2 = Math.toRadians(to.get().latitude().doubleValue());
			double dLat = lat2 - lat1;
			double dLon = Math.toRadians(to.get().longitude().doubleValue() - from.get().longitude().doubleValue());
			double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
					+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
			return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
		}

	}

}
