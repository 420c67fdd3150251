package de.teilhabe.access;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the access module's pages need beside the layout: the time zone times are shown
 * in. Superseded by {@code #times} ({@link de.teilhabe.shared.time.Times}); kept only
 * until the access pages being changed in parallel no longer use {@code ${zone}}, then
 * deleted.
 */
@ControllerAdvice(basePackages = "de.teilhabe.access")
class AccessPageAttributes {

	/** The office's time zone: the platform serves German municipalities. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@ModelAttribute("zone")
	ZoneId zone() {
		return ZONE;
	}

}
