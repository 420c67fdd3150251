package de.teilhabe.reporting.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.teilhabe.reporting.render.ReportFigure;

/**
 * What changed between two versions of a report, from the figures each kept: figures
 * whose printed value moved, figures that are new, figures that are gone, and goals whose
 * controlling status changed.
 *
 * @param moved figures in both versions with another value
 * @param added figures only in the newer version
 * @param removed figures only in the older version
 * @param goals goals whose status changed (or that are new)
 */
record VersionChanges(List<Change> moved, List<Change> added, List<Change> removed, List<Change> goals) {

	/** The kind of a goal's status in {@link ReportFigure#kind()}. */
	static final String GOAL_STATUS = "GOAL_STATUS";

	/**
	 * One changed figure.
	 *
	 * @param label what the figure is (the newer version's label where it has one)
	 * @param before its value in the older version, or null
	 * @param after its value in the newer version, or null
	 */
	record Change(String label, String before, String after) {
	}

	/** The changes from the older version's figures to the newer one's. */
	static VersionChanges between(List<ReportFigure> older, List<ReportFigure> newer) {
		Map<String, ReportFigure> before = byKey(older);
		Map<String, ReportFigure> after = byKey(newer);
		List<Change> moved = new ArrayList<>();
		List<Change> added = new ArrayList<>();
		List<Change> removed = new ArrayList<>();
		List<Change> goals = new ArrayList<>();
		after.forEach((key, figure) -> {
			ReportFigure old = before.get(key);
			boolean goal = GOAL_STATUS.equals(figure.kind());
			if (old == null) {
				(goal ? goals : added).add(new Change(figure.label(), null, figure.value()));
			}
			else if (!Objects.equals(old.value(), figure.value())) {
				(goal ? goals : moved).add(new Change(figure.label(), old.value(), figure.value()));
			}
		});
		before.forEach((key, figure) -> {
			if (!after.containsKey(key)) {
				removed.add(new Change(figure.label(), figure.value(), null));
			}
		});
		return new VersionChanges(moved, added, removed, goals);
	}

	/** Whether nothing changed. */
	public boolean none() {
		return this.moved.isEmpty() && this.added.isEmpty() && this.removed.isEmpty() && this.goals.isEmpty();
	}

	private static Map<String, ReportFigure> byKey(List<ReportFigure> figures) {
		Map<String, ReportFigure> byKey = new LinkedHashMap<>();
		figures.forEach((figure) -> byKey.putIfAbsent(figure.key(), figure));
		return byKey;
	}

}
