package de.teilhabe.shared.security;

import org.springframework.security.core.GrantedAuthority;

/**
 * The roles of the platform (see docs/glossary.md). A user may hold several.
 */
public enum Role implements GrantedAuthority {

	/** Users and settings of its tenant; never case content. */
	ADMIN,
	/** Monitoring, concept, network, reports. */
	STRATEGY,
	/** Counselling cases (Beratungsstelle). */
	COUNSELLOR,
	/** Coordinates the volunteer integration guides (Leitstelle). */
	GUIDE_COORDINATOR,
	/** A volunteer integration guide (Lotsin/Lotse): own assignments only. */
	GUIDE,
	/** Office of the migration advisory council (Geschäftsstelle des Beirats). */
	COUNCIL_OFFICE,
	/** A partner organisation: its own entries only. */
	PARTNER,
	/**
	 * Data protection officer (Datenschutzbeauftragte): audit log, reviews; no case
	 * content.
	 */
	PRIVACY_OFFICER;

	/** The staff roles of the office itself (everyone but volunteers and partners). */
	public static final Role[] STAFF = { ADMIN, STRATEGY, COUNSELLOR, GUIDE_COORDINATOR, COUNCIL_OFFICE,
			PRIVACY_OFFICER };

	/** The names of roles, as Spring Security's {@code hasAnyRole} takes them. */
	public static String[] names(Role... roles) {
		String[] names = new String[roles.length];
		for (int i = 0; i < roles.length; i++) {
			names[i] = roles[i].name();
		}
		return names;
	}

	@Override
	public String getAuthority() {
		return "ROLE_" + name();
	}

}
