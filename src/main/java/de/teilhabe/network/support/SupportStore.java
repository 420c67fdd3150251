package de.teilhabe.network.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.form.Page;
import de.teilhabe.network.form.Sql;
import de.teilhabe.network.project.Values;
import de.teilhabe.network.support.Training.Material;
import de.teilhabe.network.support.Training.Participant;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Trainings for MSOs and parents (with their participating organisations and materials)
 * and intercultural-opening support. Every query filters on the tenant.
 */
@Repository
public class SupportStore {

	/** Lists show at most this many entries (newest first). */
	static final int LIST_LIMIT = 200;

	private static final String OPENING_SELECT = """
			SELECT s.*, o.name AS organisation_name FROM network_opening_support s
			JOIN network_organisation o ON o.tenant_id = s.tenant_id AND o.id = s.organisation_id
			""";

	private static final String OPENING_WHERE = " WHERE s.tenant_id = ? AND (CAST(? AS UUID) IS NULL OR s.organisation_id = ?)";

	private final JdbcClient jdbc;

	public SupportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A training with its organisations and materials. */
	public Optional<Training> training(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM network_training WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> training(rs, participants(tenantId, id), materials(tenantId, id)))
			.optional();
	}

	/**
	 * Trainings matching a text (null: all) and attended by an organisation (null: any),
	 * newest first: the first {@link #LIST_LIMIT}.
	 */
	public List<Training> trainings(UUID tenantId, String likePattern, UUID organisationId) {
		return trainings(tenantId, likePattern, organisationId, LIST_LIMIT, 0);
	}

	/**
	 * A page of the trainings matching a text (null: all) and attended by an organisation
	 * (null: any), newest first.
	 */
	public Page<Training> trainings(UUID tenantId, String likePattern, UUID organisationId, ApiPaging paging) {
		long total = count("network_training t", trainingWhere(likePattern, organisationId, new ArrayList<>()),
				trainingParams(tenantId, likePattern, organisationId));
		return new Page<>(trainings(tenantId, likePattern, organisationId, paging.size(), paging.offset()),
				paging.page(), paging.size(), total);
	}

	private List<Training> trainings(UUID tenantId, String likePattern, UUID organisationId, int limit, long offset) {
		List<Object> params = trainingParams(tenantId, likePattern, organisationId);
		String where = trainingWhere(likePattern, organisationId, new ArrayList<>());
		params.add(limit);
		params.add(offset);
		return this.jdbc
			.sql("SELECT t.* FROM network_training t" + where + " ORDER BY t.held_on DESC, t.id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> training(rs, List.of(), List.of()))
			.list();
	}

	private static List<Object> trainingParams(UUID tenantId, String likePattern, UUID organisationId) {
		List<Object> params = new ArrayList<>(List.of(tenantId));
		trainingWhere(likePattern, organisationId, params);
		return params;
	}

	/**
	 * The WHERE clause (alias {@code t}, tenant first) of the trainings matching a text
	 * and an organisation; its parameters after the tenant are appended to
	 * {@code params}.
	 */
	private static String trainingWhere(String likePattern, UUID organisationId, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE t.tenant_id = ?");
		if (likePattern != null) {
			where.append(" AND t.search_text LIKE ?");
			params.add(likePattern);
		}
		if (organisationId != null) {
			where.append(" AND EXISTS (SELECT 1 FROM network_training_organisation x WHERE x.tenant_id = t.tenant_id"
					+ " AND x.training_id = t.id AND x.organisation_id = ?)");
			params.add(organisationId);
		}
		return where.toString();
	}

	private long count(String table, String where, List<Object> params) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + where).params(params).query(Long.class).single();
	}

	public void createTraining(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_training (tenant_id, id, title, audience, held_on, topics, participant_count,
				  place, description, search_text, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, values.get("title"), values.get("audience"), LocalDate.parse(values.get("heldOn")),
					Sql.array(values.get("topics")), Values.integer(values.get("participantCount")),
					Sql.text(values.get("place")), Sql.text(values.get("description")), trainingSearchText(values), now,
					now)
			.update();
		insertTrainingRows(tenantId, id, values);
	}

	public boolean updateTraining(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		boolean found = this.jdbc.sql("""
				UPDATE network_training SET title = ?, audience = ?, held_on = ?, topics = ?, participant_count = ?,
				  place = ?, description = ?, search_text = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(values.get("title"), values.get("audience"), LocalDate.parse(values.get("heldOn")),
					Sql.array(values.get("topics")), Values.integer(values.get("participantCount")),
					Sql.text(values.get("place")), Sql.text(values.get("description")), trainingSearchText(values), now,
					tenantId, id)
			.update() > 0;
		if (found) {
			this.jdbc.sql("DELETE FROM network_training_organisation WHERE tenant_id = ? AND training_id = ?")
				.params(tenantId, id)
				.update();
			this.jdbc.sql("DELETE FROM network_training_material WHERE tenant_id = ? AND training_id = ?")
				.params(tenantId, id)
				.update();
			insertTrainingRows(tenantId, id, values);
		}
		return found;
	}

	private void insertTrainingRows(UUID tenantId, UUID id, Map<String, String> values) {
		for (String organisation : FormBinder.split(values.get("organisations"))) {
			this.jdbc
				.sql("INSERT INTO network_training_organisation (tenant_id, training_id, organisation_id)"
						+ " VALUES (?, ?, ?)")
				.params(tenantId, id, UUID.fromString(organisation))
				.update();
		}
		int position = 0;
		for (int row : SupportForms.MATERIALS.filled(values)) {
			this.jdbc
				.sql("INSERT INTO network_training_material (tenant_id, training_id, position, title, link)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(tenantId, id, position++, values.get(SupportForms.MATERIALS.field(row, "title")),
						Sql.text(values.get(SupportForms.MATERIALS.field(row, "link"))))
				.update();
		}
	}

	public Optional<OpeningSupport> opening(UUID tenantId, UUID id) {
		return this.jdbc.sql(OPENING_SELECT + " WHERE s.tenant_id = ? AND s.id = ?")
			.params(tenantId, id)
			.query(SupportStore::opening)
			.optional();
	}

	/**
	 * Intercultural-opening support, of one organisation (null: all), newest first: the
	 * first {@link #LIST_LIMIT}.
	 */
	public List<OpeningSupport> openings(UUID tenantId, UUID organisationId) {
		return openings(tenantId, organisationId, LIST_LIMIT, 0);
	}

	/**
	 * A page of the intercultural-opening support, of one organisation (null: all),
	 * newest first.
	 */
	public Page<OpeningSupport> openings(UUID tenantId, UUID organisationId, ApiPaging paging) {
		return new Page<>(openings(tenantId, organisationId, paging.size(), paging.offset()), paging.page(),
				paging.size(), count("network_opening_support s", OPENING_WHERE,
						Arrays.asList(tenantId, organisationId, organisationId)));
	}

	private List<OpeningSupport> openings(UUID tenantId, UUID organisationId, int limit, long offset) {
		return this.jdbc.sql(OPENING_SELECT + OPENING_WHERE + " ORDER BY s.started_on DESC, s.id LIMIT ? OFFSET ?")
			.params(tenantId, organisationId, organisationId, limit, offset)
			.query(SupportStore::opening)
			.list();
	}

	public void createOpening(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO network_opening_support (tenant_id, id, organisation_id, what, started_on, ended_on,
				  outcome, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, UUID.fromString(values.get("organisation")), values.get("what"),
					LocalDate.parse(values.get("startedOn")), Values.date(values.get("endedOn")),
					Sql.text(values.get("outcome")), now, now)
			.update();
	}

	public boolean updateOpening(UUID tenantId, UUID id, Map<String, String> values, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE network_opening_support SET organisation_id = ?, what = ?, started_on = ?, ended_on = ?,
				  outcome = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(UUID.fromString(values.get("organisation")), values.get("what"),
					LocalDate.parse(values.get("startedOn")), Values.date(values.get("endedOn")),
					Sql.text(values.get("outcome")), now, tenantId, id)
			.update() > 0;
	}

	private List<Participant> participants(UUID tenantId, UUID trainingId) {
		return this.jdbc.sql("""
				SELECT o.id, o.name FROM network_training_organisation x
				JOIN network_organisation o ON o.tenant_id = x.tenant_id AND o.id = x.organisation_id
				WHERE x.tenant_id = ? AND x.training_id = ? ORDER BY lower(o.name)""")
			.params(tenantId, trainingId)
			.query((rs, row) -> new Participant(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	private List<Material> materials(UUID tenantId, UUID trainingId) {
		return this.jdbc
			.sql("SELECT title, link FROM network_training_material WHERE tenant_id = ? AND training_id = ?"
					+ " ORDER BY position")
			.params(tenantId, trainingId)
			.query((rs, row) -> new Material(rs.getString("title"), rs.getString("link")))
			.list();
	}

	private static String trainingSearchText(Map<String, String> values) {
		return Sql.searchText(values.get("title"), values.get("topics"), values.get("place"),
				values.get("description"));
	}

	private static Training training(ResultSet rs, List<Participant> participants, List<Material> materials)
			throws SQLException {
		return new Training(rs.getObject("id", UUID.class), rs.getString("title"),
				Audience.valueOf(rs.getString("audience")), rs.getObject("held_on", LocalDate.class),
				Sql.list(rs, "topics"), rs.getObject("participant_count", Integer.class), rs.getString("place"),
				rs.getString("description"), participants, materials);
	}

	private static OpeningSupport opening(ResultSet rs, int row) throws SQLException {
		return new OpeningSupport(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), rs.getString("what"), rs.getObject("started_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), rs.getString("outcome"));
	}

}
