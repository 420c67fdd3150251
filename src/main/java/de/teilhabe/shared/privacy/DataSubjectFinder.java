package de.teilhabe.shared.privacy;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by every module that holds people's names or e-mail addresses: finds the
 * records that match what the privacy officer typed (a part of a name or an address), so
 * that a data-subject request starts from a person, not from an id. Filter on the tenant.
 */
public interface DataSubjectFinder {

	/** At most this many records per finder. */
	int LIMIT = 50;

	/**
	 * The module's records whose name or e-mail address contains the query (ignoring
	 * case).
	 * @param tenantId the privacy officer's tenant
	 * @param query at least two characters, already trimmed
	 */
	List<FoundRecord> find(UUID tenantId, String query);

	/**
	 * One matching record.
	 *
	 * @param subject the data subject to export or erase, or {@code null} when the record
	 * belongs to no subject of its own (it is listed so that the officer sees where the
	 * name occurs)
	 * @param kind message key of what kind of record it is, e.g.
	 * {@code privacy.kind.network-contact}
	 * @param name the person's name as stored
	 * @param email the e-mail address, or {@code null}
	 * @param where where the record is, in words (an organisation's or committee's name)
	 */
	record FoundRecord(DataSubject subject, String kind, String name, String email, String where) {
	}

	/** The query as a LIKE pattern: contains, with {@code % _ \} escaped. */
	static String containsPattern(String query) {
		return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
