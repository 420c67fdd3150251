package de.teilhabe.shared.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a user account can be bound to (the organisation a PARTNER acts for, the guide
 * profile of a GUIDE), offered by the module that owns them, so that the access module
 * lets the administrator find them by name without reading that module's tables.
 */
public interface BindableRecords {

	/** Which binding of a user these records serve. */
	Kind kind();

	/**
	 * The tenant's records whose name contains the query (case-insensitive), by name.
	 * @param limit at most this many
	 */
	List<Candidate> search(UUID tenantId, String query, int limit);

	/** The name of the tenant's record; empty if the tenant has no such record. */
	Optional<String> nameOf(UUID tenantId, UUID id);

	/** The bindings of a user account. */
	enum Kind {

		ORGANISATION, GUIDE_PROFILE

	}

	/**
	 * A record to choose.
	 *
	 * @param id its id (stored in the binding, never shown)
	 * @param name what the administrator reads
	 */
	record Candidate(UUID id, String name) {
	}

}
