package de.teilhabe.counselling.webrequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code counselling_web_request}: the personal fields sealed, the codes plain.
 */
@Component
class WebRequestStore {

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	WebRequestStore(JdbcClient jdbc, FieldEncryption fields) {
		this.jdbc = jdbc;
		this.fields = fields;
	}

	/**
	 * A request as the list shows it: no personal data.
	 *
	 * @param id its id
	 * @param createdAt when it was sent
	 * @param pageLanguage the language of the form
	 * @param preferredLanguage the language wished for
	 * @param gemeinde the Gemeinde's key, or null
	 * @param topic the topic, or null
	 */
	record Listed(UUID id, OffsetDateTime createdAt, String pageLanguage, String preferredLanguage, String gemeinde,
			String topic) {
	}

	/**
	 * A request read whole.
	 *
	 * @param listed its plain fields
	 * @param name the name or alias
	 * @param phone the phone number, or null
	 * @param email the e-mail address, or null
	 * @param message the message, or null
	 */
	record Request(Listed listed, String name, String phone, String email, String message) {
	}

	UUID insert(UUID tenantId, String pageLanguage, WebRequestForm form, int consentVersion, String consentLanguage,
			OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_web_request (tenant_id, id, page_language, name_sealed, phone_sealed,
				  email_sealed, preferred_language, gemeinde, topic, message_sealed, consent_version, consent_language,
				  created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, pageLanguage, this.fields.encrypt(WebRequestColumns.NAME, tenantId, id, form.name()),
					this.fields.encrypt(WebRequestColumns.PHONE, tenantId, id, form.phone()),
					this.fields.encrypt(WebRequestColumns.EMAIL, tenantId, id, form.email()), form.preferredLanguage(),
					form.gemeinde(), form.topic(),
					this.fields.encrypt(WebRequestColumns.MESSAGE, tenantId, id, form.message()), consentVersion,
					consentLanguage, now)
			.update();
		return id;
	}

	List<Listed> list(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT id, created_at, page_language, preferred_language, gemeinde, topic
				FROM counselling_web_request WHERE tenant_id = ? ORDER BY created_at, id LIMIT 500""")
			.param(tenantId)
			.query(Listed.class)
			.list();
	}

	long count(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_web_request WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	Optional<Request> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT id, created_at, page_language, preferred_language, gemeinde, topic, name_sealed, phone_sealed,
				  email_sealed, message_sealed
				FROM counselling_web_request WHERE tenant_id = ? AND id = ?""")
			.params(tenantId, id)
			.query((rs, row) -> new Request(
					new Listed(rs.getObject("id", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
							rs.getString("page_language"), rs.getString("preferred_language"), rs.getString("gemeinde"),
							rs.getString("topic")),
					this.fields.decrypt(WebRequestColumns.NAME, tenantId, id, rs.getBytes("name_sealed")),
					this.fields.decrypt(WebRequestColumns.PHONE, tenantId, id, rs.getBytes("phone_sealed")),
					this.fields.decrypt(WebRequestColumns.EMAIL, tenantId, id, rs.getBytes("email_sealed")),
					this.fields.decrypt(WebRequestColumns.MESSAGE, tenantId, id, rs.getBytes("message_sealed"))))
			.optional();
	}

	boolean delete(UUID tenantId, UUID id) {
		return this.jdbc.sql("DELETE FROM counselling_web_request WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.update() > 0;
	}

	int deleteSentBefore(UUID tenantId, Instant before) {
		return this.jdbc.sql("DELETE FROM counselling_web_request WHERE tenant_id = ? AND created_at < ?")
			.params(tenantId, OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
			.update();
	}

}
