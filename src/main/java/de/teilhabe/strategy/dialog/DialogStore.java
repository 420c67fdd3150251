package de.teilhabe.strategy.dialog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.strategy.dialog.Records.Dialog;
import de.teilhabe.strategy.dialog.Records.HeatCell;
import de.teilhabe.strategy.dialog.Records.JoinTarget;
import de.teilhabe.strategy.dialog.Records.Participant;
import de.teilhabe.strategy.dialog.Records.StakeholderGroup;
import de.teilhabe.strategy.dialog.Records.Statement;
import de.teilhabe.strategy.dialog.Records.Workshop;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables of the Integrationsdialog: stakeholder groups, dialogs, workshops, their
 * named participants and statements. Every query filters on the tenant, except the lookup
 * of a join code (which names no tenant and is unique over all of them).
 */
@Repository
class DialogStore {

	/** The eight stakeholder groups of the Integrationsdialog 2017 (seed 002). */
	static final List<String> DEFAULT_GROUPS = List.of("Bürger", "Bürgermeister", "Wohlfahrtsverbände", "Ehrenamtliche",
			"Migranten/Flüchtlinge", "Migrantenselbstorganisationen", "Verwaltungsmitarbeitende", "Unternehmen");

	private static final String WORKSHOPS = """
			SELECT w.*, g.name AS group_name, (SELECT count(*) FROM strategy_statement s
			  WHERE s.tenant_id = w.tenant_id AND s.workshop_id = w.id) AS statements
			FROM strategy_workshop w JOIN strategy_stakeholder_group g ON g.tenant_id = w.tenant_id AND g.id = w.group_id
			""";

	private static final String STATEMENTS = """
			SELECT s.*, f.name AS field_name, g.name AS group_name FROM strategy_statement s
			JOIN strategy_workshop w ON w.tenant_id = s.tenant_id AND w.id = s.workshop_id
			JOIN strategy_stakeholder_group g ON g.tenant_id = w.tenant_id AND g.id = w.group_id
			LEFT JOIN strategy_field f ON f.tenant_id = s.tenant_id AND f.id = s.field_id
			""";

	private final JdbcClient jdbc;

	DialogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// stakeholder groups

	/**
	 * The tenant's stakeholder groups in order; the eight defaults are stored first for a
	 * tenant that has none.
	 */
	@Transactional
	List<StakeholderGroup> groups(UUID tenantId) {
		List<StakeholderGroup> groups = listGroups(tenantId);
		if (!groups.isEmpty()) {
			return groups;
		}
		// one seeding per tenant even when two requests ask at once
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('strategy_stakeholder_group'), hashtext(?))")
			.param(tenantId.toString())
			.query((rs, row) -> 0)
			.list();
		if (listGroups(tenantId).isEmpty()) {
			for (int i = 0; i < DEFAULT_GROUPS.size(); i++) {
				this.jdbc
					.sql("INSERT INTO strategy_stakeholder_group (tenant_id, id, position, name) VALUES (?, ?, ?, ?)")
					.params(tenantId, UUID.randomUUID(), i + 1, DEFAULT_GROUPS.get(i))
					.update();
			}
		}
		return listGroups(tenantId);
	}

	private List<StakeholderGroup> listGroups(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT g.*, (SELECT count(*) FROM strategy_workshop w WHERE w.tenant_id = g.tenant_id
				  AND w.group_id = g.id) AS workshops
				FROM strategy_stakeholder_group g WHERE g.tenant_id = ? ORDER BY g.position, lower(g.name)""")
			.param(tenantId)
			.query((rs, row) -> new StakeholderGroup(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("name"), rs.getLong("workshops")))
			.list();
	}

	Optional<StakeholderGroup> group(UUID tenantId, UUID id) {
		return groups(tenantId).stream().filter((group) -> group.id().equals(id)).findFirst();
	}

	Optional<StakeholderGroup> groupNamed(UUID tenantId, String name) {
		return groups(tenantId).stream().filter((group) -> group.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	/** Adds a group at the end; false if the tenant has a group of that name. */
	boolean addGroup(UUID tenantId, String name) {
		try {
			this.jdbc
				.sql("""
						INSERT INTO strategy_stakeholder_group (tenant_id, id, position, name)
						SELECT ?, ?, coalesce(max(position), 0) + 1, ? FROM strategy_stakeholder_group WHERE tenant_id = ?""")
				.params(tenantId, UUID.randomUUID(), name, tenantId)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Renames a group; false if another group has that name. */
	boolean renameGroup(UUID tenantId, UUID id, String name) {
		try {
			this.jdbc.sql("UPDATE strategy_stakeholder_group SET name = ? WHERE tenant_id = ? AND id = ?")
				.params(name, tenantId, id)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Removes a group no workshop was held with; false if one was. */
	boolean removeGroup(UUID tenantId, UUID id) {
		return this.jdbc
			.sql("""
					DELETE FROM strategy_stakeholder_group g WHERE g.tenant_id = ? AND g.id = ?
					  AND NOT EXISTS (SELECT 1 FROM strategy_workshop w WHERE w.tenant_id = g.tenant_id AND w.group_id = g.id)
					""")
			.params(tenantId, id)
			.update() == 1;
	}

	// dialogs

	List<Dialog> dialogs(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT d.*, c.title AS concept_title FROM strategy_dialog d
				JOIN strategy_concept c ON c.tenant_id = d.tenant_id AND c.id = d.concept_id
				WHERE d.tenant_id = ? ORDER BY d.started_on DESC, d.created_at DESC""")
			.param(tenantId)
			.query(DialogStore::dialog)
			.list();
	}

	Optional<Dialog> dialog(UUID tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT d.*, c.title AS concept_title FROM strategy_dialog d
				JOIN strategy_concept c ON c.tenant_id = d.tenant_id AND c.id = d.concept_id
				WHERE d.tenant_id = ? AND d.id = ?""").params(tenantId, id).query(DialogStore::dialog).optional();
	}

	UUID createDialog(UUID tenantId, UUID conceptId, String title, String description, LocalDate startedOn,
			OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO strategy_dialog (tenant_id, id, concept_id, title, description, started_on, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, conceptId, title, description, startedOn, now)
			.update();
		return id;
	}

	void updateDialog(UUID tenantId, UUID id, UUID conceptId, String title, String description, LocalDate startedOn) {
		this.jdbc.sql("""
				UPDATE strategy_dialog SET concept_id = ?, title = ?, description = ?, started_on = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(conceptId, title, description, startedOn, tenantId, id)
			.update();
	}

	// workshops

	List<Workshop> workshops(UUID tenantId, UUID dialogId) {
		return this.jdbc.sql(WORKSHOPS + " WHERE w.tenant_id = ? AND w.dialog_id = ? ORDER BY w.starts_at, w.title")
			.params(tenantId, dialogId)
			.query(DialogStore::workshop)
			.list();
	}

	Optional<Workshop> workshop(UUID tenantId, UUID id) {
		return this.jdbc.sql(WORKSHOPS + " WHERE w.tenant_id = ? AND w.id = ?")
			.params(tenantId, id)
			.query(DialogStore::workshop)
			.optional();
	}

	/** The values of a workshop's form. */
	record WorkshopValues(String title, OffsetDateTime startsAt, String place, UUID groupId, int capacity,
			String facilitators, int participantCount) {
	}

	UUID createWorkshop(UUID tenantId, UUID dialogId, WorkshopValues values, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO strategy_workshop (tenant_id, id, dialog_id, title, starts_at, place, group_id, capacity,
				  facilitators, participant_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, dialogId, values.title(), values.startsAt(), values.place(), values.groupId(),
					values.capacity(), values.facilitators(), values.participantCount(), now)
			.update();
		return id;
	}

	void updateWorkshop(UUID tenantId, UUID id, WorkshopValues values) {
		this.jdbc.sql("""
				UPDATE strategy_workshop SET title = ?, starts_at = ?, place = ?, group_id = ?, capacity = ?,
				  facilitators = ?, participant_count = ? WHERE tenant_id = ? AND id = ?""")
			.params(values.title(), values.startsAt(), values.place(), values.groupId(), values.capacity(),
					values.facilitators(), values.participantCount(), tenantId, id)
			.update();
	}

	/**
	 * Opens capture with a new join code (unique over all tenants); false if capture was
	 * open or closed already.
	 */
	boolean openCapture(UUID tenantId, UUID id, String joinCode, OffsetDateTime now) {
		if (this.jdbc.sql("SELECT count(*) FROM strategy_retired_join_code WHERE code = ?")
			.param(joinCode)
			.query(Integer.class)
			.single() > 0) {
			// the code of a deleted workshop stays dead
			throw new JoinCodeTaken();
		}
		try {
			return this.jdbc.sql("""
					UPDATE strategy_workshop SET join_code = ?, capture_opened_at = ?
					WHERE tenant_id = ? AND id = ? AND capture_opened_at IS NULL""")
				.params(joinCode, now, tenantId, id)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			throw new JoinCodeTaken();
		}
	}

	/** A join code another workshop holds already (the caller draws a new one). */
	static final class JoinCodeTaken extends RuntimeException {

		JoinCodeTaken() {
			super("join code taken", null, false, false);
		}

	}

	/**
	 * Records that capture was held (opened and closed) without a join code (demo data of
	 * past workshops).
	 */
	void markCaptureHeld(UUID tenantId, UUID id, OffsetDateTime opened, OffsetDateTime closed) {
		this.jdbc
			.sql("""
					UPDATE strategy_workshop SET capture_opened_at = ?, capture_closed_at = ? WHERE tenant_id = ? AND id = ?""")
			.params(opened, closed, tenantId, id)
			.update();
	}

	/** Closes capture for good: the join code dies. */
	boolean closeCapture(UUID tenantId, UUID id, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE strategy_workshop SET capture_closed_at = ?
				WHERE tenant_id = ? AND id = ? AND capture_opened_at IS NOT NULL AND capture_closed_at IS NULL""")
			.params(now, tenantId, id)
			.update() == 1;
	}

	/** The workshop of a join code (any tenant). */
	Optional<JoinTarget> joinTarget(String joinCode) {
		return this.jdbc.sql("""
				SELECT w.join_code, w.tenant_id, w.id, w.dialog_id, d.concept_id, w.title, w.starts_at,
				  w.capture_opened_at IS NOT NULL AND w.capture_closed_at IS NULL AS open,
				  w.capture_closed_at IS NOT NULL AS closed
				FROM strategy_workshop w JOIN strategy_dialog d ON d.tenant_id = w.tenant_id AND d.id = w.dialog_id
				WHERE w.join_code = ?""")
			.param(joinCode)
			.query((rs, row) -> new JoinTarget(rs.getString("join_code"), rs.getObject("tenant_id", UUID.class),
					rs.getObject("id", UUID.class), rs.getObject("dialog_id", UUID.class),
					rs.getObject("concept_id", UUID.class), rs.getString("title"),
					rs.getObject("starts_at", OffsetDateTime.class), rs.getBoolean("open"), rs.getBoolean("closed")))
			.optional();
	}

	// statements

	/**
	 * Stores a statement sent with a join code, only while that code's capture is open
	 * (checked in the same statement, so a close in between wins); false if it is not.
	 */
	boolean addJoinStatement(String joinCode, StatementType type, String text, UUID fieldId, String smallGroup,
			OffsetDateTime now) {
		return this.jdbc
			.sql("""
					INSERT INTO strategy_statement (tenant_id, id, workshop_id, type, text, field_id, small_group, created_at)
					SELECT w.tenant_id, ?, w.id, ?, ?, ?, ?, ? FROM strategy_workshop w
					WHERE w.join_code = ? AND w.capture_opened_at IS NOT NULL AND w.capture_closed_at IS NULL""")
			.params(UUID.randomUUID(), type.name(), text, fieldId, smallGroup, now, joinCode)
			.update() == 1;
	}

	/** Stores a statement (demo data, the office). */
	UUID addStatement(UUID tenantId, UUID workshopId, StatementType type, String text, UUID fieldId, String smallGroup,
			OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO strategy_statement (tenant_id, id, workshop_id, type, text, field_id, small_group, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, workshopId, type.name(), text, fieldId, smallGroup, now)
			.update();
		return id;
	}

	/** The statements of a workshop, oldest first. */
	List<Statement> statements(UUID tenantId, UUID workshopId) {
		return this.jdbc.sql(STATEMENTS + " WHERE s.tenant_id = ? AND s.workshop_id = ? ORDER BY s.created_at, s.id")
			.params(tenantId, workshopId)
			.query(DialogStore::statement)
			.list();
	}

	Optional<Statement> statement(UUID tenantId, UUID workshopId, UUID id) {
		return this.jdbc.sql(STATEMENTS + " WHERE s.tenant_id = ? AND s.workshop_id = ? AND s.id = ?")
			.params(tenantId, workshopId, id)
			.query(DialogStore::statement)
			.optional();
	}

	/**
	 * Sets a statement's field and whether it is a duplicate of another statement of the
	 * same workshop (null: none). The statements merged into this one follow it to the
	 * other.
	 */
	@Transactional
	void editStatement(UUID tenantId, UUID workshopId, UUID id, UUID fieldId, UUID mergedInto) {
		this.jdbc.sql("""
				UPDATE strategy_statement SET field_id = ?, merged_into = ?
				WHERE tenant_id = ? AND workshop_id = ? AND id = ?""")
			.params(fieldId, mergedInto, tenantId, workshopId, id)
			.update();
		if (mergedInto != null) {
			this.jdbc.sql("""
					UPDATE strategy_statement SET merged_into = ?
					WHERE tenant_id = ? AND workshop_id = ? AND merged_into = ?""")
				.params(mergedInto, tenantId, workshopId, id)
				.update();
		}
	}

	/**
	 * What the heatmap of a dialog shows, read in one statement (one round trip, one
	 * snapshot): the dialog, the names of its concept's Handlungsfelder and of the
	 * tenant's stakeholder groups in order, and the counts of its statements not merged
	 * into another by Handlungsfeld (null: none yet), type and stakeholder group, in the
	 * order of the fields and groups. The counts are read from the counts per workshop,
	 * field and type that a trigger keeps ({@code strategy_statement_count}), joined with
	 * the names; with the priorities version of the same snapshot (see
	 * {@link #prioritiesVersion}). Empty if the tenant has no such dialog.
	 */
	Optional<Priorities> priorities(UUID tenantId, UUID dialogId) {
		return this.jdbc
			.sql("""
					SELECT d.*, c.title AS concept_title, """ + PRIORITIES_VERSION
					+ """
							,
							  ARRAY(SELECT f.name FROM strategy_field f WHERE f.tenant_id = d.tenant_id AND f.concept_id = d.concept_id
							    ORDER BY f.position) AS field_names,
							  ARRAY(SELECT g.name FROM strategy_stakeholder_group g WHERE g.tenant_id = d.tenant_id
							    ORDER BY g.position, lower(g.name)) AS group_names,
							  k.fields AS count_fields, k.types AS count_types, k.groups AS count_groups, k.counts AS counts
							FROM strategy_dialog d JOIN strategy_concept c ON c.tenant_id = d.tenant_id AND c.id = d.concept_id
							LEFT JOIN LATERAL (
							  SELECT array_agg(x.field ORDER BY x.field_position NULLS LAST, x.group_position, x.type) AS fields,
							    array_agg(x.type ORDER BY x.field_position NULLS LAST, x.group_position, x.type) AS types,
							    array_agg(x.grp ORDER BY x.field_position NULLS LAST, x.group_position, x.type) AS groups,
							    array_agg(x.n ORDER BY x.field_position NULLS LAST, x.group_position, x.type) AS counts
							  FROM (SELECT f.position AS field_position, f.name AS field, s.type, g.position AS group_position,
							      g.name AS grp, sum(s.n) AS n
							    FROM strategy_statement_count s
							    JOIN strategy_workshop w ON w.tenant_id = s.tenant_id AND w.id = s.workshop_id
							    JOIN strategy_stakeholder_group g ON g.tenant_id = w.tenant_id AND g.id = w.group_id
							    LEFT JOIN strategy_field f ON f.tenant_id = s.tenant_id AND f.id = s.field_id
							    WHERE s.tenant_id = d.tenant_id AND w.dialog_id = d.id AND s.n > 0
							    GROUP BY f.position, f.name, s.type, g.position, g.name) x
							) k ON true
							WHERE d.tenant_id = ? AND d.id = ?""")
			.params(tenantId, dialogId)
			.query((rs, row) -> new Priorities(dialog(rs, row), rs.getLong("priorities_version"),
					strings(rs, "field_names"), strings(rs, "group_names"), cells(rs)))
			.optional();
	}

	/**
	 * The tenant's priorities version: a number that every change of what a heatmap shows
	 * (counts, the workshops' groups, the names and order of groups and Handlungsfelder,
	 * the concept version of a dialog) moves on in the same transaction (triggers,
	 * migration {@code V20261209_0400}); 0 before the first change.
	 */
	private static final String PRIORITIES_VERSION = " coalesce((SELECT v.version FROM strategy_priorities_version v"
			+ " WHERE v.tenant_id = d.tenant_id), 0) AS priorities_version ";

	/**
	 * A dialog with the tenant's priorities version (see {@link #priorities}), read by
	 * primary key: what a view of an unchanged heatmap reads. Empty if the tenant has no
	 * such dialog.
	 */
	Optional<VersionedDialog> prioritiesVersion(UUID tenantId, UUID dialogId) {
		return this.jdbc.sql("""
				SELECT d.*, c.title AS concept_title, """ + PRIORITIES_VERSION + """
				FROM strategy_dialog d JOIN strategy_concept c ON c.tenant_id = d.tenant_id AND c.id = d.concept_id
				WHERE d.tenant_id = ? AND d.id = ?""")
			.params(tenantId, dialogId)
			.query((rs, row) -> new VersionedDialog(dialog(rs, row), rs.getLong("priorities_version")))
			.optional();
	}

	/** A dialog and the priorities version read with it. */
	record VersionedDialog(Dialog dialog, long version) {
	}

	/**
	 * A dialog with what its heatmap shows (see {@link #priorities}); {@code counts} with
	 * statements only, those without a field yet under a null field.
	 */
	record Priorities(Dialog dialog, long version, List<String> fields, List<String> groups, List<HeatCell> counts) {

		/** The cells with a field. */
		List<HeatCell> cells() {
			return this.counts.stream().filter((cell) -> cell.field() != null).toList();
		}

		/** How many statements (not merged) have no field yet. */
		long withoutField() {
			return this.counts.stream().filter((cell) -> cell.field() == null).mapToLong(HeatCell::count).sum();
		}

	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return (array != null) ? java.util.Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static List<HeatCell> cells(ResultSet rs) throws SQLException {
		java.sql.Array counts = rs.getArray("counts");
		if (counts == null) {
			return List.of();
		}
		List<String> fields = strings(rs, "count_fields");
		List<String> types = strings(rs, "count_types");
		List<String> groups = strings(rs, "count_groups");
		Number[] numbers = (Number[]) counts.getArray();
		List<HeatCell> cells = new java.util.ArrayList<>(numbers.length);
		for (int i = 0; i < numbers.length; i++) {
			cells.add(new HeatCell(fields.get(i), StatementType.valueOf(types.get(i)), groups.get(i),
					numbers[i].longValue()));
		}
		return cells;
	}

	/** The statements (not merged) of one cell of the heatmap. */
	List<Statement> cell(UUID tenantId, UUID dialogId, UUID fieldId, StatementType type, UUID groupId) {
		return this.jdbc.sql(STATEMENTS + """
				WHERE s.tenant_id = ? AND w.dialog_id = ? AND s.field_id = ? AND s.type = ? AND w.group_id = ?
				 AND s.merged_into IS NULL ORDER BY w.starts_at, s.created_at, s.id""")
			.params(tenantId, dialogId, fieldId, type.name(), groupId)
			.query(DialogStore::statement)
			.list();
	}

	// participants

	List<Participant> participants(UUID tenantId, UUID workshopId) {
		return this.jdbc.sql("""
				SELECT * FROM strategy_workshop_participant WHERE tenant_id = ? AND workshop_id = ?
				ORDER BY lower(name), id""")
			.params(tenantId, workshopId)
			.query((rs, row) -> new Participant(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("organisation_id", UUID.class), rs.getObject("consent_id", UUID.class)))
			.list();
	}

	void addParticipant(UUID tenantId, UUID id, UUID workshopId, String name, UUID organisationId, UUID consentId) {
		this.jdbc
			.sql("""
					INSERT INTO strategy_workshop_participant (tenant_id, id, workshop_id, name, organisation_id, consent_id)
					VALUES (?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, workshopId, name, organisationId, consentId)
			.update();
	}

	/** The titles of the goals formulated in a workshop (not merged into another). */
	List<String> goalTitles(UUID tenantId, UUID workshopId) {
		return this.jdbc.sql("""
				SELECT title FROM strategy_goal WHERE tenant_id = ? AND workshop_id = ? AND merged_into IS NULL
				ORDER BY created_at, id""").params(tenantId, workshopId).query(String.class).list();
	}

	private static Dialog dialog(ResultSet rs, int row) throws SQLException {
		return new Dialog(rs.getObject("id", UUID.class), rs.getObject("concept_id", UUID.class),
				rs.getString("concept_title"), rs.getString("title"), rs.getString("description"),
				rs.getObject("started_on", LocalDate.class));
	}

	private static Workshop workshop(ResultSet rs, int row) throws SQLException {
		return new Workshop(rs.getObject("id", UUID.class), rs.getObject("dialog_id", UUID.class),
				rs.getString("title"), rs.getObject("starts_at", OffsetDateTime.class), rs.getString("place"),
				rs.getObject("group_id", UUID.class), rs.getString("group_name"), rs.getInt("capacity"),
				rs.getString("facilitators"), rs.getInt("participant_count"), rs.getString("join_code"),
				rs.getObject("capture_opened_at", OffsetDateTime.class),
				rs.getObject("capture_closed_at", OffsetDateTime.class), rs.getLong("statements"));
	}

	private static Statement statement(ResultSet rs, int row) throws SQLException {
		return new Statement(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class),
				StatementType.valueOf(rs.getString("type")), rs.getString("text"), rs.getObject("field_id", UUID.class),
				rs.getString("field_name"), rs.getString("small_group"), rs.getObject("merged_into", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("group_name"));
	}

}
