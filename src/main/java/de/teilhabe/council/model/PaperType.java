package de.teilhabe.council.model;

/**
 * The kinds of papers (OParl {@code Paper.paperType}, a free text there).
 */
public enum PaperType {

	/** Vorlage of the administration. */
	PROPOSAL("Vorlage"),
	/** Antrag of members. */
	MOTION("Antrag"),
	/** Anfrage of members to the administration. */
	INQUIRY("Anfrage"),
	/** Stellungnahme of the council to the Kreistag or its committees. */
	STATEMENT("Stellungnahme");

	private final String oparlName;

	PaperType(String oparlName) {
		this.oparlName = oparlName;
	}

	/** The kind as an OParl client shows it. */
	public String oparlName() {
		return this.oparlName;
	}

}
