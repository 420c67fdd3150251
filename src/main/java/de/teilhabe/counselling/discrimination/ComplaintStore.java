package de.teilhabe.counselling.discrimination;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.counselling.discrimination.ComplaintCodes.Area;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Characteristic;
import de.teilhabe.counselling.discrimination.ComplaintCodes.DiscriminationForm;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Intervention;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Level;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Outcome;
import de.teilhabe.counselling.discrimination.ComplaintCodes.Source;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code counselling_discrimination_complaint}: the texts are encrypted here
 * and decrypted only for a single complaint.
 */
@Component
class ComplaintStore {

	private static final String COLUMNS = "id, source, reported_language, incident_on, area, characteristics, forms, "
			+ "level, interventions, outcome, case_id, created_at, updated_at, reviewed_at, anonymised_at";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	ComplaintStore(JdbcClient jdbc, FieldEncryption fields) {
		this.jdbc = jdbc;
		this.fields = fields;
	}

	/** Stores a new complaint (reviewed unless reported online). */
	void insert(UUID tenantId, UUID id, Source source, String language, Values values, UUID by, OffsetDateTime at) {
		this.jdbc.sql("""
				INSERT INTO counselling_discrimination_complaint (tenant_id, id, source, reported_language, incident_on,
				  area, characteristics, forms, level, interventions, outcome, description_sealed, reply_contact_sealed,
				  reply_consent_at, case_id, created_by, created_at, updated_at, reviewed_at, reviewed_by)
				VALUES (:tenant, :id, :source, :language, :incident, :area, CAST(:characteristics AS TEXT[]),
				  CAST(:forms AS TEXT[]), :level, CAST(:interventions AS TEXT[]), :outcome, :description, :contact,
				  :consent, :case, :by, :at, :at, :reviewed, :reviewer)""")
			.param("tenant", tenantId)
			.param("id", id)
			.param("source", source.name())
			.param("language", language, Types.VARCHAR)
			.param("incident", values.incidentOn(), Types.DATE)
			.param("area", values.area().name())
			.param("characteristics", names(values.characteristics()))
			.param("forms", names(values.forms()))
			.param("level", (values.level() != null) ? values.level().name() : null, Types.VARCHAR)
			.param("interventions", names(values.interventions()))
			.param("outcome", values.outcome().name())
			.param("description", this.fields.encrypt(ComplaintColumns.DESCRIPTION, tenantId, id, values.description()),
					Types.BINARY)
			.param("contact", this.fields.encrypt(ComplaintColumns.REPLY_CONTACT, tenantId, id, values.replyContact()),
					Types.BINARY)
			.param("consent", (values.replyContact() != null) ? at : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.param("case", values.caseId(), Types.OTHER)
			.param("by", by, Types.OTHER)
			.param("at", at)
			.param("reviewed", (source == Source.ONLINE) ? null : at, Types.TIMESTAMP_WITH_TIMEZONE)
			.param("reviewer", (source == Source.ONLINE) ? null : by, Types.OTHER)
			.update();
	}

	/**
	 * Changes a complaint's codes, description and case (the reporter's contact stays);
	 * marks it reviewed if it was not.
	 */
	void update(UUID tenantId, UUID id, Values values, UUID by, OffsetDateTime at) {
		this.jdbc.sql("""
				UPDATE counselling_discrimination_complaint SET incident_on = :incident, area = :area,
				  characteristics = CAST(:characteristics AS TEXT[]), forms = CAST(:forms AS TEXT[]), level = :level,
				  interventions = CAST(:interventions AS TEXT[]), outcome = :outcome, description_sealed = :description,
				  case_id = :case, updated_at = :at, reviewed_at = coalesce(reviewed_at, :at),
				  reviewed_by = coalesce(reviewed_by, :by)
				WHERE tenant_id = :tenant AND id = :id""")
			.param("incident", values.incidentOn(), Types.DATE)
			.param("area", values.area().name())
			.param("characteristics", names(values.characteristics()))
			.param("forms", names(values.forms()))
			.param("level", (values.level() != null) ? values.level().name() : null, Types.VARCHAR)
			.param("interventions", names(values.interventions()))
			.param("outcome", values.outcome().name())
			.param("description", this.fields.encrypt(ComplaintColumns.DESCRIPTION, tenantId, id, values.description()),
					Types.BINARY)
			.param("case", values.caseId(), Types.OTHER)
			.param("at", at)
			.param("by", by)
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	/** One complaint with its texts decrypted. */
	Optional<Complaint> find(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", description_sealed, reply_contact_sealed FROM "
					+ "counselling_discrimination_complaint WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> complaint(rs,
					this.fields.decrypt(ComplaintColumns.DESCRIPTION, tenantId, id, rs.getBytes("description_sealed")),
					this.fields.decrypt(ComplaintColumns.REPLY_CONTACT, tenantId, id,
							rs.getBytes("reply_contact_sealed"))))
			.optional();
	}

	/** The complaints linked to any case of a client, oldest first, texts decrypted. */
	List<Complaint> ofClient(UUID tenantId, UUID clientId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", description_sealed, reply_contact_sealed FROM "
					+ "counselling_discrimination_complaint d WHERE tenant_id = ? AND case_id IN "
					+ "(SELECT id FROM counselling_case WHERE tenant_id = ? AND client_id = ?) ORDER BY created_at, id")
			.params(tenantId, tenantId, clientId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return complaint(rs,
						this.fields.decrypt(ComplaintColumns.DESCRIPTION, tenantId, id,
								rs.getBytes("description_sealed")),
						this.fields.decrypt(ComplaintColumns.REPLY_CONTACT, tenantId, id,
								rs.getBytes("reply_contact_sealed")));
			})
			.list();
	}

	/** A page of the tenant's complaints, newest first, without texts. */
	List<Complaint> page(UUID tenantId, boolean unreviewedOnly, ApiPaging paging) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM counselling_discrimination_complaint WHERE tenant_id = ?"
				+ (unreviewedOnly ? " AND reviewed_at IS NULL" : "") + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(tenantId, paging.size(), paging.offset())
			.query((rs, row) -> complaint(rs, null, null))
			.list();
	}

	long count(UUID tenantId, boolean unreviewedOnly) {
		return this.jdbc
			.sql("SELECT count(*) FROM counselling_discrimination_complaint WHERE tenant_id = ?"
					+ (unreviewedOnly ? " AND reviewed_at IS NULL" : ""))
			.params(tenantId)
			.query(Long.class)
			.single();
	}

	/**
	 * Clears the texts of the complaints linked to these cases (their anonymisation);
	 * returns how many.
	 */
	int anonymise(UUID tenantId, UUID[] caseIds, OffsetDateTime at) {
		return this.jdbc.sql("""
				UPDATE counselling_discrimination_complaint SET description_sealed = NULL, reply_contact_sealed = NULL,
				  anonymised_at = coalesce(anonymised_at, ?)
				WHERE tenant_id = ? AND case_id = ANY(?) AND (description_sealed IS NOT NULL
				  OR reply_contact_sealed IS NOT NULL)""").params(at, tenantId, caseIds).update();
	}

	private static Complaint complaint(ResultSet rs, String description, String contact) throws SQLException {
		String level = rs.getString("level");
		return new Complaint(rs.getObject("id", UUID.class), Source.valueOf(rs.getString("source")),
				rs.getString("reported_language"), rs.getObject("incident_on", LocalDate.class),
				Area.valueOf(rs.getString("area")), codes(rs.getArray("characteristics"), Characteristic::valueOf),
				codes(rs.getArray("forms"), DiscriminationForm::valueOf), (level != null) ? Level.valueOf(level) : null,
				codes(rs.getArray("interventions"), Intervention::valueOf), Outcome.valueOf(rs.getString("outcome")),
				description, contact, rs.getObject("case_id", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getObject("reviewed_at", OffsetDateTime.class), rs.getObject("anonymised_at", OffsetDateTime.class));
	}

	private static <E> List<E> codes(Array array, Function<String, E> parse) throws SQLException {
		List<E> codes = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				codes.add(parse.apply((String) value));
			}
		}
		return codes;
	}

	private static String[] names(List<? extends Enum<?>> codes) {
		return codes.stream().map(Enum::name).toArray(String[]::new);
	}

	/**
	 * The values of a complaint to store.
	 *
	 * @param incidentOn when it happened
	 * @param area where
	 * @param characteristics why
	 * @param forms how
	 * @param level on which level
	 * @param interventions what was done
	 * @param outcome how it ended
	 * @param description what happened
	 * @param replyContact the reporter's contact (online only)
	 * @param caseId the linked case
	 */
	record Values(LocalDate incidentOn, Area area, List<Characteristic> characteristics, List<DiscriminationForm> forms,
			Level level, List<Intervention> interventions, Outcome outcome, String description, String replyContact,
			UUID caseId) {
	}

}
