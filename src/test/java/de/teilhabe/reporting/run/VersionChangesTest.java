package de.teilhabe.reporting.run;

import java.util.List;

import de.teilhabe.reporting.render.ReportFigure;
import de.teilhabe.reporting.run.VersionChanges.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What changed between two versions, figure by figure: a moved value, a new figure, a
 * figure gone, a goal whose status changed; equal figures are no change.
 */
class VersionChangesTest {

	@Test
	void figuresAndGoalStatusesAreComparedByTheirKey() {
		List<ReportFigure> older = List.of(new ReportFigure("a", "Anteil 2023", "9,8 %", "FIGURE"),
				new ReportFigure("b", "Melle 2023", "x", "FIGURE"), new ReportFigure("c", "Gleich", "1", "FIGURE"),
				new ReportFigure("goal:1", "Kita", "auf Kurs", "GOAL_STATUS"));
		List<ReportFigure> newer = List.of(new ReportFigure("a", "Anteil 2023", "10,1 %", "FIGURE"),
				new ReportFigure("c", "Gleich", "1", "FIGURE"),
				new ReportFigure("d", "Anteil 2024", "10,4 %", "FIGURE"),
				new ReportFigure("goal:1", "Kita", "gefährdet", "GOAL_STATUS"),
				new ReportFigure("goal:2", "Sprache", "erreicht", "GOAL_STATUS"));
		VersionChanges changes = VersionChanges.between(older, newer);
		assertThat(changes.moved()).containsExactly(new Change("Anteil 2023", "9,8 %", "10,1 %"));
		assertThat(changes.added()).containsExactly(new Change("Anteil 2024", null, "10,4 %"));
		assertThat(changes.removed()).containsExactly(new Change("Melle 2023", "x", null));
		assertThat(changes.goals()).containsExactly(new Change("Kita", "auf Kurs", "gefährdet"),
				new Change("Sprache", null, "erreicht"));
		assertThat(changes.none()).isFalse();
		assertThat(VersionChanges.between(newer, newer).none()).isTrue();
	}

}
