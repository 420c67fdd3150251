package de.teilhabe.portal.page;

/**
 * The status of a page in a language as shown to the office (the translation queue) and
 * in the public API. {@code OUTDATED}: the German source changed after the revision the
 * translation was made from (unless it is being translated again); {@code MISSING}: no
 * version in the language.
 */
public enum TranslationStatus {

	CURRENT, OUTDATED, IN_TRANSLATION, MISSING, MACHINE_TRANSLATED;

	/**
	 * The status of a version made from {@code sourceRevision} with the office's
	 * {@code state}, while the German source is at {@code revision}; null state: missing.
	 */
	public static TranslationStatus of(TranslationState state, int sourceRevision, int revision) {
		if (state == null) {
			return MISSING;
		}
		if (state == TranslationState.IN_TRANSLATION) {
			return IN_TRANSLATION;
		}
		if (sourceRevision < revision) {
			return OUTDATED;
		}
		return (state == TranslationState.MACHINE_TRANSLATED) ? MACHINE_TRANSLATED : CURRENT;
	}

	/** Whether the office has work to do for it (the translation queue). */
	public boolean waiting() {
		return this != CURRENT;
	}

}
