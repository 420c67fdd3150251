package de.teilhabe.counselling.casework;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a case's life: the phases of a case management in their order (one step
 * forward or back, the plan left only with a goal), closing and reopening.
 */
class CaseRulesTest {

	private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void thePhasesFollowEachOther() {
		assertThat(CasePhase.INTAKE.next()).contains(CasePhase.ASSESSMENT);
		assertThat(CasePhase.ASSESSMENT.next()).contains(CasePhase.PLAN);
		assertThat(CasePhase.PLAN.next()).contains(CasePhase.FOLLOW_UP);
		assertThat(CasePhase.FOLLOW_UP.next()).contains(CasePhase.CLOSURE);
		assertThat(CasePhase.CLOSURE.next()).isEmpty();
		assertThat(CasePhase.INTAKE.previous()).isEmpty();
		assertThat(CasePhase.CLOSURE.previous()).contains(CasePhase.FOLLOW_UP);
	}

	@Test
	void aCaseManagementMovesOnePhaseForwardOrBack() {
		assertThat(change(CasePhase.INTAKE, CasePhase.ASSESSMENT, 0)).isEmpty();
		assertThat(change(CasePhase.ASSESSMENT, CasePhase.INTAKE, 0)).isEmpty();
		assertThat(change(CasePhase.INTAKE, CasePhase.PLAN, 0)).contains("counselling.cases.error.phaseOrder");
		assertThat(change(CasePhase.PLAN, CasePhase.PLAN, 1)).contains("counselling.cases.error.phaseOrder");
		assertThat(change(CasePhase.CLOSURE, null, 1)).contains("counselling.cases.error.phaseOrder");
		assertThat(change(CasePhase.FOLLOW_UP, CasePhase.CLOSURE, 0)).isEmpty();
	}

	@Test
	void thePlanIsLeftForwardOnlyWithAGoal() {
		assertThat(change(CasePhase.PLAN, CasePhase.FOLLOW_UP, 0)).contains("counselling.cases.error.planWithoutGoals");
		assertThat(change(CasePhase.PLAN, CasePhase.FOLLOW_UP, 1)).isEmpty();
		assertThat(change(CasePhase.PLAN, CasePhase.ASSESSMENT, 0)).isEmpty();
	}

	@Test
	void onlyAnOpenCaseManagementHasPhases() {
		assertThat(CaseRules.phaseChange(CaseKind.COUNSELLING, false, null, CasePhase.ASSESSMENT, 0))
			.contains("counselling.cases.error.noPhases");
		assertThat(CaseRules.phaseChange(CaseKind.CASE_MANAGEMENT, true, CasePhase.INTAKE, CasePhase.ASSESSMENT, 0))
			.contains("counselling.cases.error.closed");
	}

	@Test
	void aCaseIsClosedOnADayBetweenItsOpeningAndToday() {
		assertThat(CaseRules.close(false, OPENED, OPENED, TODAY)).isEmpty();
		assertThat(CaseRules.close(false, OPENED, TODAY, TODAY)).isEmpty();
		assertThat(CaseRules.close(false, OPENED, OPENED.minusDays(1), TODAY))
			.contains("counselling.cases.error.closedBeforeOpened");
		assertThat(CaseRules.close(false, OPENED, TODAY.plusDays(1), TODAY)).contains("counselling.cases.error.future");
		assertThat(CaseRules.close(true, OPENED, TODAY, TODAY)).contains("counselling.cases.error.alreadyClosed");
	}

	@Test
	void aClosedCaseIsReadOnlyButCanBeReopenedUnlessAnonymised() {
		assertThat(CaseRules.change(true)).contains("counselling.cases.error.closed");
		assertThat(CaseRules.change(false)).isEmpty();
		assertThat(CaseRules.reopen(true, false)).isEmpty();
		assertThat(CaseRules.reopen(false, false)).contains("counselling.cases.error.notClosed");
		assertThat(CaseRules.reopen(true, true)).contains("counselling.cases.error.anonymised");
		assertThat(CaseRules.forClient(CaseKind.SHORT_CONTACT)).isFalse();
		assertThat(CaseRules.forClient(CaseKind.CASE_MANAGEMENT)).isTrue();
	}

	private static Optional<String> change(CasePhase from, CasePhase to, int goals) {
		return CaseRules.phaseChange(CaseKind.CASE_MANAGEMENT, false, from, to, goals);
	}

}
