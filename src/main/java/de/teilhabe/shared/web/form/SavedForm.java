package de.teilhabe.shared.web.form;

import java.util.UUID;

/**
 * What saving a bound form gave: the record's id, or null with the values and what is
 * wrong with them (nothing stored).
 */
public interface SavedForm {

	/** The record's id; null if nothing was stored. */
	UUID id();

	/** The values as sent and what is wrong with them. */
	CheckedValues checked();

}
