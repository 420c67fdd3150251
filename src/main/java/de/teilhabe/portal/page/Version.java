package de.teilhabe.portal.page;

import java.time.Instant;
import java.util.UUID;

/**
 * A page in one language: the German source or a translation.
 *
 * @param pageId the page
 * @param language its language code ({@code region.Languages})
 * @param title the page's heading
 * @param summary one or two sentences below the heading, or null
 * @param body the text as HTML, cleaned against the allow-list ({@link PageHtml})
 * @param sourceRevision the German revision it was written from (the German source: the
 * page's revision)
 * @param state what the office set
 * @param modifiedAt when it last changed
 */
public record Version(UUID pageId, String language, String title, String summary, String body, int sourceRevision,
		TranslationState state, Instant modifiedAt) {

	/** Its status while the German source is at {@code revision}. */
	public TranslationStatus status(int revision) {
		return TranslationStatus.of(this.state, this.sourceRevision, revision);
	}

}
