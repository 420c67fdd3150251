package de.teilhabe.council.meeting;

/** The part of a meeting an agenda item belongs to: public (Ö) or non-public (N). */
public enum AgendaPart {

	/** Öffentlicher Teil: numbered Ö 1, Ö 2, … */
	PUBLIC,
	/**
	 * Nichtöffentlicher Teil: numbered N 1, N 2, … (never in OParl or a published file)
	 */
	NON_PUBLIC

}
