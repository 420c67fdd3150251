package de.teilhabe.counselling.client;

/**
 * The group of a client's residence status, coarse on purpose (the counselling needs the
 * group, not the paragraph): special-category data, stored encrypted.
 */
public enum ResidenceStatus {

	/** German citizen (also after naturalisation). */
	GERMAN,
	/** Citizen of the EU, the EEA or Switzerland. */
	EU,
	/** Asylum procedure (Aufenthaltsgestattung). */
	ASYLUM_PROCEDURE,
	/** Recognised protection: asylum, refugee status, subsidiary protection. */
	PROTECTION,
	/** Temporary protection (§ 24 AufenthG, people from Ukraine). */
	TEMPORARY_PROTECTION,
	/** Residence permit for work, study, family or other purposes. */
	RESIDENCE_PERMIT,
	/** Settlement permit or permanent EU residence. */
	PERMANENT,
	/** Suspension of deportation (Duldung). */
	TOLERATED,
	/** Other or not known. */
	OTHER

}
