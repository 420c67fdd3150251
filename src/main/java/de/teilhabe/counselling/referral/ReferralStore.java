package de.teilhabe.counselling.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.counselling.client.DataCategory;
import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code counselling_referral}: rows read with their texts decrypted (the row
 * id bound into each ciphertext), written with their texts encrypted. The organisation's
 * name comes from {@code network.Organisations} (live entries), else from the packet as
 * sent.
 */
@Component
class ReferralStore {

	static final String COLUMNS = """
			SELECT id, case_id, organisation_id, organisation_kind, status, categories, packet_sealed, reason_sealed,
			       answer_sealed, outcome_sealed, sent_by, sent_at, answered_at, ended_at, follow_up_on,
			       follow_up_done_at, consent_ids
			FROM counselling_referral
			""";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final Organisations organisations;

	ReferralStore(JdbcClient jdbc, FieldEncryption fields, Organisations organisations) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.organisations = organisations;
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

	/** One referral of the tenant. */
	Optional<Referral> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(COLUMNS + "WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> referral(rs, tenantId))
			.optional();
	}

	/** The referrals of the query (whose first parameter is the tenant). */
	List<Referral> list(UUID tenantId, String where, Object... params) {
		return this.jdbc.sql(COLUMNS + where).params(params).query((rs, row) -> referral(rs, tenantId)).list();
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Stores a new referral (pending). */
	void insert(UUID tenantId, UUID id, UUID caseId, OrganisationSummary organisation, List<DataCategory> categories,
			List<UUID> consentIds, Packet packet, String reason, UUID sentBy, OffsetDateTime sentAt,
			LocalDate followUpOn) {
		this.jdbc.sql("""
				INSERT INTO counselling_referral (tenant_id, id, case_id, organisation_id, organisation_kind, status,
				                                  categories, consent_ids, packet_sealed, reason_sealed, sent_by,
				                                  sent_at, follow_up_on, updated_at)
				VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?)""")
			.param(tenantId)
			.param(id)
			.param(caseId)
			.param(organisation.id())
			.param(organisation.kind())
			.param(categories.stream().map(Enum::name).toArray(String[]::new))
			.param(consentIds.toArray(UUID[]::new))
			.param(sealed(ReferralColumns.PACKET, tenantId, id, packet.json()))
			.param(sealed(ReferralColumns.REASON, tenantId, id, reason))
			.param(sentBy)
			.param(sentAt)
			.param(followUpOn)
			.param(sentAt)
			.update();
	}

	/**
	 * Moves a referral from one state to another (only if it is still in the first: a
	 * concurrent move loses), with the answer or outcome note if given.
	 * @return whether it moved
	 */
	boolean move(UUID tenantId, UUID id, ReferralStatus from, ReferralStatus to, UUID by, OffsetDateTime at,
			String answer, String outcome) {
		boolean answered = to == ReferralStatus.ACCEPTED || to == ReferralStatus.REJECTED;
		return this.jdbc.sql("""
				UPDATE counselling_referral SET status = ?, updated_at = ?,
				  answered_at = CASE WHEN ? THEN ? ELSE answered_at END,
				  answered_by = CASE WHEN ? THEN ? ELSE answered_by END,
				  ended_at = CASE WHEN ? THEN ? ELSE ended_at END,
				  answer_sealed = coalesce(?, answer_sealed),
				  outcome_sealed = coalesce(?, outcome_sealed)
				WHERE tenant_id = ? AND id = ? AND status = ?""")
			.param(to.name())
			.param(at)
			.param(answered)
			.param(at)
			.param(answered)
			.param(new SqlParameterValue(Types.OTHER, by))
			.param(!to.active())
			.param(at)
			.param(sealed(ReferralColumns.ANSWER, tenantId, id, answer))
			.param(sealed(ReferralColumns.OUTCOME, tenantId, id, outcome))
			.param(tenantId)
			.param(id)
			.param(from.name())
			.update() == 1;
	}

	/** Marks the outcome checked, with the note if given. */
	boolean outcomeChecked(UUID tenantId, UUID id, UUID by, OffsetDateTime at, String note) {
		return this.jdbc.sql("""
				UPDATE counselling_referral SET follow_up_done_at = ?, follow_up_done_by = ?, updated_at = ?,
				  outcome_sealed = coalesce(?, outcome_sealed)
				WHERE tenant_id = ? AND id = ? AND follow_up_done_at IS NULL""")
			.param(at)
			.param(by)
			.param(at)
			.param(sealed(ReferralColumns.OUTCOME, tenantId, id, note))
			.param(tenantId)
			.param(id)
			.update() == 1;
	}

	private SqlParameterValue sealed(de.teilhabe.shared.crypto.EncryptedColumn column, UUID tenantId, UUID id,
			String value) {
		return new SqlParameterValue(Types.BINARY,
				(value == null || value.isBlank()) ? null : this.fields.encrypt(column, tenantId, id, value.strip()));
	}

	private Referral referral(ResultSet rs, UUID tenantId) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID organisationId = rs.getObject("organisation_id", UUID.class);
		String packetJson = open(ReferralColumns.PACKET, tenantId, id, rs.getBytes("packet_sealed"));
		Packet packet = (packetJson != null) ? Packet.of(packetJson) : null;
		String name = this.organisations.find(tenantId, organisationId)
			.map(OrganisationSummary::name)
			.orElse((packet != null) ? packet.recipient() : "–");
		Array categories = rs.getArray("categories");
		return new Referral(id, rs.getObject("case_id", UUID.class), organisationId, name,
				rs.getString("organisation_kind"), ReferralStatus.valueOf(rs.getString("status")),
				Arrays.stream((String[]) categories.getArray()).map(DataCategory::valueOf).toList(), packet,
				open(ReferralColumns.REASON, tenantId, id, rs.getBytes("reason_sealed")),
				open(ReferralColumns.ANSWER, tenantId, id, rs.getBytes("answer_sealed")),
				open(ReferralColumns.OUTCOME, tenantId, id, rs.getBytes("outcome_sealed")),
				rs.getObject("sent_by", UUID.class), rs.getObject("sent_at", OffsetDateTime.class),
				rs.getObject("answered_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
				rs.getObject("follow_up_on", LocalDate.class), rs.getObject("follow_up_done_at", OffsetDateTime.class),
				Arrays.asList((UUID[]) rs.getArray("consent_ids").getArray()));
	}

	private String open(de.teilhabe.shared.crypto.EncryptedColumn column, UUID tenantId, UUID id, byte[] sealed) {
		return (sealed != null) ? this.fields.decrypt(column, tenantId, id, sealed) : null;
	}

}
