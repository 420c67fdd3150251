package de.teilhabe.strategy.goal;

import de.teilhabe.shared.startup.Preparation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Right after a start the reference statistics and the indicators are still being
 * prepared ({@link Preparation}): the goal pages then say so above their content (the
 * note of the layout, as on the monitoring pages), and a goal on an indicator without a
 * value shows „Zahlen werden vorbereitet“ instead of „keine Daten“ (see
 * {@link GoalViews.Reader#waitingForFigures}). The controlling dashboard has its own
 * note.
 */
@ControllerAdvice(assignableTypes = GoalPages.class)
class FiguresBeingPreparedForGoals {

	private final Preparation preparation;

	FiguresBeingPreparedForGoals(Preparation preparation) {
		this.preparation = preparation;
	}

	@ModelAttribute("figuresBeingPrepared")
	boolean figuresBeingPrepared() {
		return this.preparation.inProgress();
	}

}
