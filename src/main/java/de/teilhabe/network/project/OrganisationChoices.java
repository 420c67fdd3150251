package de.teilhabe.network.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.teilhabe.network.form.FormCheck;
import de.teilhabe.network.organisation.OrganisationStore;

import org.springframework.stereotype.Component;

/**
 * Organisations of the network as choices of a form (projects, trainings, support,
 * memberships) and the check of a chosen one.
 */
@Component
public class OrganisationChoices {

	private final OrganisationStore organisations;

	OrganisationChoices(OrganisationStore organisations) {
		this.organisations = organisations;
	}

	/** Id and name of every organisation of the tenant, by name. */
	public List<Map.Entry<UUID, String>> of(UUID tenantId) {
		return this.organisations.names(tenantId);
	}

	/** The ids of the tenant's organisations. */
	public Set<UUID> ids(UUID tenantId) {
		return of(tenantId).stream().map(Map.Entry::getKey).collect(Collectors.toSet());
	}

	/**
	 * Checks a field that names one organisation of the tenant by id.
	 * @return the organisation, or null (nothing chosen or invalid)
	 */
	public static UUID check(FormCheck check, String field, boolean required, Set<UUID> known) {
		String value = check.text(field, required, 36);
		if (value == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value);
			if (known.contains(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		return check.reject(field, "network.error.choice");
	}

	/** Several organisations of the tenant (a list field of ids). */
	public static List<UUID> checkAll(FormCheck check, String field, Set<UUID> known) {
		return check.list(field, 200, (item) -> {
			try {
				UUID id = UUID.fromString(item);
				return known.contains(id) ? id : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}, "network.error.choiceItem");
	}

	/**
	 * Rejects an end before its start (on the end field).
	 */
	public static void endNotBeforeStart(FormCheck check, Comparable<?> start, Comparable<?> end, String endField) {
		@SuppressWarnings({ "unchecked", "rawtypes" })
		boolean before = start != null && end != null && ((Comparable) end).compareTo(start) < 0;
		if (before) {
			check.reject(endField, "network.error.endBeforeStart");
		}
	}

}
