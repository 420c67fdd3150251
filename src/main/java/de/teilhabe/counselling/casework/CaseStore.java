package de.teilhabe.counselling.casework;

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

import de.teilhabe.counselling.client.ClientStore;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases, their Förderplan goals and handovers in PostgreSQL: titles and goal texts
 * encrypted per field on the way in and decrypted on the way out. Every query filters on
 * the tenant. Knows nothing of who may read: {@link Cases} decides and audits.
 */
@Repository
public class CaseStore {

	private static final String COLUMNS = "id, client_id, kind, status, phase, topics, responsible_id, opened_on, "
			+ "closed_on, anonymised_at, title_sealed, created_at, updated_at, benefit_at_start, benefit_at_end";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final ClientStore clients;

	private final JdbcTemplate batch;

	CaseStore(JdbcClient jdbc, FieldEncryption fields, ClientStore clients, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.clients = clients;
		this.batch = batch;
	}

	/**
	 * Stores many cases with their goals, contacts (without summary) and handovers in
	 * batch statements (the demo data); titles and goal texts encrypted.
	 */
	public void insertAll(UUID tenantId, List<NewCase> cases, List<NewGoal> goals, List<NewContact> contacts,
			List<NewHandover> handovers) {
		List<Object[]> rows = new ArrayList<>();
		for (NewCase row : cases) {
			rows.add(new Object[] { tenantId, row.id(), row.clientId(), row.kind().name(),
					(row.closedOn() != null) ? "CLOSED" : "OPEN", (row.phase() != null) ? row.phase().name() : null,
					names(row.topics()), row.responsibleId(), row.openedOn(), row.closedOn(),
					seal(tenantId, row.id(), row.title()), row.at(), row.at(), row.at() });
		}
		this.batch.batchUpdate("""
				INSERT INTO counselling_case (tenant_id, id, client_id, kind, status, phase, topics, responsible_id,
				                              opened_on, closed_on, title_sealed, created_at, updated_at, activity_at)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT[]), ?, ?, ?, ?, ?, ?, ?)""", rows);
		List<Object[]> goalRows = new ArrayList<>();
		for (NewGoal goal : goals) {
			UUID id = UUID.randomUUID();
			goalRows.add(new Object[] { tenantId, id, goal.caseId(),
					this.fields.encrypt(CaseColumns.GOAL_TEXT, tenantId, id, goal.text()), goal.dueOn(),
					goal.state().name(), goal.at(), goal.at() });
		}
		this.batch.batchUpdate("""
				INSERT INTO counselling_case_goal (tenant_id, id, case_id, text_sealed, due_on, state, created_at,
				                                   updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", goalRows);
		List<Object[]> contactRows = new ArrayList<>();
		for (NewContact contact : contacts) {
			contactRows.add(new Object[] { tenantId, UUID.randomUUID(), contact.caseId(), contact.counsellorId(),
					contact.happenedAt(), contact.minutes(), contact.channel().name(), contact.language(),
					contact.happenedAt() });
		}
		this.batch.batchUpdate("""
				INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at, duration_minutes,
				                                 channel, language, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", contactRows);
		List<Object[]> handoverRows = new ArrayList<>();
		for (NewHandover handover : handovers) {
			handoverRows.add(new Object[] { tenantId, UUID.randomUUID(), handover.caseId(), handover.fromId(),
					handover.toId(), handover.handedAt(), handover.deputyAdded() });
		}
		this.batch.batchUpdate("""
				INSERT INTO counselling_case_handover (tenant_id, id, case_id, from_id, to_id, handed_at, deputy_added)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", handoverRows);
	}

	/** Stores a new case (status open, or closed on a day for a short contact). */
	void insert(UUID tenantId, NewCase row) {
		this.jdbc.sql("""
				INSERT INTO counselling_case (tenant_id, id, client_id, kind, status, phase, topics, responsible_id,
				                              opened_on, closed_on, title_sealed, created_at, updated_at, activity_at)
				VALUES (:tenant, :id, :client, :kind, :status, :phase, CAST(:topics AS TEXT[]), :responsible,
				        :opened, :closed, :title, :now, :now, :now)""")
			.param("tenant", tenantId)
			.param("id", row.id())
			.param("client", row.clientId())
			.param("kind", row.kind().name())
			.param("status", (row.closedOn() != null) ? "CLOSED" : "OPEN")
			.param("phase", (row.phase() != null) ? row.phase().name() : null, Types.VARCHAR)
			.param("topics", names(row.topics()))
			.param("responsible", row.responsibleId())
			.param("opened", row.openedOn())
			.param("closed", row.closedOn(), Types.DATE)
			.param("title", seal(tenantId, row.id(), row.title()), Types.BINARY)
			.param("now", row.at())
			.update();
	}

	/** A case of the tenant, its title decrypted. */
	Optional<CaseRow> find(UUID tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM counselling_case WHERE tenant_id = ? AND id = ?")
			.params(tenantId, id)
			.query((rs, row) -> caseRow(tenantId, rs))
			.optional();
	}

	/** The cases of a client, newest first, titles decrypted. */
	List<CaseRow> ofClient(UUID tenantId, UUID clientId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM counselling_case WHERE tenant_id = ? AND client_id = ? "
					+ "ORDER BY opened_on DESC, created_at DESC, id")
			.params(tenantId, clientId)
			.query((rs, row) -> caseRow(tenantId, rs))
			.list();
	}

	/** Changes the topics and the title. */
	void change(UUID tenantId, UUID id, List<Topic> topics, String title, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE counselling_case SET topics = CAST(:topics AS TEXT[]), title_sealed = :title, updated_at = :now,
				       activity_at = greatest(activity_at, :now)
				WHERE tenant_id = :tenant AND id = :id""")
			.param("topics", names(topics))
			.param("title", seal(tenantId, id, title), Types.BINARY)
			.param("now", now)
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	void setPhase(UUID tenantId, UUID id, CasePhase phase, OffsetDateTime now) {
		touch("phase = '" + phase.name() + "'", tenantId, id, now);
	}

	void close(UUID tenantId, UUID id, LocalDate closedOn, BenefitStatus benefitAtEnd, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE counselling_case SET status = 'CLOSED', closed_on = ?, benefit_at_end = ?, updated_at = ?,
				       activity_at = greatest(activity_at, ?)
				WHERE tenant_id = ? AND id = ?""")
			.params(closedOn, (benefitAtEnd != null) ? benefitAtEnd.name() : null, now, now, tenantId, id)
			.update();
	}

	/** The benefit status at a case's start and at its end (null: not recorded). */
	void setBenefits(UUID tenantId, UUID id, BenefitStatus start, BenefitStatus end, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE counselling_case SET benefit_at_start = ?, benefit_at_end = ?,
				       updated_at = ?, activity_at = greatest(activity_at, ?)
				WHERE tenant_id = ? AND id = ?""")
			.params((start != null) ? start.name() : null, (end != null) ? end.name() : null, now, now, tenantId, id)
			.update();
	}

	void reopen(UUID tenantId, UUID id, OffsetDateTime now) {
		touch("status = 'OPEN', closed_on = NULL, benefit_at_end = NULL", tenantId, id, now);
	}

	void setResponsible(UUID tenantId, UUID id, UUID responsibleId, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE counselling_case SET responsible_id = ?, updated_at = ?, activity_at = greatest(activity_at, ?)
				WHERE tenant_id = ? AND id = ?""").params(responsibleId, now, now, tenantId, id).update();
	}

	/** Marks a change of the case (its goals) as its latest activity. */
	void touch(UUID tenantId, UUID id, OffsetDateTime now) {
		touch(null, tenantId, id, now);
	}

	private void touch(String set, UUID tenantId, UUID id, OffsetDateTime now) {
		this.jdbc
			.sql("UPDATE counselling_case SET " + ((set != null) ? set + ", " : "")
					+ "updated_at = ?, activity_at = greatest(activity_at, ?) WHERE tenant_id = ? AND id = ?")
			.params(now, now, tenantId, id)
			.update();
	}

	/** The goals of a case's Förderplan, oldest first, texts decrypted. */
	List<Goal> goals(UUID tenantId, UUID caseId) {
		return this.jdbc.sql("""
				SELECT id, text_sealed, due_on, state, created_at, updated_at FROM counselling_case_goal
				WHERE tenant_id = ? AND case_id = ? ORDER BY created_at, id""")
			.params(tenantId, caseId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Goal(id,
						this.fields.decrypt(CaseColumns.GOAL_TEXT, tenantId, id, rs.getBytes("text_sealed")),
						rs.getObject("due_on", LocalDate.class), GoalState.valueOf(rs.getString("state")),
						rs.getObject("created_at", OffsetDateTime.class),
						rs.getObject("updated_at", OffsetDateTime.class));
			})
			.list();
	}

	int countGoals(UUID tenantId, UUID caseId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_case_goal WHERE tenant_id = ? AND case_id = ?")
			.params(tenantId, caseId)
			.query(Integer.class)
			.single();
	}

	void insertGoal(UUID tenantId, UUID caseId, UUID id, GoalForm goal, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO counselling_case_goal (tenant_id, id, case_id, text_sealed, due_on, state, created_at,
				                                   updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, id, caseId, this.fields.encrypt(CaseColumns.GOAL_TEXT, tenantId, id, goal.text()),
					goal.dueOn(), goal.stateOrOpen().name(), now, now)
			.update();
	}

	/** Changes a goal of the case; false if the case has no such goal. */
	boolean updateGoal(UUID tenantId, UUID caseId, UUID id, GoalForm goal, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE counselling_case_goal SET text_sealed = ?, due_on = ?, state = ?, updated_at = ?
				WHERE tenant_id = ? AND case_id = ? AND id = ?""")
			.params(this.fields.encrypt(CaseColumns.GOAL_TEXT, tenantId, id, goal.text()), goal.dueOn(),
					goal.stateOrOpen().name(), now, tenantId, caseId, id)
			.update() == 1;
	}

	/** The handovers of a case, oldest first. */
	List<Handover> handovers(UUID tenantId, UUID caseId) {
		return this.jdbc.sql("""
				SELECT from_id, to_id, handed_at, deputy_added FROM counselling_case_handover
				WHERE tenant_id = ? AND case_id = ? ORDER BY handed_at, id""")
			.params(tenantId, caseId)
			.query((rs, row) -> new Handover(rs.getObject("from_id", UUID.class), rs.getObject("to_id", UUID.class),
					rs.getObject("handed_at", OffsetDateTime.class), rs.getBoolean("deputy_added")))
			.list();
	}

	void insertHandover(UUID tenantId, UUID caseId, Handover handover) {
		this.jdbc.sql("""
				INSERT INTO counselling_case_handover (tenant_id, id, case_id, from_id, to_id, handed_at, deputy_added)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, UUID.randomUUID(), caseId, handover.fromId(), handover.toId(), handover.handedAt(),
					handover.deputyAdded())
			.update();
	}

	/**
	 * Whether a handover of one of the client's cases made the counsellor a deputy of the
	 * client, and the counsellor is responsible for none of the client's open cases now:
	 * then the deputy role has served its purpose.
	 */
	boolean handoverDeputyNoLongerNeeded(UUID tenantId, UUID clientId, UUID counsellor) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM counselling_case_handover h
				               JOIN counselling_case c ON c.tenant_id = h.tenant_id AND c.id = h.case_id
				               WHERE h.tenant_id = ? AND c.client_id = ? AND h.to_id = ? AND h.deputy_added)
				   AND NOT EXISTS (SELECT 1 FROM counselling_case c
				                   WHERE c.tenant_id = ? AND c.client_id = ? AND c.responsible_id = ?
				                     AND c.status = 'OPEN')""")
			.params(tenantId, clientId, counsellor, tenantId, clientId, counsellor)
			.query(Boolean.class)
			.single();
	}

	/** The time of the case's last contact, if it had one. */
	Optional<OffsetDateTime> lastContact(UUID tenantId, UUID caseId) {
		return this.jdbc
			.sql("SELECT happened_at FROM counselling_contact WHERE tenant_id = ? AND case_id = ? "
					+ "ORDER BY happened_at DESC LIMIT 1")
			.params(tenantId, caseId)
			.query(OffsetDateTime.class)
			.optional();
	}

	/** The first contact of a short contact (its only one). */
	Optional<ContactRow> firstContact(UUID tenantId, UUID caseId) {
		return this.jdbc.sql("""
				SELECT happened_at, duration_minutes, channel, language FROM counselling_contact
				WHERE tenant_id = ? AND case_id = ? ORDER BY happened_at LIMIT 1""")
			.params(tenantId, caseId)
			.query((rs, row) -> new ContactRow(rs.getObject("happened_at", OffsetDateTime.class),
					rs.getInt("duration_minutes"), ContactChannel.valueOf(rs.getString("channel")),
					rs.getString("language")))
			.optional();
	}

	/** Stores a contact of a case (a short contact's only one; no summary). */
	void insertContact(UUID tenantId, UUID caseId, UUID counsellorId, ContactRow contact, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at, duration_minutes,
				                                 channel, language, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenantId, UUID.randomUUID(), caseId, counsellorId, contact.happenedAt(), contact.minutes(),
					contact.channel().name(), contact.language(), now)
			.update();
	}

	/**
	 * One page of the cases of the clients a counsellor reads (responsible, deputy,
	 * break-glass running), or of the short contacts the counsellor recorded, newest
	 * activity first; with the client's number and sealed names (decrypted here for this
	 * page only) and the last contact (one indexed lookup per case of the page). The
	 * order and the count come from the index {@code counselling_case_client} alone (it
	 * carries status, kind and activity); only the page's cases are read from the table.
	 * @param status OPEN, CLOSED or null for both
	 * @param kind a kind or null for the cases of clients (counselling and case
	 * management)
	 */
	List<ListRow> page(UUID tenantId, UUID userId, OffsetDateTime now, String status, CaseKind kind, ApiPaging paging) {
		return this.jdbc.sql("""
				SELECT c.id, c.client_id, c.kind, c.status, c.phase, c.topics, c.opened_on, c.closed_on,
				       c.title_sealed, p.activity, p.total, cl.client_number, cl.responsible_id AS client_responsible,
				       cl.first_name_sealed, cl.last_name_sealed, lc.happened_at AS last_contact
				FROM (
				  SELECT c.id, c.activity, count(*) OVER () AS total
				  FROM (""" + readableCases(status, kind) + """
				  ) c
				  ORDER BY c.activity DESC, c.id
				  LIMIT :limit OFFSET :offset) p
				JOIN counselling_case c ON c.tenant_id = :tenant AND c.id = p.id
				LEFT JOIN counselling_client cl ON cl.tenant_id = :tenant AND cl.id = c.client_id
				LEFT JOIN LATERAL (SELECT happened_at FROM counselling_contact k
				                   WHERE k.tenant_id = :tenant AND k.case_id = p.id
				                   ORDER BY happened_at DESC LIMIT 1) lc ON true
				ORDER BY p.activity DESC, p.id""")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("now", now)
			.param("status", status, Types.VARCHAR)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> listRow(tenantId, rs))
			.list();
	}

	/** How many cases {@link #page} pages through. */
	long count(UUID tenantId, UUID userId, OffsetDateTime now, String status, CaseKind kind) {
		return this.jdbc.sql("SELECT count(*) FROM (" + readableCases(status, kind) + ") c")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("now", now)
			.param("status", status, Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	/**
	 * The ids of the cases of the list with their activity (parameters tenant, user, now,
	 * status), the conditions made in Java so that each filter gets a plan of its own.
	 * The readable clients are collected into an array first: the cases' index is then
	 * scanned once for all of them (PostgreSQL 17 walks its leaves in order) instead of
	 * descended once per client (a counsellor of 2 185 clients: 2 200 index pages read
	 * instead of 8 500 index and table pages).
	 */
	private static String readableCases(String status, CaseKind kind) {
		StringBuilder sql = new StringBuilder("""
				SELECT c.id, coalesce(c.activity_at, c.updated_at) AS activity FROM counselling_case c
				WHERE c.tenant_id = :tenant""");
		if (status != null) {
			sql.append(" AND c.status = :status");
		}
		if (kind == CaseKind.SHORT_CONTACT) {
			sql.append(" AND c.kind = 'SHORT_CONTACT' AND c.responsible_id = :user");
			return sql.toString();
		}
		sql.append((kind != null) ? " AND c.kind = '" + kind.name() + "'" : " AND c.kind <> 'SHORT_CONTACT'");
		sql.append(" ")
			.append("""
					AND c.client_id = ANY(ARRAY(
					  SELECT id FROM counselling_client WHERE tenant_id = :tenant AND responsible_id = :user
					  UNION ALL SELECT client_id FROM counselling_client_deputy WHERE tenant_id = :tenant AND user_id = :user
					  UNION ALL SELECT client_id FROM counselling_break_glass
					            WHERE tenant_id = :tenant AND user_id = :user AND expires_at > :now))""");
		return sql.toString();
	}

	/** How many cases the tenant has. */
	long count(UUID tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM counselling_case WHERE tenant_id = ?")
			.param(tenantId)
			.query(Long.class)
			.single();
	}

	private ListRow listRow(UUID tenantId, ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID clientId = rs.getObject("client_id", UUID.class);
		String name = (clientId != null && rs.getBytes("first_name_sealed") != null) ? this.clients.name(tenantId,
				clientId, rs.getBytes("first_name_sealed"), rs.getBytes("last_name_sealed")) : null;
		return new ListRow(id, clientId, rs.getString("client_number"), rs.getObject("client_responsible", UUID.class),
				name, CaseKind.valueOf(rs.getString("kind")), rs.getString("status"), phase(rs.getString("phase")),
				topics(rs.getArray("topics")),
				this.fields.decrypt(CaseColumns.TITLE, tenantId, id, rs.getBytes("title_sealed")),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				rs.getObject("last_contact", OffsetDateTime.class), rs.getLong("total"));
	}

	private CaseRow caseRow(UUID tenantId, ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new CaseRow(id, rs.getObject("client_id", UUID.class), CaseKind.valueOf(rs.getString("kind")),
				"CLOSED".equals(rs.getString("status")), phase(rs.getString("phase")), topics(rs.getArray("topics")),
				rs.getObject("responsible_id", UUID.class), rs.getObject("opened_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), rs.getObject("anonymised_at", OffsetDateTime.class) != null,
				this.fields.decrypt(CaseColumns.TITLE, tenantId, id, rs.getBytes("title_sealed")),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				benefit(rs.getString("benefit_at_start")), benefit(rs.getString("benefit_at_end")));
	}

	private static BenefitStatus benefit(String code) {
		return (code != null) ? BenefitStatus.valueOf(code) : null;
	}

	private byte[] seal(UUID tenantId, UUID id, String title) {
		return (title == null || title.isBlank()) ? null
				: this.fields.encrypt(CaseColumns.TITLE, tenantId, id, title.strip());
	}

	private static CasePhase phase(String value) {
		return (value != null) ? CasePhase.valueOf(value) : null;
	}

	private static List<Topic> topics(Array array) throws SQLException {
		List<Topic> topics = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				topics.add(Topic.valueOf((String) value));
			}
		}
		return topics;
	}

	private static String[] names(List<Topic> topics) {
		return topics.stream().map(Topic::name).toArray(String[]::new);
	}

	/**
	 * A new case.
	 *
	 * @param id its id
	 * @param clientId its client, null for a short contact
	 * @param kind its kind
	 * @param phase the first phase of a case management, else null
	 * @param topics its topics
	 * @param responsibleId the responsible counsellor
	 * @param openedOn the day opened
	 * @param closedOn the day closed (a short contact), else null
	 * @param title its title, null for none
	 * @param at when stored
	 */
	public record NewCase(UUID id, UUID clientId, CaseKind kind, CasePhase phase, List<Topic> topics,
			UUID responsibleId, LocalDate openedOn, LocalDate closedOn, String title, OffsetDateTime at) {
	}

	/**
	 * A case as stored, its title decrypted.
	 *
	 * @param id the case
	 * @param clientId its client, null for a short contact or an anonymised case
	 * @param kind its kind
	 * @param closed whether it is closed
	 * @param phase the phase of a case management, else null
	 * @param topics its topics
	 * @param responsibleId the responsible counsellor
	 * @param openedOn the day opened
	 * @param closedOn the day closed, null while open
	 * @param anonymised whether the retention run anonymised it
	 * @param title its title, null for none
	 * @param createdAt when stored
	 * @param updatedAt when last changed
	 * @param benefitAtStart the benefit status at the start, null if not recorded
	 * @param benefitAtEnd the benefit status at the closure, null if not recorded (or
	 * open)
	 */
	public record CaseRow(UUID id, UUID clientId, CaseKind kind, boolean closed, CasePhase phase, List<Topic> topics,
			UUID responsibleId, LocalDate openedOn, LocalDate closedOn, boolean anonymised, String title,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, BenefitStatus benefitAtStart,
			BenefitStatus benefitAtEnd) {
	}

	/**
	 * A goal of the Förderplan, its text decrypted.
	 *
	 * @param id the goal
	 * @param text what is to be reached
	 * @param dueOn by when, null for no date
	 * @param state how far it is reached
	 * @param createdAt when set
	 * @param updatedAt when last changed
	 */
	public record Goal(UUID id, String text, LocalDate dueOn, GoalState state, OffsetDateTime createdAt,
			OffsetDateTime updatedAt) {
	}

	/**
	 * A handover of a case.
	 *
	 * @param fromId the counsellor who handed it over
	 * @param toId the counsellor who took it
	 * @param handedAt when
	 * @param deputyAdded whether the receiver was made a deputy of the client
	 */
	public record Handover(UUID fromId, UUID toId, OffsetDateTime handedAt, boolean deputyAdded) {
	}

	/**
	 * A contact as the short contact stores it.
	 *
	 * @param happenedAt when
	 * @param minutes how long
	 * @param channel how
	 * @param language in which language (code), null if not stated
	 */
	public record ContactRow(OffsetDateTime happenedAt, int minutes, ContactChannel channel, String language) {
	}

	/**
	 * A case in the counsellor's list.
	 *
	 * @param id the case
	 * @param clientId its client, null for a short contact
	 * @param clientNumber the client's number
	 * @param clientResponsibleId the client's responsible counsellor
	 * @param clientName the client's name, decrypted
	 * @param kind its kind
	 * @param status OPEN or CLOSED
	 * @param phase the phase of a case management
	 * @param topics its topics
	 * @param title its title
	 * @param openedOn the day opened
	 * @param closedOn the day closed
	 * @param lastContact the time of the last contact, null for none
	 * @param total how many cases the whole list has
	 */
	public record ListRow(UUID id, UUID clientId, String clientNumber, UUID clientResponsibleId, String clientName,
			CaseKind kind, String status, CasePhase phase, List<Topic> topics, String title, LocalDate openedOn,
			LocalDate closedOn, OffsetDateTime lastContact, long total) {
	}

	/**
	 * A goal to store with {@link #insertAll}.
	 *
	 * @param caseId its case
	 * @param text what is to be reached
	 * @param dueOn by when
	 * @param state how far it is reached
	 * @param at when set
	 */
	public record NewGoal(UUID caseId, String text, LocalDate dueOn, GoalState state, OffsetDateTime at) {
	}

	/**
	 * A contact to store with {@link #insertAll} (no summary).
	 *
	 * @param caseId its case
	 * @param counsellorId who had it
	 * @param happenedAt when
	 * @param minutes how long
	 * @param channel how
	 * @param language in which language (code), null if not stated
	 */
	public record NewContact(UUID caseId, UUID counsellorId, OffsetDateTime happenedAt, int minutes,
			ContactChannel channel, String language) {
	}

	/**
	 * A handover to store with {@link #insertAll}.
	 *
	 * @param caseId its case
	 * @param fromId who handed it over
	 * @param toId who took it
	 * @param handedAt when
	 * @param deputyAdded whether the receiver was made a deputy of the client
	 */
	public record NewHandover(UUID caseId, UUID fromId, UUID toId, OffsetDateTime handedAt, boolean deputyAdded) {
	}

}
