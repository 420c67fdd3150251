package de.teilhabe.guides.matching;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks assignments against a problem's rules directly from the records, independently
 * of the solver's index form: every pair of occurrences compared, weeks counted with
 * {@link IsoFields} in Europe/Berlin.
 */
final class SolutionCheck {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private SolutionCheck() {
	}

	/** The ISO week of a window's start in Berlin, as week-based year * 100 + week. */
	static int isoWeek(TimeWindow window) {
		ZonedDateTime start = window.start().atZone(BERLIN);
		return start.get(IsoFields.WEEK_BASED_YEAR) * 100 + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	static boolean overlap(TimeWindow a, TimeWindow b) {
		return a.start().compareTo(b.end()) < 0 && b.start().compareTo(a.end()) < 0;
	}

	static boolean overlap(List<TimeWindow> a, List<TimeWindow> b) {
		for (TimeWindow x : a) {
			for (TimeWindow y : b) {
				if (overlap(x, y)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the given requests (by index) may all go to the guide.
	 */
	static boolean fits(GuideToUse guide, List<RequestToServe> requests) {
		for (int i = 0; i < requests.size(); i++) {
			if (overlap(requests.get(i).occurrences(), guide.busy())) {
				return false;
			}
			for (int j = i + 1; j < requests.size(); j++) {
				if (overlap(requests.get(i).occurrences(), requests.get(j).occurrences())) {
					return false;
				}
			}
		}
		// the weeks in which an assigned request has an occurrence: its requests and busy
		// windows
		Map<Integer, Integer> perWeek = new HashMap<>();
		for (RequestToServe request : requests) {
			Set<Integer> weeks = new HashSet<>();
			for (TimeWindow occurrence : request.occurrences()) {
				weeks.add(isoWeek(occurrence));
			}
			for (int week : weeks) {
				perWeek.merge(week, 1, Integer::sum);
			}
		}
		for (TimeWindow busy : guide.busy()) {
			perWeek.computeIfPresent(isoWeek(busy), (week, count) -> count + 1);
		}
		return perWeek.values().stream().allMatch((count) -> count <= guide.assignmentsPerWeek());
	}

	/** What is wrong with a solution; empty when it keeps every rule. */
	static List<String> violations(Problem problem, Solution solution) {
		List<String> violations = new ArrayList<>();
		Map<Long, RequestToServe> requests = new HashMap<>();
		problem.requests().forEach((request) -> requests.put(request.requestId(), request));
		Map<Long, Map<Long, Integer>> costs = new HashMap<>();
		problem.options()
			.forEach((option) -> costs.computeIfAbsent(option.requestId(), (r) -> new HashMap<>())
				.put(option.guideId(), option.cost()));
		Set<Long> served = new HashSet<>();
		Map<Long, List<RequestToServe>> byGuide = new HashMap<>();
		for (Assignment assignment : solution.assignments()) {
			if (!served.add(assignment.requestId())) {
				violations.add("request " + assignment.requestId() + " assigned twice");
			}
			Integer cost = costs.getOrDefault(assignment.requestId(), Map.of()).get(assignment.guideId());
			if (cost == null || cost != assignment.cost()) {
				violations.add("no option " + assignment);
			}
			byGuide.computeIfAbsent(assignment.guideId(), (g) -> new ArrayList<>())
				.add(requests.get(assignment.requestId()));
		}
		for (GuideToUse guide : problem.guides()) {
			List<RequestToServe> assigned = byGuide.getOrDefault(guide.guideId(), List.of());
			if (!fits(guide, assigned)) {
				violations.add("guide " + guide.guideId() + " cannot take " + assigned);
			}
		}
		if (solution.served() != solution.assignments().size()
				|| solution.unserved() != problem.requests().size() - solution.served()) {
			violations.add("counts " + solution.served() + "/" + solution.unserved());
		}
		return violations;
	}

}
