package de.teilhabe.shared.security;

/**
 * A permission an ADMIN grants to a named user beside the user's roles, for work walled
 * off from the rest of a role (see docs/counselling-discrimination.md). Only a user who
 * holds the permission's role may hold it; nobody grants it to themselves; every grant
 * and revocation is audited as a role change.
 */
public enum Permission {

	/**
	 * Discrimination complaints of the Beratungsstelle (Antidiskriminierungsberatung):
	 * the respondent may be another department of the same administration, so only the
	 * counsellors named for it read them.
	 */
	DISCRIMINATION_COMPLAINTS(Role.COUNSELLOR);

	private final Role requiredRole;

	Permission(Role requiredRole) {
		this.requiredRole = requiredRole;
	}

	/** The role a user must hold to be granted (and to use) the permission. */
	public Role requiredRole() {
		return this.requiredRole;
	}

}
