package de.teilhabe.counselling.household;

/** How a household member is related to the client. */
public enum Relationship {

	/** Spouse or partner. */
	PARTNER,
	/** Son or daughter (also a stepchild or foster child). */
	CHILD,
	/** Mother or father. */
	PARENT,
	/** Brother or sister. */
	SIBLING,
	/** Another relative (grandparent, aunt, cousin …). */
	OTHER_RELATIVE,
	/** Someone else living in the household. */
	OTHER

}
