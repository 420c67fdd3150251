package de.teilhabe.counselling.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.counselling.client.Gender;
import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The household members and the members counselled alongside in a case, in
 * {@code counselling_household_member} (every value about the person encrypted, see
 * {@link HouseholdColumns}) and {@code counselling_case_household}. Every statement
 * filters on the tenant.
 */
@Repository
public class HouseholdStore {

	private static final String COLUMNS = """
			SELECT id, client_id, linked_client_id, relationship_sealed, first_name_sealed, birth_year_sealed,
			       gender_sealed, created_at, updated_at
			FROM counselling_household_member""";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final JdbcTemplate batch;

	HouseholdStore(JdbcClient jdbc, FieldEncryption fields, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.batch = batch;
	}

	/** The client's household members, in the order they were entered. */
	List<Member> ofClient(UUID tenantId, UUID clientId) {
		return this.jdbc.sql(COLUMNS + " WHERE tenant_id = ? AND client_id = ? ORDER BY created_at, id")
			.params(tenantId, clientId)
			.query((rs, row) -> member(tenantId, rs))
			.list();
	}

	/** One member of the client. */
	Optional<Member> find(UUID tenantId, UUID clientId, UUID id) {
		return this.jdbc.sql(COLUMNS + " WHERE tenant_id = ? AND client_id = ? AND id = ?")
			.params(tenantId, clientId, id)
			.query((rs, row) -> member(tenantId, rs))
			.optional();
	}

	/** The entries of other clients' households that are linked to this client. */
	List<Member> linkedTo(UUID tenantId, UUID clientId) {
		return this.jdbc.sql(COLUMNS + " WHERE tenant_id = ? AND linked_client_id = ? ORDER BY created_at, id")
			.params(tenantId, clientId)
			.query((rs, row) -> member(tenantId, rs))
			.list();
	}

	/** Stores a new member; its id. */
	UUID insert(UUID tenantId, UUID clientId, MemberForm form, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		insertAll(tenantId, List.of(new NewMember(id, clientId, form, now)));
		return id;
	}

	/** Stores members in one batch (the demo data). */
	public void insertAll(UUID tenantId, Collection<NewMember> members) {
		List<Object[]> rows = new ArrayList<>();
		for (NewMember member : members) {
			UUID id = member.id();
			MemberForm form = member.form();
			rows.add(new Object[] { tenantId, id, member.clientId(), form.linkedClientId(), member.at(), member.at(),
					seal(tenantId, id, HouseholdColumns.RELATIONSHIP, value(form, HouseholdColumns.RELATIONSHIP)),
					seal(tenantId, id, HouseholdColumns.FIRST_NAME, value(form, HouseholdColumns.FIRST_NAME)),
					seal(tenantId, id, HouseholdColumns.BIRTH_YEAR, value(form, HouseholdColumns.BIRTH_YEAR)),
					seal(tenantId, id, HouseholdColumns.GENDER, value(form, HouseholdColumns.GENDER)) });
		}
		if (!rows.isEmpty()) {
			this.batch.batchUpdate("""
					INSERT INTO counselling_household_member (tenant_id, id, client_id, linked_client_id, created_at,
					       updated_at, relationship_sealed, first_name_sealed, birth_year_sealed, gender_sealed)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		}
	}

	private static String value(MemberForm form, EncryptedColumn column) {
		if (column == HouseholdColumns.RELATIONSHIP) {
			return form.relationship().name();
		}
		if (column == HouseholdColumns.FIRST_NAME) {
			return form.firstName().strip();
		}
		if (column == HouseholdColumns.BIRTH_YEAR) {
			return (form.birthYear() != null) ? form.birthYear().toString() : null;
		}
		return (form.gender() != null) ? form.gender().name() : null;
	}

	/** Changes a member of the client; whether it exists. */
	boolean update(UUID tenantId, UUID clientId, UUID id, MemberForm form, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE counselling_household_member SET linked_client_id = ?, updated_at = ?, relationship_sealed = ?,
				       first_name_sealed = ?, birth_year_sealed = ?, gender_sealed = ?
				WHERE tenant_id = ? AND client_id = ? AND id = ?""")
			.params(form.linkedClientId(), now,
					seal(tenantId, id, HouseholdColumns.RELATIONSHIP, value(form, HouseholdColumns.RELATIONSHIP)),
					seal(tenantId, id, HouseholdColumns.FIRST_NAME, value(form, HouseholdColumns.FIRST_NAME)),
					seal(tenantId, id, HouseholdColumns.BIRTH_YEAR, value(form, HouseholdColumns.BIRTH_YEAR)),
					seal(tenantId, id, HouseholdColumns.GENDER, value(form, HouseholdColumns.GENDER)), tenantId,
					clientId, id)
			.update() > 0;
	}

	/**
	 * Removes a member of the client: first from the open cases it was ticked on, then
	 * the member itself (a closed case keeps it as an anonymous count: the foreign key
	 * sets {@code member_id} NULL). Whether it existed.
	 */
	boolean delete(UUID tenantId, UUID clientId, UUID id) {
		this.jdbc.sql("""
				DELETE FROM counselling_case_household h USING counselling_case c
				WHERE h.tenant_id = ? AND h.member_id = ? AND c.tenant_id = h.tenant_id AND c.id = h.case_id
				  AND c.status = 'OPEN'""").params(tenantId, id).update();
		return this.jdbc
			.sql("DELETE FROM counselling_household_member WHERE tenant_id = ? AND client_id = ? AND id = ?")
			.params(tenantId, clientId, id)
			.update() > 0;
	}

	/** The members counselled alongside in a case (ids; anonymous counts left out). */
	List<UUID> alongside(UUID tenantId, UUID caseId) {
		return this.jdbc.sql("""
				SELECT member_id FROM counselling_case_household
				WHERE tenant_id = ? AND case_id = ? AND member_id IS NOT NULL ORDER BY added_at, id""")
			.params(tenantId, caseId)
			.query(UUID.class)
			.list();
	}

	/** Sets the members counselled alongside in a case (members of its client). */
	void setAlongside(UUID tenantId, UUID caseId, Collection<UUID> memberIds, OffsetDateTime now) {
		UUID[] ids = memberIds.toArray(UUID[]::new);
		this.jdbc.sql("""
				DELETE FROM counselling_case_household
				WHERE tenant_id = ? AND case_id = ? AND member_id IS NOT NULL AND NOT (member_id = ANY(?))""")
			.params(tenantId, caseId, ids)
			.update();
		insertAlongside(tenantId, memberIds.stream().map((member) -> new UUID[] { caseId, member }).toList(), now);
	}

	/** Adds members counselled alongside (case id, member id pairs); known pairs stay. */
	public void insertAlongside(UUID tenantId, List<UUID[]> caseAndMember, OffsetDateTime now) {
		if (caseAndMember.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO counselling_case_household (tenant_id, id, case_id, member_id, added_at)
				SELECT ?, gen_random_uuid(), c, m, ? FROM unnest(?::uuid[], ?::uuid[]) AS t (c, m)
				ON CONFLICT DO NOTHING""")
			.params(tenantId, now, caseAndMember.stream().map((pair) -> pair[0]).toArray(UUID[]::new),
					caseAndMember.stream().map((pair) -> pair[1]).toArray(UUID[]::new))
			.update();
	}

	/**
	 * Clears the links of these cases to household members (the rows stay as anonymous
	 * counts); how many were cleared.
	 */
	int clearAlongside(UUID tenantId, UUID[] caseIds) {
		return this.jdbc.sql("""
				UPDATE counselling_case_household SET member_id = NULL
				WHERE tenant_id = ? AND case_id = ANY(?) AND member_id IS NOT NULL""")
			.params(tenantId, caseIds)
			.update();
	}

	private byte[] seal(UUID tenantId, UUID id, EncryptedColumn column, String value) {
		return (value == null) ? null : this.fields.encrypt(column, tenantId, id, value);
	}

	private String open(UUID tenantId, UUID id, EncryptedColumn column, byte[] value) {
		return (value == null) ? null : this.fields.decrypt(column, tenantId, id, value);
	}

	private Member member(UUID tenantId, ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String birthYear = open(tenantId, id, HouseholdColumns.BIRTH_YEAR, rs.getBytes("birth_year_sealed"));
		String gender = open(tenantId, id, HouseholdColumns.GENDER, rs.getBytes("gender_sealed"));
		return new Member(id, rs.getObject("client_id", UUID.class), rs.getObject("linked_client_id", UUID.class),
				Relationship
					.valueOf(open(tenantId, id, HouseholdColumns.RELATIONSHIP, rs.getBytes("relationship_sealed"))),
				open(tenantId, id, HouseholdColumns.FIRST_NAME, rs.getBytes("first_name_sealed")),
				(birthYear != null) ? Integer.valueOf(birthYear) : null,
				(gender != null) ? Gender.valueOf(gender) : null, rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

	/**
	 * A member to store.
	 *
	 * @param id its id
	 * @param clientId the client whose household it is
	 * @param form its values
	 * @param at when entered
	 */
	public record NewMember(UUID id, UUID clientId, MemberForm form, OffsetDateTime at) {
	}

}
