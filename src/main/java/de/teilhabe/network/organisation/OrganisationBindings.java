package de.teilhabe.network.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.shared.security.BindableRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenant's organisations as records a PARTNER account can be bound to (the user
 * administration's search picker).
 */
@Component
class OrganisationBindings implements BindableRecords {

	private final JdbcClient jdbc;

	OrganisationBindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.ORGANISATION;
	}

	@Override
	public List<Candidate> search(UUID tenantId, String query, int limit) {
		String pattern = new Filter(query, null, null, null, null).likePattern();
		return this.jdbc.sql("""
				SELECT id, name FROM network_organisation
				WHERE tenant_id = ? AND lower(name) LIKE ? ORDER BY lower(name), id LIMIT ?""")
			.params(tenantId, pattern, limit)
			.query((rs, row) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	@Override
	public Optional<String> nameOf(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT name FROM network_organisation WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(String.class)
			.optional();
	}

}
