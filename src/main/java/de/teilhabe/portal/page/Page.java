package de.teilhabe.portal.page;

import java.time.Instant;
import java.util.UUID;

/**
 * A page of a tenant's portal.
 *
 * @param id its ID
 * @param parentId the page above it, or null for a top-level page
 * @param segment its part of the address (lower-case letters, digits, hyphens)
 * @param path its address below {@code /p/{slug}/{language}/}: the segments from the top
 * @param position its place among its siblings (lower first)
 * @param topic what it is about, or null
 * @param revision the revision of its German source text
 * @param modifiedAt when the page itself last changed
 */
public record Page(UUID id, UUID parentId, String segment, String path, int position, Topic topic, int revision,
		Instant modifiedAt) {

	/** How deep it sits: 0 for a top-level page. */
	public int depth() {
		return (int) this.path.chars().filter((c) -> c == '/').count();
	}

}
