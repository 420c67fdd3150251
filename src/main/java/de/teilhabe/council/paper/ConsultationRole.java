package de.teilhabe.council.paper;

/**
 * What a committee does with a paper in a meeting (OParl {@code Consultation.role}, a
 * free text there; stored as the German name).
 */
public enum ConsultationRole {

	/** Vorberatung: a working group discusses it first and recommends. */
	PRELIMINARY("Vorberatung"),
	/** Entscheidung: the committee decides. */
	DECISION("Entscheidung"),
	/** Kenntnisnahme: the committee takes note. */
	NOTICE("Kenntnisnahme");

	private final String stored;

	ConsultationRole(String stored) {
		this.stored = stored;
	}

	/** The role as stored and as OParl clients show it. */
	public String stored() {
		return this.stored;
	}

	/** The role of a stored text (null if none matches). */
	static ConsultationRole of(String stored) {
		for (ConsultationRole role : values()) {
			if (role.stored.equals(stored)) {
				return role;
			}
		}
		return null;
	}

}
