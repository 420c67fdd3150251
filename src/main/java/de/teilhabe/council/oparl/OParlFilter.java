package de.teilhabe.council.oparl;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The parameters of an OParl list: the time windows of {@code created} and
 * {@code modified} (each bound may be null), {@code omit_internal}, the page size and the
 * last id of the previous page (keyset pagination: the list is ordered by id).
 *
 * @param createdSince {@code created_since}
 * @param createdUntil {@code created_until}
 * @param modifiedSince {@code modified_since}
 * @param modifiedUntil {@code modified_until}
 * @param omitInternal {@code omit_internal}: leave out the embedded objects
 * @param limit objects per page (1 to {@value #MAX_LIMIT})
 * @param after the id of the last object of the previous page, or null for the first
 */
record OParlFilter(OffsetDateTime createdSince, OffsetDateTime createdUntil, OffsetDateTime modifiedSince,
		OffsetDateTime modifiedUntil, boolean omitInternal, int limit, UUID after) {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 100;

}
