package de.teilhabe.portal.page;

/**
 * What the office set for a translation: done and reviewed ({@code CURRENT}), being
 * translated ({@code IN_TRANSLATION}), or made by a machine and awaiting review
 * ({@code MACHINE_TRANSLATED}). Whether it is outdated is not set but derived from the
 * German source's revision ({@link TranslationStatus}).
 */
public enum TranslationState {

	CURRENT, IN_TRANSLATION, MACHINE_TRANSLATED

}
