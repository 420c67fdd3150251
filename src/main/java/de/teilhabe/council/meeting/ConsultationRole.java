package de.teilhabe.council.meeting;

/**
 * Why a committee treats a paper (stored as the German text OParl clients show in
 * {@code Consultation.role}).
 */
public enum ConsultationRole {

	/** Vorberatung: a working group discusses first and recommends. */
	DISCUSSION("Vorberatung"),
	/** Entscheidung: the committee decides. */
	DECISION("Entscheidung"),
	/** Kenntnisnahme: the committee takes note. */
	NOTICE("Kenntnisnahme");

	private final String stored;

	ConsultationRole(String stored) {
		this.stored = stored;
	}

	/** The text stored in {@code council_consultation.role}. */
	public String stored() {
		return this.stored;
	}

	/** The role of a stored text, or null for a text no form offers. */
	static ConsultationRole of(String stored) {
		for (ConsultationRole role : values()) {
			if (role.stored.equals(stored)) {
				return role;
			}
		}
		return null;
	}

}
