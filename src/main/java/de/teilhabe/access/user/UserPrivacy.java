package de.teilhabe.access.user;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectFinder;
import de.teilhabe.shared.privacy.DataSubjectSection;
import de.teilhabe.shared.privacy.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy hooks of the platform's user accounts: found by name, username or e-mail;
 * exported (Art. 15) with their roles. The administration deactivates accounts; a
 * deactivated account is anonymised on erasure (Art. 17) or {@value #YEARS} year after
 * its deactivation (retention rule): name, username, e-mail address, password, roles,
 * organisation, sign-in identity, API tokens and one-time links are removed. The row
 * stays (without personal data) because the audit log references it; the audit log keeps
 * the former username as proof of who did what (Art. 5(2) DSGVO). An active account is
 * not erased: the ADMIN deactivates it first (it may be someone's only way to work).
 */
@Component
class UserPrivacy implements DataSubjectFinder, DataSubjectExporter, DataSubjectEraser, RetentionRule {

	static final String SUBJECT_TYPE = "user";

	/** The display name of an anonymised account (stored, so in the default language). */
	static final String ANONYMOUS_NAME = "Gelöschter Zugang";

	/** Deactivated accounts are kept a year: long enough to reactivate one by mistake. */
	static final int YEARS = 1;

	private final JdbcClient jdbc;

	private final Clock clock;

	UserPrivacy(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<String> nameOf(DataSubject subject) {
		return subject.uuid()
			.filter((id) -> supports(subject.type()))
			.flatMap((id) -> this.jdbc
				.sql("SELECT display_name FROM app_user WHERE tenant_id = ? AND id = ? AND anonymised_at IS NULL")
				.params(subject.tenantId(), id)
				.query(String.class)
				.optional());
	}

	@Override
	public List<FoundRecord> find(UUID tenantId, String query) {
		String pattern = DataSubjectFinder.containsPattern(query);
		return this.jdbc.sql("""
				SELECT id, display_name, username, email FROM app_user
				WHERE tenant_id = ? AND anonymised_at IS NULL
				  AND (display_name ILIKE ? OR username ILIKE ? OR email ILIKE ?)
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
		return subject.uuid()
			.flatMap((id) -> this.jdbc.sql("""
					SELECT u.username, u.display_name, u.email, u.active, u.created_at,
					       (SELECT string_agg(r.role, ', ' ORDER BY r.role) FROM user_role r
					        WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id) AS roles
					FROM app_user u WHERE u.tenant_id = ? AND u.id = ? AND u.anonymised_at IS NULL""")
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
				.optional());
	}

	@Override
	public Erasure erase(DataSubject subject, String reason) {
		Optional<UUID> id = subject.uuid();
		boolean active = id.isPresent()
				&& this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE tenant_id = ? AND id = ? AND active)")
					.params(subject.tenantId(), id.get())
					.query(Boolean.class)
					.single();
		if (active) {
			return new Erasure("access.user", 0, "access.erasure.user.active");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int anonymised = id.map((user) -> anonymise(now, "tenant_id = ? AND id = ?", subject.tenantId(), user))
			.orElse(0);
		return new Erasure("access.user", anonymised, "access.erasure.user");
	}

	@Override
	public String name() {
		return "access.user.deactivated";
	}

	@Override
	public String description() {
		return "access.retention.users";
	}

	@Override
	public String period() {
		return "access.retention.users.period";
	}

	@Override
	public int apply(UUID tenantId, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return anonymise(at, "tenant_id = ? AND deactivated_at < ?", tenantId, at.minusYears(YEARS));
	}

	/**
	 * Anonymises the deactivated, not yet anonymised accounts that match the condition.
	 * @return how many
	 */
	private int anonymise(OffsetDateTime now, String condition, Object... params) {
		List<UUID> ids = this.jdbc
			.sql("SELECT id FROM app_user WHERE NOT active AND anonymised_at IS NULL AND " + condition)
			.params(params)
			.query(UUID.class)
			.list();
		for (UUID id : ids) {
			for (String table : List.of("user_role", "api_token", "user_link")) {
				this.jdbc.sql("DELETE FROM " + table + " WHERE user_id = ?").param(id).update();
			}
			this.jdbc.sql("""
					UPDATE app_user SET username = 'geloescht-' || id, display_name = ?, email = NULL,
					  password_hash = NULL, organisation_id = NULL, guide_profile_id = NULL, oidc_issuer = NULL,
					  oidc_subject = NULL, anonymised_at = ?
					WHERE id = ?""").params(ANONYMOUS_NAME, now, id).update();
		}
		return ids.size();
	}

}
