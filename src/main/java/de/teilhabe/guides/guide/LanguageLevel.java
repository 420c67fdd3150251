package de.teilhabe.guides.guide;

/**
 * How well a guide speaks a language: the levels of the Common European Framework of
 * Reference, or as a first language.
 */
public enum LanguageLevel {

	A1, A2, B1, B2, C1, C2, NATIVE

}
