package de.teilhabe.network.committee;

import java.util.List;
import java.util.UUID;

import de.teilhabe.shared.privacy.DataSubjectFinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Committee members recorded by name: listed in the privacy officer's search so that the
 * officer sees in which committees a person's name is stored (they are no data subject of
 * their own; the committee page edits or deletes the membership).
 */
@Component
class CommitteeMemberFinder implements DataSubjectFinder {

	private final JdbcClient jdbc;

	CommitteeMemberFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		return this.jdbc.sql("""
				SELECT m.person_name, c.name AS committee
				FROM network_committee_membership m
				JOIN network_committee c ON c.tenant_id = m.tenant_id AND c.id = m.committee_id
				WHERE m.tenant_id = ? AND m.person_name ILIKE ?
				ORDER BY m.person_name LIMIT ?""")
			.params(tenantId, DataSubjectFinder.containsPattern(query), LIMIT)
			.query((rs, row) -> new FoundRecord(null, "privacy.kind.committee-member", rs.getString("person_name"),
					null, rs.getString("committee")))
			.list();
	}

}
