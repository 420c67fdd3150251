package de.teilhabe.network.support;

/**
 * Who a training is for (Bildungs- und Empowermentarbeit).
 */
public enum Audience {

	/** Members and volunteers of migrant self-organisations. */
	MSO,
	/** Parents. */
	PARENTS, MSO_AND_PARENTS

}
