package de.teilhabe.access.user;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;
import de.teilhabe.shared.privacy.DataSubjectFinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy hooks of the platform's user accounts: found by name, username or e-mail;
 * exported (Art. 15) with their roles. Accounts are deactivated, not erased, by the
 * administration (the audit log keeps who did what).
 */
@Component
class UserPrivacy implements DataSubjectFinder, DataSubjectExporter {

	static final String SUBJECT_TYPE = "user";

	private final JdbcClient jdbc;

	UserPrivacy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		String pattern = DataSubjectFinder.containsPattern(query);
		return this.jdbc.sql("""
				SELECT id, display_name, username, email FROM app_user
				WHERE tenant_id = ? AND (display_name ILIKE ? OR username ILIKE ? OR email ILIKE ?)
				ORDER BY display_name LIMIT ?""")
			.params(tenantId, pattern, pattern, pattern, LIMIT)
			.query((rs, row) -> new FoundRecord(
					new DataSubject(tenantId, SUBJECT_TYPE, rs.getObject("id", UUID.class).toString()),
					"privacy.kind." + SUBJECT_TYPE, rs.getString("display_name"), rs.getString("email"),
					rs.getString("username")))
			.list();
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		UUID id;
		try {
			id = UUID.fromString(subject.id());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT u.username, u.display_name, u.email, u.active, u.created_at,
				       (SELECT string_agg(r.role, ', ' ORDER BY r.role) FROM user_role r
				        WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id) AS roles
				FROM app_user u WHERE u.tenant_id = ? AND u.id = ?""")
			.params(subject.tenantId(), id)
			.query((rs, row) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("username", rs.getString("username"));
				data.put("displayName", rs.getString("display_name"));
				data.put("email", rs.getString("email"));
				data.put("roles", rs.getString("roles"));
				data.put("active", rs.getBoolean("active"));
				data.put("storedSince", rs.getObject("created_at", OffsetDateTime.class));
				return new DataSubjectSection("access.user", data);
			})
			.optional();
	}

}
