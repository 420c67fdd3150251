package de.teilhabe.guides.partner;

/**
 * A PARTNER whose account is bound to no organisation: it has no requests to see or make
 * (403 with a message that says so).
 */
class NoOrganisationException extends RuntimeException {

	NoOrganisationException() {
		super("The partner account is bound to no organisation.");
	}

}
