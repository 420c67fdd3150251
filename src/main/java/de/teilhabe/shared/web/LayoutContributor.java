package de.teilhabe.shared.web;

import java.util.Map;

import org.springframework.ui.ModelMap;

/**
 * Attributes a module adds to every page's layout (e.g. the tenant's name in the header).
 * Added to every page a controller prepared (not to JSON answers or redirects) and to the
 * error pages written by an exception handler.
 */
public interface LayoutContributor {

	/** The attributes for the current request (entries with a null value are skipped). */
	Map<String, Object> layoutAttributes();

	/**
	 * Adds the attributes to the model of a page a controller prepared, each only when
	 * the model does not hold it yet.
	 */
	default void addToPage(ModelMap model) {
		layoutAttributes().forEach((name, value) -> {
			if (value != null && !model.containsAttribute(name)) {
				model.addAttribute(name, value);
			}
		});
	}

}
