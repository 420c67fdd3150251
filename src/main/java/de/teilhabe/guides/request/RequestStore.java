package de.teilhabe.guides.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant's requests. Every query filters on the tenant.
 */
@Repository
public class RequestStore {

	private static final String COLUMNS = """
			id, topic, languages, region_key, place, first_day, starts, ends, recurrence, repeat_until, urgency,
			required_qualifications, contact_reference, requester_organisation_id, brief, status""";

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<GuideRequest> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_request WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query(RequestStore::request)
			.optional();
	}

	/**
	 * A request with the tenant's candidates counter ({@code guide_candidates_version}, 0
	 * before the first change), read in one statement: both of one snapshot, in one round
	 * trip.
	 */
	public Optional<Counted> findCounted(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + ", COALESCE((SELECT version FROM guide_candidates_version"
				+ " WHERE tenant_id = ?), 0) AS candidates_version FROM guide_request WHERE tenant_id = ? AND id = ?")
			.params(tenantId, tenantId, id)
			.query((rs, row) -> new Counted(request(rs, row), rs.getLong("candidates_version")))
			.optional();
	}

	/** A request with the tenant's candidates counter read beside it. */
	public record Counted(GuideRequest request, long candidatesVersion) {
	}

	/** Several requests by id (those of the tenant; in no particular order). */
	public List<GuideRequest> findAll(UUID tenantId, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM guide_request WHERE tenant_id = ? AND id = ANY (?::uuid[])")
			.params(tenantId, ids.stream().map(UUID::toString).toArray(String[]::new))
			.query(RequestStore::request)
			.list();
	}

	/**
	 * The requests by day of the first appointment (most urgent first on a day).
	 * @param status only those with this status, or null for all
	 */
	public ApiPage<GuideRequest> search(UUID tenantId, RequestStatus status, ApiPaging paging) {
		return search(tenantId, status, null, paging);
	}

	/**
	 * The requests of one requesting organisation by day of the first appointment (most
	 * urgent first on a day).
	 * @param status only those with this status, or null for all
	 * @param requesterOrganisationId only those this organisation asked for, or null for
	 * all
	 */
	public ApiPage<GuideRequest> search(UUID tenantId, RequestStatus status, UUID requesterOrganisationId,
			ApiPaging paging) {
		StringBuilder where = new StringBuilder(" FROM guide_request WHERE tenant_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenantId));
		if (requesterOrganisationId != null) {
			where.append(" AND requester_organisation_id = ?");
			params.add(requesterOrganisationId);
		}
		if (status != null) {
			where.append(" AND status = ?");
			params.add(status.name());
		}
		long total = this.jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(paging.size());
		pageParams.add(paging.offset());
		List<GuideRequest> items = this.jdbc
			.sql("SELECT " + COLUMNS + where
					+ " ORDER BY first_day, CASE urgency WHEN 'HIGH' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END, starts, id"
					+ " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(RequestStore::request)
			.list();
		return ApiPage.of(items, paging, total);
	}

	/** Every open request of the tenant (the batch's work). */
	public List<GuideRequest> open(UUID tenantId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM guide_request WHERE tenant_id = ? AND status = 'OPEN' ORDER BY first_day, id")
			.param(tenantId)
			.query(RequestStore::request)
			.list();
	}

	/** How many requests of the tenant are open. */
	public long countOpen(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM guide_request WHERE tenant_id = ? AND status = 'OPEN'")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	/** A new open request; its id. */
	public UUID create(UUID tenantId, RequestForm form, UUID requesterOrganisationId, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO guide_request (tenant_id, id, topic, languages, region_key, place, first_day, starts, ends,
					  recurrence, repeat_until, urgency, required_qualifications, contact_reference, requester_organisation_id,
					  brief, status, created_at, updated_at)
					VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, 'OPEN', ?, ?)""")
			.params(tenantId, id, form.topic().name(), form.languages().toArray(String[]::new), form.gemeinde(),
					form.place(), form.date(), form.starts(), form.ends(), form.recurrence().name(), repeatUntil(form),
					form.urgency().name(), form.requiredQualifications().toArray(String[]::new),
					form.contactReference(), requesterOrganisationId, form.brief(), now, now)
			.update();
		return id;
	}

	/** Changes a request's details (not its status). */
	public void update(UUID tenantId, UUID id, RequestForm form, OffsetDateTime now) {
		this.jdbc
			.sql("""
					UPDATE guide_request SET topic = ?, languages = ?::text[], region_key = ?, place = ?, first_day = ?,
					  starts = ?, ends = ?, recurrence = ?, repeat_until = ?, urgency = ?, required_qualifications = ?::text[],
					  contact_reference = ?, brief = ?, updated_at = ?
					WHERE tenant_id = ? AND id = ?""")
			.params(form.topic().name(), form.languages().toArray(String[]::new), form.gemeinde(), form.place(),
					form.date(), form.starts(), form.ends(), form.recurrence().name(), repeatUntil(form),
					form.urgency().name(), form.requiredQualifications().toArray(String[]::new),
					form.contactReference(), form.brief(), now, tenantId, id)
			.update();
	}

	/** Moves a request from one status to another, if it is still in the first. */
	public boolean changeStatus(UUID tenantId, UUID id, RequestStatus from, RequestStatus to, OffsetDateTime now) {
		return this.jdbc
			.sql("UPDATE guide_request SET status = ?, updated_at = ? WHERE tenant_id = ? AND id = ? AND status = ?")
			.params(to.name(), now, tenantId, id, from.name())
			.update() == 1;
	}

	private static LocalDate repeatUntil(RequestForm form) {
		return (form.recurrence() == Recurrence.ONCE) ? null : form.repeatUntil();
	}

	private static GuideRequest request(ResultSet rs, int row) throws SQLException {
		return new GuideRequest(rs.getObject("id", UUID.class), Topic.valueOf(rs.getString("topic")),
				Arrays.asList((String[]) rs.getArray("languages").getArray()), rs.getString("region_key"),
				rs.getString("place"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class),
				Recurrence.valueOf(rs.getString("recurrence")), rs.getObject("repeat_until", LocalDate.class),
				Urgency.valueOf(rs.getString("urgency")),
				Arrays.stream((String[]) rs.getArray("required_qualifications").getArray())
					.map(Qualification::valueOf)
					.toList(),
				rs.getString("contact_reference"), rs.getObject("requester_organisation_id", UUID.class),
				rs.getString("brief"), RequestStatus.valueOf(rs.getString("status")));
	}

}
