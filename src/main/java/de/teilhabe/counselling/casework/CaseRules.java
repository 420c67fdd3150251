package de.teilhabe.counselling.casework;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a case's life, without the database: the order of the phases of a case
 * management, closing and reopening. Each check answers the key of the message that says
 * what is wrong, empty when the change is allowed.
 * <ul>
 * <li>Only a case management has phases; it moves one phase forward or one back (a
 * correction), never while closed; it leaves the plan forward only with at least one goal
 * in the Förderplan.</li>
 * <li>A closed case is read-only: its topics, title, goals and phase do not change, it is
 * not handed over; it can only be reopened (unless it was anonymised).</li>
 * <li>A case is closed on a day not before it was opened and not in the future.</li>
 * </ul>
 */
public final class CaseRules {

	private CaseRules() {
	}

	/**
	 * Whether a case may move to a phase.
	 * @param goals how many goals its Förderplan holds
	 */
	public static Optional<String> phaseChange(CaseKind kind, boolean closed, CasePhase current, CasePhase target,
			int goals) {
		if (kind != CaseKind.CASE_MANAGEMENT || current == null) {
			return Optional.of("counselling.cases.error.noPhases");
		}
		if (closed) {
			return Optional.of("counselling.cases.error.closed");
		}
		if (target == null
				|| !(current.next().equals(Optional.of(target)) || current.previous().equals(Optional.of(target)))) {
			return Optional.of("counselling.cases.error.phaseOrder");
		}
		if (current == CasePhase.PLAN && target == CasePhase.FOLLOW_UP && goals == 0) {
			return Optional.of("counselling.cases.error.planWithoutGoals");
		}
		return Optional.empty();
	}

	/** Whether a case may be changed (topics, title, goals, handover). */
	public static Optional<String> change(boolean closed) {
		return closed ? Optional.of("counselling.cases.error.closed") : Optional.empty();
	}

	/** Whether a case opened on a day may be closed on another. */
	public static Optional<String> close(boolean closed, LocalDate openedOn, LocalDate closedOn, LocalDate today) {
		if (closed) {
			return Optional.of("counselling.cases.error.alreadyClosed");
		}
		if (closedOn.isBefore(openedOn)) {
			return Optional.of("counselling.cases.error.closedBeforeOpened");
		}
		if (closedOn.isAfter(today)) {
			return Optional.of("counselling.cases.error.future");
		}
		return Optional.empty();
	}

	/** Whether a case may be reopened. */
	public static Optional<String> reopen(boolean closed, boolean anonymised) {
		if (!closed) {
			return Optional.of("counselling.cases.error.notClosed");
		}
		if (anonymised) {
			return Optional.of("counselling.cases.error.anonymised");
		}
		return Optional.empty();
	}

	/** Whether a case of a kind may be opened for a client (not a short contact). */
	public static boolean forClient(CaseKind kind) {
		return kind == CaseKind.COUNSELLING || kind == CaseKind.CASE_MANAGEMENT;
	}

}
