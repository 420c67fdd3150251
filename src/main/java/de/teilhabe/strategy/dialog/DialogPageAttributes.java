package de.teilhabe.strategy.dialog;

import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.security.Role;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the reader of a dialog page may change things (STRATEGY): the pages show the
 * forms then.
 */
@ControllerAdvice(assignableTypes = { DialogController.class, WorkshopController.class })
class DialogPageAttributes {

	@ModelAttribute("writer")
	boolean writer() {
		return CurrentActor.find().map((actor) -> actor.has(Role.STRATEGY)).orElse(false);
	}

}
