package de.teilhabe.shared.web.form;

import org.springframework.validation.Errors;

/**
 * A form record whose fields are also checked together (an end after the start, both
 * coordinates or none): {@link FormBinder} calls it after the constraints of the single
 * fields, with the errors found so far, when every value could be read. Reject with a
 * message key of the bundles, e.g.
 * {@code errors.rejectValue("endTime", "network.error.endBeforeStart")}.
 */
public interface CheckedTogether {

	void checkTogether(Errors errors);

}
