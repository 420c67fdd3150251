package de.teilhabe.council.model;

/**
 * Why a committee treats a paper in a meeting (OParl {@code Consultation.role}, a free
 * text there; stored as the German name OParl clients show). One type for the papers'
 * consultations and the meetings' agenda items.
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

	/**
	 * The text stored in {@code council_consultation.role}, as OParl clients show it.
	 */
	public String stored() {
		return this.stored;
	}

	/** The role of a stored text, or null for a text no form offers. */
	public static ConsultationRole of(String stored) {
		for (ConsultationRole role : values()) {
			if (role.stored.equals(stored)) {
				return role;
			}
		}
		return null;
	}

}
