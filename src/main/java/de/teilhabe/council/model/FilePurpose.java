package de.teilhabe.council.model;

/**
 * What a file is to its paper or meeting (table {@code council_file}).
 */
public enum FilePurpose {

	/** The paper's text (OParl {@code Paper.mainFile}). */
	MAIN,
	/** An attachment of a paper or meeting ({@code auxiliaryFile}). */
	AUXILIARY,
	/** The meeting's invitation with the agenda ({@code Meeting.invitation}). */
	INVITATION,
	/**
	 * The minutes of the meeting's public part ({@code Meeting.resultsProtocol}).
	 */
	MINUTES

}
