package de.teilhabe.privacy;

import de.teilhabe.shared.web.ConflictException;

/**
 * A withdrawal of a consent that is withdrawn already (409): the first withdrawal, with
 * its time and who recorded it, stays as it is.
 */
public class ConsentAlreadyWithdrawnException extends ConflictException {

	public ConsentAlreadyWithdrawnException() {
		super("privacy.consent.error.alreadyWithdrawn");
	}

	@Override
	public String getMessage() {
		return "the consent was withdrawn already";
	}

}
