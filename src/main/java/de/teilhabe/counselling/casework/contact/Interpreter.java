package de.teilhabe.counselling.casework.contact;

/** Who interpreted at a contact. */
public enum Interpreter {

	/** Nobody. */
	NONE,
	/** A professional interpreter. */
	PROFESSIONAL,
	/** A volunteer interpreter. */
	VOLUNTEER,
	/** A family member or friend of the person. */
	FAMILY_OR_FRIEND

}
