package de.teilhabe.network.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Page;
import de.teilhabe.network.form.Sql;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.moderation.ModeratedType;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The live events (and events as moderated entries).
 */
@Repository
public class EventStore implements ModeratedType {

	private static final String SELECT = """
			SELECT e.*, o.name AS organisation_name FROM network_event e
			LEFT JOIN network_organisation o ON o.tenant_id = e.tenant_id AND o.id = e.organisation_id
			""";

	private final JdbcClient jdbc;

	private final FormBinder forms;

	private final Times times;

	EventStore(JdbcClient jdbc, FormBinder forms, Times times) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.times = times;
	}

	public Optional<NetworkEvent> find(UUID tenantId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE e.tenant_id = ? AND e.id = ?")
			.params(tenantId, id)
			.query(EventStore::event)
			.optional();
	}

	public List<NetworkEvent> ofOrganisation(UUID tenantId, UUID organisationId) {
		return this.jdbc.sql(SELECT + " WHERE e.tenant_id = ? AND e.organisation_id = ? ORDER BY e.starts_at, e.id")
			.params(tenantId, organisationId)
			.query(EventStore::event)
			.list();
	}

	/**
	 * Events that have not ended by {@code from} (repeating ones until their last day),
	 * matching the filter, by start.
	 * @param publicOnly only events marked public
	 */
	public Page<NetworkEvent> search(UUID tenantId, Filter filter, OffsetDateTime from, boolean publicOnly,
			ApiPaging paging) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE e.tenant_id = ?"
				+ " AND (coalesce(e.ends_at, e.starts_at) >= ? OR e.recurrence_until >= CAST(? AS DATE))");
		params.add(tenantId);
		params.add(from);
		params.add(this.times.local(from).toLocalDate());
		if (publicOnly) {
			where.append(" AND e.public_event");
		}
		if (!filter.q().isEmpty()) {
			where.append(" AND e.search_text LIKE ?");
			params.add(filter.likePattern());
		}
		if (!filter.kind().isEmpty()) {
			where.append(" AND e.category = ?");
			params.add(filter.kind());
		}
		if (!filter.language().isEmpty()) {
			where.append(" AND e.languages @> ARRAY[CAST(? AS TEXT)]");
			params.add(filter.language());
		}
		if (!filter.region().isEmpty()) {
			where.append(" AND e.region_key = ?");
			params.add(filter.region());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM network_event e" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(paging.size());
		params.add(paging.offset());
		List<NetworkEvent> items = this.jdbc.sql(SELECT + where + " ORDER BY e.starts_at, e.id LIMIT ? OFFSET ?")
			.params(params)
			.query(EventStore::event)
			.list();
		return new Page<>(items, paging.page(), paging.size(), total);
	}

	/** Public events for the calendar feed: those not ended a year ago, at most 2000. */
	public List<NetworkEvent> feed(UUID tenantId, OffsetDateTime from) {
		return this.jdbc.sql(SELECT + """
				WHERE e.tenant_id = ? AND e.public_event
				  AND (coalesce(e.ends_at, e.starts_at) >= ? OR e.recurrence_until >= CAST(? AS DATE))
				ORDER BY e.starts_at, e.id LIMIT 2000""")
			.params(tenantId, from, from.toLocalDate())
			.query(EventStore::event)
			.list();
	}

	/**
	 * Public events not over at {@code from} (repeating ones until their last day) that
	 * start before {@code until}, by start; at most 2000.
	 */
	public List<NetworkEvent> publicBetween(UUID tenantId, OffsetDateTime from, OffsetDateTime until) {
		return this.jdbc.sql(SELECT + """
				WHERE e.tenant_id = ? AND e.public_event AND e.starts_at < ?
				  AND (coalesce(e.ends_at, e.starts_at) >= ? OR e.recurrence_until >= CAST(? AS DATE))
				ORDER BY e.starts_at, e.id LIMIT 2000""")
			.params(tenantId, until, from, this.times.local(from).toLocalDate())
			.query(EventStore::event)
			.list();
	}

	@Override
	public EntityType type() {
		return EntityType.EVENT;
	}

	@Override
	public List<String> fields() {
		return EventForm.FIELDS;
	}

	@Override
	public Map<String, String> labelPrefixes() {
		return Map.of("category", "network.category.", "recurrence", "network.recurrence.");
	}

	@Override
	public CheckedValues check(UUID tenantId, Map<String, String> raw) {
		return this.forms.bind(raw, EventForm.class).checked();
	}

	@Override
	public Optional<Map<String, String>> current(UUID tenantId, UUID id) {
		return find(tenantId, id).map((event) -> EventForm.of(event, this.times));
	}

	@Override
	public Optional<UUID> organisationOf(UUID tenantId, UUID id) {
		return find(tenantId, id).map(NetworkEvent::organisationId);
	}

	@Override
	public void create(UUID tenantId, UUID id, UUID organisationId, Map<String, String> values, OffsetDateTime now) {
		Schedule schedule = schedule(values);
		this.jdbc.sql("""
				INSERT INTO network_event (tenant_id, id, organisation_id, category, title, description, starts_at,
				  ends_at, recurrence, recurrence_interval, recurrence_until, place, region_key, languages,
				  target_groups, registration, accessibility, public_event, search_text, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, organisationId, values.get("category"), values.get("title"),
					Sql.text(values.get("description")), schedule.start(), schedule.end(), values.get("recurrence"),
					Integer.parseInt(values.get("recurrenceInterval")), schedule.until(), Sql.text(values.get("place")),
					Sql.text(values.get("regionKey")), Sql.array(values.get("languages")),
					Sql.array(values.get("targetGroups")), Sql.text(values.get("registration")),
					Sql.text(values.get("accessibility")), "true".equals(values.get("publicEvent")), searchText(values),
					now, now)
			.update();
	}

	@Override
	public void update(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		Schedule schedule = schedule(values);
		this.jdbc.sql("""
				UPDATE network_event SET category = ?, title = ?, description = ?, starts_at = ?, ends_at = ?,
				  recurrence = ?, recurrence_interval = ?, recurrence_until = ?, place = ?, region_key = ?,
				  languages = ?, target_groups = ?, registration = ?, accessibility = ?, public_event = ?,
				  search_text = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("category"), values.get("title"), Sql.text(values.get("description")), schedule.start(),
					schedule.end(), values.get("recurrence"), Integer.parseInt(values.get("recurrenceInterval")),
					schedule.until(), Sql.text(values.get("place")), Sql.text(values.get("regionKey")),
					Sql.array(values.get("languages")), Sql.array(values.get("targetGroups")),
					Sql.text(values.get("registration")), Sql.text(values.get("accessibility")),
					"true".equals(values.get("publicEvent")), searchText(values), now, tenantId, id)
			.update();
	}

	private static String searchText(Map<String, String> values) {
		return Sql.searchText(values.get("title"), values.get("place"), values.get("targetGroups"),
				values.get("description"));
	}

	static NetworkEvent event(ResultSet rs, int row) throws SQLException {
		return new NetworkEvent(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), EventCategory.valueOf(rs.getString("category")),
				rs.getString("title"), rs.getString("description"), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), Recurrence.valueOf(rs.getString("recurrence")),
				rs.getInt("recurrence_interval"), rs.getObject("recurrence_until", LocalDate.class),
				rs.getString("place"), rs.getString("region_key"), Sql.list(rs, "languages"),
				Sql.list(rs, "target_groups"), rs.getString("registration"), rs.getString("accessibility"),
				rs.getBoolean("public_event"));
	}

	/** Start, end and last day of checked values (local times of the platform's zone). */
	private Schedule schedule(Map<String, String> values) {
		LocalDate date = LocalDate.parse(values.get("date"));
		OffsetDateTime start = this.times.at(date, LocalTime.parse(values.get("startTime")));
		String endTime = values.get("endTime");
		OffsetDateTime end = (endTime == null || endTime.isEmpty()) ? null
				: this.times.at(date, LocalTime.parse(endTime));
		String until = values.get("recurrenceUntil");
		return new Schedule(start, end, (until == null || until.isEmpty()) ? null : LocalDate.parse(until));
	}

	private record Schedule(OffsetDateTime start, OffsetDateTime end, LocalDate until) {

	}

}
