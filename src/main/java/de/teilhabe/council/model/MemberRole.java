package de.teilhabe.council.model;

/**
 * A member's role in a committee (OParl {@code Membership.role}, a free text there).
 */
public enum MemberRole {

	/** Vorsitz. */
	CHAIR("Vorsitz"),
	/** Stellvertretender Vorsitz. */
	DEPUTY_CHAIR("Stellvertretender Vorsitz"),
	/** Mitglied. */
	MEMBER("Mitglied");

	private final String oparlName;

	MemberRole(String oparlName) {
		this.oparlName = oparlName;
	}

	/** The role as an OParl client shows it (German, as the body publishes it). */
	public String oparlName() {
		return this.oparlName;
	}

}
