package de.teilhabe.shared.web;

import java.util.Map;

/**
 * Attributes a module adds to every page's layout (e.g. the tenant's name in the header).
 * A module's {@code @ModelAttribute} methods reach the pages of controllers only; the
 * error pages written by an exception handler get these too.
 */
public interface LayoutContributor {

	/** The attributes for the current request (entries with a null value are skipped). */
	Map<String, Object> layoutAttributes();

}
