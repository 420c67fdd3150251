package de.teilhabe.guides.signup;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pending sign-ups of a tenant (table guide_signup): stored with the hash of their
 * link's token, found by it, confirmed once. Every query filters on the tenant.
 */
@Repository
class SignupStore {

	private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	SignupStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID tenantId, String tokenHash, String language, String email, Map<String, Object> values,
			int consentVersion, String consentLanguage, OffsetDateTime now, OffsetDateTime expires) {
		this.jdbc.sql("""
				INSERT INTO guide_signup (tenant_id, id, token_hash, language, email, form_values, consent_version,
				  consent_language, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
			.params(tenantId, UUID.randomUUID(), tokenHash, language, email, this.json.writeValueAsString(values),
					consentVersion, consentLanguage, now, expires)
			.update();
	}

	/** The sign-up of a token's hash, locked for its confirmation. */
	Optional<Pending> findForUpdate(UUID tenantId, String tokenHash) {
		return find(tenantId, tokenHash, " FOR UPDATE");
	}

	/** The sign-up of a token's hash, to see whether its link may confirm it. */
	Optional<Pending> find(UUID tenantId, String tokenHash) {
		return find(tenantId, tokenHash, "");
	}

	private Optional<Pending> find(UUID tenantId, String tokenHash, String lock) {
		return this.jdbc.sql("""
				SELECT id, form_values, consent_version, consent_language, created_at, expires_at, confirmed_at
				FROM guide_signup WHERE tenant_id = ? AND token_hash = ?""" + lock)
			.params(tenantId, tokenHash)
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class),
					(rs.getString("form_values") != null) ? this.json.readValue(rs.getString("form_values"), VALUES)
							: null,
					rs.getInt("consent_version"), rs.getString("consent_language"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
					rs.getObject("confirmed_at", OffsetDateTime.class)))
			.optional();
	}

	/** Marks a sign-up confirmed and removes its personal data. */
	void confirmed(UUID tenantId, UUID id, UUID guideId, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE guide_signup SET confirmed_at = ?, guide_id = ?, email = NULL, form_values = NULL
				WHERE tenant_id = ? AND id = ?""").params(now, guideId, tenantId, id).update();
	}

	/** Deletes the sign-ups of a tenant whose link expired before a time; how many. */
	int deleteExpired(UUID tenantId, OffsetDateTime before) {
		return this.jdbc.sql("DELETE FROM guide_signup WHERE tenant_id = ? AND expires_at < ?")
			.params(tenantId, before)
			.update();
	}

	/**
	 * A stored sign-up.
	 *
	 * @param id its id
	 * @param values the submitted values (null once confirmed)
	 * @param consentVersion the version of the consent text agreed to
	 * @param consentLanguage the language of that text
	 * @param createdAt when it was submitted (the consent's time)
	 * @param expiresAt when its link expires
	 * @param confirmedAt when it was confirmed, or null
	 */
	record Pending(UUID id, Map<String, Object> values, int consentVersion, String consentLanguage,
			OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime confirmedAt) {
	}

}
