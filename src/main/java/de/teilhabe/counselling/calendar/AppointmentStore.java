package de.teilhabe.counselling.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The appointments in PostgreSQL: the place's details and the note encrypted per field on
 * the way in and decrypted on the way out. Every query filters on the tenant. Knows
 * nothing of who may read: {@code Appointments} decides and audits.
 */
@Repository
public class AppointmentStore {

	public static final EncryptedColumn PLACE_DETAIL = EncryptedColumn.of("counselling_appointment",
			"place_detail_sealed");

	public static final EncryptedColumn NOTE = EncryptedColumn.of("counselling_appointment", "note_sealed");

	private static final String SELECT = """
			SELECT a.tenant_id, a.id, a.counsellor_id, a.client_id, c.responsible_id, a.case_id, a.starts_at, a.ends_at,
			       a.place, a.place_detail_sealed, a.note_sealed, a.interpreter, a.interpreter_language, a.status
			FROM counselling_appointment a
			JOIN counselling_client c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
			""";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	AppointmentStore(JdbcClient jdbc, FieldEncryption fields) {
		this.jdbc = jdbc;
		this.fields = fields;
	}

	/** Stores a new appointment. */
	void insert(UUID tenantId, Appointment appointment, OffsetDateTime now) {
		UUID id = appointment.id();
		this.jdbc
			.sql("""
					INSERT INTO counselling_appointment (tenant_id, id, counsellor_id, client_id, case_id, starts_at, ends_at,
					    place, place_detail_sealed, note_sealed, interpreter, interpreter_language, status, created_at,
					    updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, appointment.counsellorId(), appointment.clientId(), appointment.caseId(),
					appointment.startsAt(), appointment.endsAt(), appointment.place().name(),
					this.fields.encrypt(PLACE_DETAIL, tenantId, id, appointment.placeDetail()),
					this.fields.encrypt(NOTE, tenantId, id, appointment.note()), appointment.interpreter().name(),
					appointment.interpreterLanguage(), appointment.status().name(), now, now)
			.update();
	}

	/** Changes an appointment's values (not its counsellor or state). */
	void update(UUID tenantId, Appointment appointment, OffsetDateTime now) {
		UUID id = appointment.id();
		this.jdbc.sql("""
				UPDATE counselling_appointment SET client_id = ?, case_id = ?, starts_at = ?, ends_at = ?, place = ?,
				    place_detail_sealed = ?, note_sealed = ?, interpreter = ?, interpreter_language = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(appointment.clientId(), appointment.caseId(), appointment.startsAt(), appointment.endsAt(),
					appointment.place().name(),
					this.fields.encrypt(PLACE_DETAIL, tenantId, id, appointment.placeDetail()),
					this.fields.encrypt(NOTE, tenantId, id, appointment.note()), appointment.interpreter().name(),
					appointment.interpreterLanguage(), now, tenantId, id)
			.update();
	}

	/** Sets an appointment's state. */
	void setStatus(UUID tenantId, UUID id, AppointmentStatus status, OffsetDateTime now) {
		this.jdbc.sql("UPDATE counselling_appointment SET status = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(status.name(), now, tenantId, id)
			.update();
	}

	/** An appointment of the tenant, decrypted. */
	Optional<Appointment> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(SELECT + "WHERE a.tenant_id = ? AND a.id = ?")
			.params(tenantId, id)
			.query(this::appointment)
			.optional();
	}

	/**
	 * The appointments in a time range that a user may see: the user's own, and the
	 * responsible counsellor's with the clients the user is deputy for or has a
	 * break-glass access to; by start.
	 */
	List<Appointment> visible(UUID tenantId, UUID userId, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
		return this.jdbc
			.sql(SELECT
					+ """
							WHERE a.tenant_id = :tenant AND a.starts_at < :to AND a.ends_at > :from
							  AND (a.counsellor_id = :user
							       OR (a.counsellor_id = c.responsible_id
							           AND (EXISTS (SELECT 1 FROM counselling_client_deputy d
							                        WHERE d.tenant_id = a.tenant_id AND d.client_id = a.client_id AND d.user_id = :user)
							                OR EXISTS (SELECT 1 FROM counselling_break_glass b
							                           WHERE b.tenant_id = a.tenant_id AND b.client_id = a.client_id
							                             AND b.user_id = :user AND b.expires_at > :now))))
							ORDER BY a.starts_at, a.ends_at, a.id""")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("from", from)
			.param("to", to)
			.param("now", now)
			.query(this::appointment)
			.list();
	}

	/**
	 * The counsellor's other planned or held appointments that overlap the time range.
	 * @param except the appointment itself (null for a new one)
	 */
	List<Appointment> overlapping(UUID tenantId, UUID counsellorId, OffsetDateTime from, OffsetDateTime to,
			UUID except) {
		return this.jdbc.sql(SELECT + """
				WHERE a.tenant_id = ? AND a.counsellor_id = ? AND a.starts_at < ? AND a.ends_at > ?
				  AND a.status IN ('PLANNED', 'HELD') AND a.id <> ?
				ORDER BY a.starts_at, a.id""")
			.params(tenantId, counsellorId, to, from, (except != null) ? except : new UUID(0, 0))
			.query(this::appointment)
			.list();
	}

	/** How many planned appointments the counsellor has in the time range. */
	long countPlanned(UUID tenantId, UUID counsellorId, OffsetDateTime from, OffsetDateTime to) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM counselling_appointment
					WHERE tenant_id = ? AND counsellor_id = ? AND starts_at >= ? AND starts_at < ? AND status = 'PLANNED'""")
			.params(tenantId, counsellorId, from, to)
			.query(Long.class)
			.single();
	}

	/**
	 * Every counsellor of every tenant with planned appointments starting in the range,
	 * with their number.
	 */
	List<PlannedCount> plannedCounts(OffsetDateTime from, OffsetDateTime to) {
		return this.jdbc.sql("""
				SELECT tenant_id, counsellor_id, count(*) AS appointments FROM counselling_appointment
				WHERE starts_at >= ? AND starts_at < ? AND status = 'PLANNED'
				GROUP BY tenant_id, counsellor_id ORDER BY tenant_id, counsellor_id""")
			.params(from, to)
			.query((rs, row) -> new PlannedCount(rs.getObject("tenant_id", UUID.class),
					rs.getObject("counsellor_id", UUID.class), rs.getInt("appointments")))
			.list();
	}

	/** Whether the case is one of the client's (in the tenant). */
	boolean caseOfClient(UUID tenantId, UUID caseId, UUID clientId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_case WHERE tenant_id = ? AND id = ? AND client_id = ?")
			.params(tenantId, caseId, clientId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The client's cases that are not anonymised: open ones first, then by opening,
	 * newest first.
	 */
	List<CaseOption> casesOfClient(UUID tenantId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT id, kind, status, opened_on FROM counselling_case
				WHERE tenant_id = ? AND client_id = ? AND anonymised_at IS NULL
				ORDER BY status = 'OPEN' DESC, opened_on DESC, id""")
			.params(tenantId, clientId)
			.query((rs, row) -> new CaseOption(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("status"), rs.getObject("opened_on", java.time.LocalDate.class)))
			.list();
	}

	/**
	 * Stores many new appointments at once (the demo data).
	 * @return how many
	 */
	public int insertAll(UUID tenantId, List<NewAppointment> appointments, OffsetDateTime now) {
		for (NewAppointment row : appointments) {
			insert(tenantId,
					new Appointment(UUID.randomUUID(), row.counsellorId(), row.clientId(), null, null, row.startsAt(),
							row.endsAt(), row.place(), row.placeDetail(), row.note(), row.interpreter(),
							row.interpreterLanguage(), row.status()),
					now);
		}
		return appointments.size();
	}

	/** How many appointments the tenant has (the demo data is made once). */
	public long count(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_appointment WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	private Appointment appointment(ResultSet rs, int row) throws SQLException {
		UUID tenantId = rs.getObject("tenant_id", UUID.class);
		UUID id = rs.getObject("id", UUID.class);
		return new Appointment(id, rs.getObject("counsellor_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("responsible_id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
				Place.valueOf(rs.getString("place")),
				this.fields.decrypt(PLACE_DETAIL, tenantId, id, rs.getBytes("place_detail_sealed")),
				this.fields.decrypt(NOTE, tenantId, id, rs.getBytes("note_sealed")),
				Interpreter.valueOf(rs.getString("interpreter")), rs.getString("interpreter_language"),
				AppointmentStatus.valueOf(rs.getString("status")));
	}

	/**
	 * How many planned appointments a counsellor has.
	 *
	 * @param tenantId the tenant
	 * @param counsellorId the counsellor
	 * @param appointments how many
	 */
	record PlannedCount(UUID tenantId, UUID counsellorId, int appointments) {
	}

	/**
	 * A case of the client to pick (shown by kind and opening day: its title is the
	 * cases' own).
	 *
	 * @param id the case
	 * @param kind {@code SHORT_CONTACT}, {@code COUNSELLING} or {@code CASE_MANAGEMENT}
	 * @param status {@code OPEN} or {@code CLOSED}
	 * @param openedOn when it was opened
	 */
	record CaseOption(UUID id, String kind, String status, java.time.LocalDate openedOn) {
	}

	/**
	 * A new appointment of the demo data.
	 *
	 * @param counsellorId whose appointment
	 * @param clientId the client
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 * @param place the kind of place
	 * @param placeDetail room, address, number or link
	 * @param note a note
	 * @param interpreter interpreting
	 * @param interpreterLanguage the language to interpret (null for none)
	 * @param status the state
	 */
	public record NewAppointment(UUID counsellorId, UUID clientId, OffsetDateTime startsAt, OffsetDateTime endsAt,
			Place place, String placeDetail, String note, Interpreter interpreter, String interpreterLanguage,
			AppointmentStatus status) {
	}

	/** The encrypted columns, registered for the re-encryption job. */
	@Configuration(proxyBeanMethods = false)
	static class Columns {

		@Bean
		EncryptedColumn counsellingAppointmentPlaceDetail() {
			return PLACE_DETAIL;
		}

		@Bean
		EncryptedColumn counsellingAppointmentNote() {
			return NOTE;
		}

	}

}
