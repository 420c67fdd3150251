package de.teilhabe.strategy.concept;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What changed from one version of the concept to another: Leitlinien added, removed and
 * changed; Handlungsfelder added, removed and renamed; per Handlungsfeld the goals added,
 * removed and those whose target changed. A field or goal of one version is the same as
 * one of the other if either was copied from the other, directly or over versions in
 * between ({@code copied_from}). Leitlinien have no identity: a text found in both is
 * unchanged (wherever it moved), the remaining ones are paired in order as changed, and
 * what is left is added or removed.
 *
 * @param guidelinesAdded texts only in the later version
 * @param guidelinesRemoved texts only in the earlier version
 * @param guidelinesChanged pairs of text before and after
 * @param fieldsAdded names of fields only in the later version
 * @param fieldsRemoved names of fields only in the earlier version
 * @param fieldsRenamed pairs of name before and after
 * @param goals per field (of the later version, or removed) what changed in its goals;
 * only fields with a change
 */
public record ConceptComparison(List<String> guidelinesAdded, List<String> guidelinesRemoved,
		List<Change> guidelinesChanged, List<String> fieldsAdded, List<String> fieldsRemoved,
		List<Change> fieldsRenamed, List<FieldGoals> goals) {

	/** Whether nothing changed. */
	public boolean unchanged() {
		return this.guidelinesAdded.isEmpty() && this.guidelinesRemoved.isEmpty() && this.guidelinesChanged.isEmpty()
				&& this.fieldsAdded.isEmpty() && this.fieldsRemoved.isEmpty() && this.fieldsRenamed.isEmpty()
				&& this.goals.isEmpty();
	}

	/**
	 * Compares two versions.
	 * @param copiedFrom the tenant's fields and goals: ID → ID of the original
	 */
	static ConceptComparison of(Version before, Version after, Map<UUID, UUID> copiedFrom) {
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		List<String> remainingBefore = new ArrayList<>(before.guidelines());
		List<String> remainingAfter = new ArrayList<>();
		for (String text : after.guidelines()) {
			if (!remainingBefore.remove(text)) {
				remainingAfter.add(text);
			}
		}
		for (int i = 0; i < Math.max(remainingBefore.size(), remainingAfter.size()); i++) {
			if (i < remainingBefore.size() && i < remainingAfter.size()) {
				changed.add(new Change(remainingBefore.get(i), remainingAfter.get(i)));
			}
			else if (i < remainingAfter.size()) {
				added.add(remainingAfter.get(i));
			}
			else {
				removed.add(remainingBefore.get(i));
			}
		}

		List<String> fieldsAdded = new ArrayList<>();
		List<Change> fieldsRenamed = new ArrayList<>();
		List<FieldGoals> goals = new ArrayList<>();
		Set<UUID> matchedBefore = new HashSet<>();
		for (Field field : after.fields()) {
			Field earlier = before.fields()
				.stream()
				.filter((old) -> !matchedBefore.contains(old.id()) && same(old.id(), field.id(), copiedFrom))
				.findFirst()
				.orElse(null);
			List<ConceptContents.Goal> goalsAfter = goalsOf(after, field.id());
			if (earlier == null) {
				fieldsAdded.add(field.name());
				FieldGoals fieldGoals = new FieldGoals(field.name(), titles(goalsAfter), List.of(), List.of());
				if (!fieldGoals.goalsAdded().isEmpty()) {
					goals.add(fieldGoals);
				}
				continue;
			}
			matchedBefore.add(earlier.id());
			if (!earlier.name().equals(field.name())) {
				fieldsRenamed.add(new Change(earlier.name(), field.name()));
			}
			FieldGoals fieldGoals = compareGoals(field.name(), goalsOf(before, earlier.id()), goalsAfter, copiedFrom);
			if (!fieldGoals.unchanged()) {
				goals.add(fieldGoals);
			}
		}
		List<String> fieldsRemoved = before.fields()
			.stream()
			.filter((field) -> !matchedBefore.contains(field.id()))
			.map(Field::name)
			.toList();
		return new ConceptComparison(added, removed, changed, fieldsAdded, fieldsRemoved, fieldsRenamed, goals);
	}

	private static FieldGoals compareGoals(String field, List<ConceptContents.Goal> before,
			List<ConceptContents.Goal> after, Map<UUID, UUID> copiedFrom) {
		List<String> added = new ArrayList<>();
		List<TargetChange> targets = new ArrayList<>();
		Set<UUID> matched = new HashSet<>();
		for (ConceptContents.Goal goal : after) {
			ConceptContents.Goal earlier = before.stream()
				.filter((old) -> !matched.contains(old.id()) && same(old.id(), goal.id(), copiedFrom))
				.findFirst()
				.orElse(null);
			if (earlier == null) {
				added.add(goal.title());
				continue;
			}
			matched.add(earlier.id());
			if (earlier.targetValue().compareTo(goal.targetValue()) != 0 || earlier.targetYear() != goal.targetYear()) {
				targets.add(new TargetChange(goal.title(), earlier.targetValue(), earlier.targetYear(),
						goal.targetValue(), goal.targetYear()));
			}
		}
		List<String> removed = before.stream()
			.filter((goal) -> !matched.contains(goal.id()))
			.map(ConceptContents.Goal::title)
			.toList();
		return new FieldGoals(field, added, removed, targets);
	}

	/** Whether two IDs name the same field or goal: one was copied from the other. */
	static boolean same(UUID one, UUID other, Map<UUID, UUID> copiedFrom) {
		return origins(one, copiedFrom).contains(other) || origins(other, copiedFrom).contains(one);
	}

	private static Set<UUID> origins(UUID id, Map<UUID, UUID> copiedFrom) {
		Set<UUID> chain = new LinkedHashSet<>();
		for (UUID at = id; at != null && chain.add(at);) {
			at = copiedFrom.get(at);
		}
		return chain;
	}

	private static List<ConceptContents.Goal> goalsOf(Version version, UUID fieldId) {
		return version.goals().stream().filter((goal) -> goal.fieldId().equals(fieldId)).toList();
	}

	private static List<String> titles(List<ConceptContents.Goal> goals) {
		return goals.stream().map(ConceptContents.Goal::title).toList();
	}

	/** What of a version is compared. */
	public record Version(List<String> guidelines, List<Field> fields, List<ConceptContents.Goal> goals) {
	}

	/** A text or name before and after. */
	public record Change(String before, String after) {
	}

	/** A goal whose target (value or year) changed. */
	public record TargetChange(String title, BigDecimal valueBefore, int yearBefore, BigDecimal valueAfter,
			int yearAfter) {
	}

	/** The goals of one Handlungsfeld that changed. */
	public record FieldGoals(String field, List<String> goalsAdded, List<String> goalsRemoved,
			List<TargetChange> targets) {

		public boolean unchanged() {
			return this.goalsAdded.isEmpty() && this.goalsRemoved.isEmpty() && this.targets.isEmpty();
		}

	}

}
