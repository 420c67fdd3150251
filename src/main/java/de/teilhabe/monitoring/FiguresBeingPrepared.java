package de.teilhabe.monitoring;

import de.teilhabe.shared.startup.Preparation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reference statistics and the indicators computed from them are prepared after the
 * platform reports healthy (start-up tasks that run while serving): until they are done,
 * every monitoring page says so above its content, instead of presenting missing figures
 * as if there were none.
 */
@ControllerAdvice(basePackageClasses = FiguresBeingPrepared.class)
class FiguresBeingPrepared {

	private final Preparation preparation;

	FiguresBeingPrepared(Preparation preparation) {
		this.preparation = preparation;
	}

	@ModelAttribute("figuresBeingPrepared")
	boolean figuresBeingPrepared() {
		return this.preparation.inProgress();
	}

}
