package de.teilhabe.counselling.client;

/** German skills by the Common European Framework of Reference (CEFR), or none yet. */
public enum GermanLevel {

	NONE, A1, A2, B1, B2, C1, C2

}
