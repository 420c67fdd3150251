package de.teilhabe.guides.matching;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A problem checked and turned into index form, shared by the solver and the greedy: the
 * options that can be taken at all (no overlap with a busy window, room left in each week
 * of the request), and over those the groups of which at most one may be taken (the
 * options of one request; the options of one guide whose occurrences share an instant)
 * and the weekly capacity limits of the guides.
 */
final class IndexedProblem {

	/** ISO weeks are counted in the office's time zone. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	final Problem problem;

	/** The options that can be taken at all, in the problem's order. */
	final Option[] options;

	/** The request index of each usable option. */
	final int[] optionRequest;

	/** The guide index of each usable option. */
	final int[] optionGuide;

	/** The usable options of each request, ascending. */
	final int[][] requestOptions;

	/**
	 * Sets of usable options of which at most one may be taken: one guide's options whose
	 * occurrences all contain one instant (the maximal cliques of the overlap graph,
	 * found by a sweep over the guide's occurrences), each at least two options.
	 */
	final List<int[]> overlapGroups;

	/**
	 * Sets of usable options of one guide with an occurrence in one ISO week, more than
	 * the room left in that week; {@link #capacityLimits} holds the room.
	 */
	final List<int[]> capacityGroups;

	final int[] capacityLimits;

	private IndexedProblem(Problem problem, Option[] options, int[] optionRequest, int[] optionGuide,
			int[][] requestOptions, List<int[]> overlapGroups, List<int[]> capacityGroups, int[] capacityLimits) {
		this.problem = problem;
		this.options = options;
		this.optionRequest = optionRequest;
		this.optionGuide = optionGuide;
		this.requestOptions = requestOptions;
		this.overlapGroups = overlapGroups;
		this.capacityGroups = capacityGroups;
		this.capacityLimits = capacityLimits;
	}

	int requestCount() {
		return this.problem.requests().size();
	}

	int optionCount() {
		return this.options.length;
	}

	/**
	 * Checks the problem and indexes it.
	 * @param problem the problem
	 * @return its index form
	 * @throws IllegalArgumentException if an id repeats or an option names an unknown
	 * request or guide
	 */
	static IndexedProblem of(Problem problem) {
		List<RequestToServe> requests = problem.requests();
		List<GuideToUse> guides = problem.guides();
		Map<Long, Integer> requestIndex = new HashMap<>();
		for (int r = 0; r < requests.size(); r++) {
			if (requestIndex.put(requests.get(r).requestId(), r) != null) {
				throw new IllegalArgumentException("Request " + requests.get(r).requestId() + " appears twice");
			}
		}
		Map<Long, Integer> guideIndex = new HashMap<>();
		for (int g = 0; g < guides.size(); g++) {
			if (guideIndex.put(guides.get(g).guideId(), g) != null) {
				throw new IllegalArgumentException("Guide " + guides.get(g).guideId() + " appears twice");
			}
		}
		long[][] requestWeeks = new long[requests.size()][];
		for (int r = 0; r < requests.size(); r++) {
			requestWeeks[r] = requests.get(r)
				.occurrences()
				.stream()
				.mapToLong(IndexedProblem::week)
				.distinct()
				.toArray();
		}
		Busy[] busy = new Busy[guides.size()];
		for (int g = 0; g < guides.size(); g++) {
			busy[g] = Busy.of(guides.get(g));
		}
		Set<Long> pairs = new HashSet<>();
		List<Option> usable = new ArrayList<>();
		List<Integer> usableRequest = new ArrayList<>();
		List<Integer> usableGuide = new ArrayList<>();
		for (Option option : problem.options()) {
			Integer r = requestIndex.get(option.requestId());
			Integer g = guideIndex.get(option.guideId());
			if (r == null) {
				throw new IllegalArgumentException("An option names request " + option.requestId()
						+ ", which is not among the problem's requests");
			}
			if (g == null) {
				throw new IllegalArgumentException(
						"An option names guide " + option.guideId() + ", which is not among the problem's guides");
			}
			if (!pairs.add(((long) r << 32) | g)) {
				throw new IllegalArgumentException("The option of request " + option.requestId() + " and guide "
						+ option.guideId() + " appears twice");
			}
			if (busy[g].allows(requests.get(r), requestWeeks[r])) {
				usable.add(option);
				usableRequest.add(r);
				usableGuide.add(g);
			}
		}
		int n = usable.size();
		int[] optionRequest = usableRequest.stream().mapToInt(Integer::intValue).toArray();
		int[] optionGuide = usableGuide.stream().mapToInt(Integer::intValue).toArray();
		List<List<Integer>> byRequest = lists(requests.size());
		List<List<Integer>> byGuide = lists(guides.size());
		for (int o = 0; o < n; o++) {
			byRequest.get(optionRequest[o]).add(o);
			byGuide.get(optionGuide[o]).add(o);
		}
		int[][] requestOptions = new int[requests.size()][];
		for (int r = 0; r < requests.size(); r++) {
			requestOptions[r] = byRequest.get(r).stream().mapToInt(Integer::intValue).toArray();
		}
		Set<Group> overlapGroups = new HashSet<>();
		Map<Group, Integer> capacityGroups = new HashMap<>();
		for (int g = 0; g < guides.size(); g++) {
			List<Integer> guideOptions = byGuide.get(g);
			overlapGroups(requests, optionRequest, guideOptions, overlapGroups);
			Map<Long, List<Integer>> byWeek = new TreeMap<>();
			for (int o : guideOptions) {
				for (long week : requestWeeks[optionRequest[o]]) {
					byWeek.computeIfAbsent(week, (w) -> new ArrayList<>()).add(o);
				}
			}
			for (Map.Entry<Long, List<Integer>> week : byWeek.entrySet()) {
				int room = busy[g].room(week.getKey());
				if (week.getValue().size() > room) {
					capacityGroups.merge(new Group(week.getValue()), room, Math::min);
				}
			}
		}
		List<int[]> overlap = overlapGroups.stream().map(Group::options).sorted(Arrays::compare).toList();
		List<Map.Entry<Group, Integer>> capacity = capacityGroups.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(Group::options, Arrays::compare)))
			.toList();
		return new IndexedProblem(problem, usable.toArray(Option[]::new), optionRequest, optionGuide, requestOptions,
				overlap, capacity.stream().map((entry) -> entry.getKey().options()).toList(),
				capacity.stream().mapToInt(Map.Entry::getValue).toArray());
	}

	/**
	 * The Monday of the ISO week (Europe/Berlin) in which a window starts, as epoch day.
	 */
	static long week(TimeWindow window) {
		return window.start().atZone(ZONE).toLocalDate().with(DayOfWeek.MONDAY).toEpochDay();
	}

	/**
	 * Sweeps over the occurrences of one guide's options in time order (an end before a
	 * start at the same instant: the windows are half-open) and adds the set of options
	 * active just before each end that follows a start: the maximal sets of options
	 * sharing an instant. Two options overlap exactly when they share an instant, so each
	 * overlapping pair lies in one of these sets.
	 */
	private static void overlapGroups(List<RequestToServe> requests, int[] optionRequest, List<Integer> guideOptions,
			Set<Group> groups) {
		List<long[]> events = new ArrayList<>();
		List<TimeWindow> windows = new ArrayList<>();
		for (int local = 0; local < guideOptions.size(); local++) {
			for (TimeWindow occurrence : requests.get(optionRequest[guideOptions.get(local)]).occurrences()) {
				windows.add(occurrence);
				int window = windows.size() - 1;
				events.add(new long[] { window, 1, local });
				events.add(new long[] { window, 0, local });
			}
		}
		if (guideOptions.size() < 2) {
			return;
		}
		events.sort((a, b) -> {
			int byTime = instant(windows, a).compareTo(instant(windows, b));
			return (byTime != 0) ? byTime : Long.compare(a[1], b[1]);
		});
		int[] activeOccurrences = new int[guideOptions.size()];
		BitSet active = new BitSet(guideOptions.size());
		boolean grown = false;
		for (long[] event : events) {
			int local = (int) event[2];
			if (event[1] == 1) {
				if (activeOccurrences[local]++ == 0) {
					active.set(local);
				}
				grown = true;
			}
			else {
				if (grown && active.cardinality() > 1) {
					groups.add(new Group(active.stream().map(guideOptions::get).toArray()));
				}
				grown = false;
				if (--activeOccurrences[local] == 0) {
					active.clear(local);
				}
			}
		}
	}

	private static java.time.Instant instant(List<TimeWindow> windows, long[] event) {
		TimeWindow window = windows.get((int) event[0]);
		return (event[1] == 1) ? window.start() : window.end();
	}

	private static List<List<Integer>> lists(int count) {
		List<List<Integer>> lists = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			lists.add(new ArrayList<>());
		}
		return lists;
	}

	/** A set of option indices, ascending, compared by content. */
	private record Group(int[] options) {

		Group(List<Integer> options) {
			this(options.stream().mapToInt(Integer::intValue).sorted().toArray());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Group group && Arrays.equals(this.options, group.options);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.options);
		}

		@Override
		public String toString() {
			return Arrays.toString(this.options);
		}

	}

	/**
	 * A guide's busy windows, merged into disjoint ones sorted by start, and how many
	 * start in each ISO week.
	 */
	private record Busy(int assignmentsPerWeek, TimeWindow[] merged, Map<Long, Integer> perWeek) {

		static Busy of(GuideToUse guide) {
			List<TimeWindow> sorted = new ArrayList<>(guide.busy());
			sorted.sort(Comparator.comparing(TimeWindow::start));
			List<TimeWindow> merged = new ArrayList<>();
			Map<Long, Integer> perWeek = new HashMap<>();
			for (TimeWindow window : sorted) {
				perWeek.merge(week(window), 1, Integer::sum);
				TimeWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && window.start().isBefore(last.end())) {
					if (window.end().isAfter(last.end())) {
						merged.set(merged.size() - 1, new TimeWindow(last.start(), window.end()));
					}
				}
				else {
					merged.add(window);
				}
			}
			return new Busy(guide.assignmentsPerWeek(), merged.toArray(TimeWindow[]::new), perWeek);
		}

		int room(long week) {
			return this.assignmentsPerWeek - this.perWeek.getOrDefault(week, 0);
		}

		/** Whether the request overlaps no busy window and each of its weeks has room. */
		boolean allows(RequestToServe request, long[] weeks) {
			for (long week : weeks) {
				if (room(week) < 1) {
					return false;
				}
			}
			for (TimeWindow occurrence : request.occurrences()) {
				if (overlapsBusy(occurrence)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Whether the last merged window starting before the occurrence ends still runs
		 * at its start; earlier merged windows end before that one starts.
		 */
		private boolean overlapsBusy(TimeWindow occurrence) {
			int low = 0;
			int high = this.merged.length - 1;
			int last = -1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				if (this.merged[middle].start().isBefore(occurrence.end())) {
					last = middle;
					low = middle + 1;
				}
				else {
					high = middle - 1;
				}
			}
			return last >= 0 && this.merged[last].end().isAfter(occurrence.start());
		}

	}

}
