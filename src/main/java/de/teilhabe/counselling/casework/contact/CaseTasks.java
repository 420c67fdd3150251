package de.teilhabe.counselling.casework.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.counselling.access.ClientAccess.Grant;
import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.counselling.client.Client;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks and follow-ups (Wiedervorlagen) of a case and of a counsellor: the case's
 * list (open ones by due day first, then the done ones; the read audited as
 * {@code counselling.case.tasks.read}), setting one (assigned to a counsellor who reads
 * the client), marking one done or open again, and the counsellor's own open tasks by
 * when they are due (overdue, today, the next seven days), each case shown audited.
 */
@Service
public class CaseTasks {

	static final String READ = "counselling.case.tasks.read";

	/** How many days after today count as this week. */
	static final int WEEK_DAYS = 7;

	private static final String COLUMNS = "t.id, t.case_id, t.contact_id, t.title_sealed, t.due_on, t.assignee_id, "
			+ "t.created_by, t.created_at, t.done_at, t.done_by";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final CaseFiles files;

	private final FormBinder binder;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	CaseTasks(JdbcClient jdbc, FieldEncryption fields, CaseFiles files, FormBinder binder, MessageSource messages,
			Times times, Clock clock) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.files = files;
		this.binder = binder;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	/** One page of the case's tasks: open ones by due day, then done ones; audited. */
	@Transactional
	public ApiPage<Task> list(Actor actor, UUID caseId, ApiPaging paging) {
		CaseStub stub = this.files.readable(actor, caseId);
		long total = this.jdbc.sql("SELECT count(*) FROM counselling_task WHERE tenant_id = ? AND case_id = ?")
			.params(actor.tenantId(), caseId)
			.query(Long.class)
			.single();
		Map<UUID, String> names = this.files.counsellors(actor.tenantId());
		List<Task> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM counselling_task t " + "WHERE t.tenant_id = ? AND t.case_id = ? "
					+ "ORDER BY (t.done_at IS NOT NULL), t.due_on, t.done_at DESC, t.created_at, t.id LIMIT ? OFFSET ?")
			.params(actor.tenantId(), caseId, paging.size(), paging.offset())
			.query((rs, row) -> task(rs, actor.tenantId(), names))
			.list();
		this.files.audited(stub, READ, "tasks");
		return ApiPage.of(items, paging, total);
	}

	/**
	 * Sets a task of an open case from the raw values ({@link TaskForm}); without an
	 * assignee the user, if it may be assigned, else the client's responsible counsellor.
	 */
	@Transactional
	public Saved create(Actor actor, UUID caseId, Map<String, ?> raw) {
		CaseStub stub = this.files.writable(actor, caseId, "counselling.contacts.error.closedTask");
		Map<UUID, String> assignees = this.files.assignees(actor, stub);
		FormBinder.Bound<TaskForm> bound = TaskForm.check(this.binder, raw, today(), assignees.keySet());
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		TaskForm form = bound.form();
		UUID assignee = (form.assigneeId() != null) ? form.assigneeId() : defaultAssignee(actor, assignees);
		UUID id = insert(actor, stub, null, form.title(), form.dueOn(), assignee);
		return new Saved(id, bound.checked());
	}

	/**
	 * Changes an open task of an open case (title, due day, assignee; the fields of
	 * {@link TaskForm}): all or nothing. Without an assignee the task keeps its own; the
	 * current assignee stays allowed even if no longer among the client's counsellors; a
	 * due day before today only if it is not before the task's current one (an overdue
	 * task keeps its day when only the title changes).
	 * @throws NotFoundException for a task of another case or tenant
	 * @throws ConflictException for a done task or a closed case
	 */
	@Transactional
	public Saved change(Actor actor, UUID caseId, UUID id, Map<String, ?> raw) {
		CaseStub stub = this.files.writable(actor, caseId, "counselling.contacts.error.closedTask");
		Task task = ofCase(actor, caseId, id);
		if (task.done()) {
			throw new ConflictException("counselling.contacts.error.taskDone");
		}
		Set<UUID> allowed = new HashSet<>(this.files.assignees(actor, stub).keySet());
		allowed.add(task.assigneeId());
		LocalDate today = today();
		LocalDate earliest = task.dueOn().isBefore(today) ? task.dueOn() : today;
		FormBinder.Bound<TaskForm> bound = TaskForm.check(this.binder, raw, earliest, allowed);
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		TaskForm form = bound.form();
		this.jdbc.sql("""
				UPDATE counselling_task SET title_sealed = ?, due_on = ?, assignee_id = ?
				WHERE tenant_id = ? AND case_id = ? AND id = ? AND done_at IS NULL""")
			.param(new SqlParameterValue(Types.BINARY,
					this.fields.encrypt(ContactColumns.TASK_TITLE, actor.tenantId(), id, form.title().strip())))
			.param(form.dueOn())
			.param((form.assigneeId() != null) ? form.assigneeId() : task.assigneeId())
			.param(actor.tenantId())
			.param(caseId)
			.param(id)
			.update();
		this.files.written(stub, "counselling.task.changed", "counselling_task", id, "tasks");
		return new Saved(id, bound.checked());
	}

	/** A task of the case, for its form (404 for a task of another case or tenant). */
	Task ofCase(Actor actor, UUID caseId, UUID id) {
		Map<UUID, String> names = this.files.counsellors(actor.tenantId());
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM counselling_task t WHERE t.tenant_id = ? AND t.case_id = ? AND t.id = ?")
			.params(actor.tenantId(), caseId, id)
			.query((rs, row) -> task(rs, actor.tenantId(), names))
			.optional()
			.orElseThrow(() -> new NotFoundException("counselling.contacts.error.taskNotFound"));
	}

	/** The values of a stored task for its form. */
	static Map<String, String> values(Task task) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", task.title());
		values.put("dueOn", task.dueOn().toString());
		values.put("assigneeId", task.assigneeId().toString());
		return values;
	}

	/**
	 * The follow-up of a contact, in the contact's transaction: assigned to the user (or
	 * the client's responsible counsellor when the user reads the client through a
	 * break-glass access), titled {@code title} or „Wiedervorlage“.
	 */
	UUID insertFollowUp(Actor actor, CaseStub stub, UUID contactId, String title, LocalDate dueOn, Locale locale) {
		String text = (title != null && !title.isBlank()) ? title.strip()
				: this.messages.getMessage("counselling.contacts.followUp.title", null, locale);
		return insert(actor, stub, contactId, text, dueOn, defaultAssignee(actor, this.files.assignees(actor, stub)));
	}

	private UUID insert(Actor actor, CaseStub stub, UUID contactId, String title, LocalDate dueOn, UUID assignee) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_task (tenant_id, id, case_id, contact_id, title_sealed, due_on, assignee_id,
				                              created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.param(actor.tenantId())
			.param(id)
			.param(stub.id())
			.param(new SqlParameterValue(Types.OTHER, contactId))
			.param(new SqlParameterValue(Types.BINARY,
					this.fields.encrypt(ContactColumns.TASK_TITLE, actor.tenantId(), id, title.strip())))
			.param(dueOn)
			.param(assignee)
			.param(actor.userId())
			.param(OffsetDateTime.now(this.clock))
			.update();
		this.files.written(stub, "counselling.task.created", "counselling_task", id, "tasks");
		return id;
	}

	private static UUID defaultAssignee(Actor actor, Map<UUID, String> assignees) {
		if (assignees.containsKey(actor.userId()) || assignees.isEmpty()) {
			return actor.userId();
		}
		return assignees.keySet().iterator().next();
	}

	/**
	 * Marks a task of the case done or open again (also on a closed case).
	 * @param done true for done, false for open again; null is refused (422)
	 */
	@Transactional
	public Task setDone(Actor actor, UUID caseId, UUID id, Boolean done) {
		CaseStub stub = this.files.readable(actor, caseId);
		if (done == null) {
			throw new InvalidBodyException("done", "counselling.contacts.error.done");
		}
		int changed = this.jdbc.sql("""
				UPDATE counselling_task SET done_at = ?, done_by = ?
				WHERE tenant_id = ? AND case_id = ? AND id = ?""")
			.param(new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, done ? OffsetDateTime.now(this.clock) : null))
			.param(new SqlParameterValue(Types.OTHER, done ? actor.userId() : null))
			.param(actor.tenantId())
			.param(caseId)
			.param(id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("counselling.contacts.error.taskNotFound");
		}
		this.files.written(stub, done ? "counselling.task.done" : "counselling.task.reopened", "counselling_task", id,
				"tasks");
		return stored(actor, id);
	}

	/** A task as stored (not audited: for the answer to the write that stored it). */
	Task stored(Actor actor, UUID id) {
		Map<UUID, String> names = this.files.counsellors(actor.tenantId());
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM counselling_task t WHERE t.tenant_id = ? AND t.id = ?")
			.params(actor.tenantId(), id)
			.query((rs, row) -> task(rs, actor.tenantId(), names))
			.single();
	}

	/**
	 * The user's open tasks on cases whose client it reads (by due day), all or those due
	 * as asked; each case shown is audited ({@code counselling.case.tasks.read}, and the
	 * client's read for its name).
	 */
	@Transactional
	public ApiPage<MyTask> mine(Actor actor, Due due, ApiPaging paging) {
		LocalDate today = today();
		String condition = switch ((due != null) ? due : Due.ALL) {
			case OVERDUE -> " AND t.due_on < :today";
			case TODAY -> " AND t.due_on = :today";
			case WEEK -> " AND t.due_on > :today AND t.due_on <= :week";
			case ALL -> "";
		};
		Map<UUID, String> names = this.files.counsellors(actor.tenantId());
		Map<UUID, UUID> responsibles = new HashMap<>();
		Map<UUID, UUID> clientOfCase = new HashMap<>();
		List<Task> tasks = this.jdbc.sql("SELECT " + COLUMNS + ", c.client_id, cl.responsible_id "
				+ "FROM counselling_task t JOIN counselling_case c ON c.tenant_id = t.tenant_id AND c.id = t.case_id "
				+ "JOIN counselling_client cl ON cl.tenant_id = c.tenant_id AND cl.id = c.client_id "
				+ "WHERE t.tenant_id = :tenant AND t.assignee_id = :me AND t.done_at IS NULL" + condition
				+ " ORDER BY t.due_on, t.created_at, t.id")
			.param("tenant", actor.tenantId())
			.param("me", actor.userId())
			.param("today", today)
			.param("week", today.plusDays(WEEK_DAYS))
			.query((rs, row) -> {
				UUID client = rs.getObject("client_id", UUID.class);
				responsibles.put(client, rs.getObject("responsible_id", UUID.class));
				clientOfCase.put(rs.getObject("case_id", UUID.class), client);
				return task(rs, actor.tenantId(), names);
			})
			.list();
		Map<UUID, Grant> grants = this.files.clients().access().grants(actor, responsibles);
		List<Task> readable = tasks.stream()
			.filter((task) -> grants.get(clientOfCase.get(task.caseId())).kind().reads())
			.toList();
		ApiPage<Task> page = ApiPage.slice(readable, paging);
		Map<UUID, Client> clients = new LinkedHashMap<>();
		List<UUID> audited = new ArrayList<>();
		return page.map((task) -> {
			UUID clientId = clientOfCase.get(task.caseId());
			Client client = clients.computeIfAbsent(clientId, (id) -> this.files.clients().read(actor, id, "my tasks"));
			if (!audited.contains(task.caseId())) {
				audited.add(task.caseId());
				this.files.audited(new CaseStub(task.caseId(), clientId, null, null, grants.get(clientId)), READ,
						"my tasks");
			}
			return new MyTask(task, clientId, client.firstName() + " " + client.lastName(), client.clientNumber(),
					task.overdue(today));
		});
	}

	/**
	 * How many open tasks of the user are due today or overdue (on cases of clients it is
	 * responsible for or deputy of), for the start page.
	 */
	public long countDue(Actor actor) {
		return this.jdbc.sql("""
				SELECT count(*) FROM counselling_task t
				JOIN counselling_case c ON c.tenant_id = t.tenant_id AND c.id = t.case_id
				JOIN counselling_client cl ON cl.tenant_id = c.tenant_id AND cl.id = c.client_id
				WHERE t.tenant_id = :tenant AND t.assignee_id = :me AND t.done_at IS NULL AND t.due_on <= :today
				  AND (cl.responsible_id = :me OR EXISTS (SELECT 1 FROM counselling_client_deputy d
				       WHERE d.tenant_id = cl.tenant_id AND d.client_id = cl.id AND d.user_id = :me))""")
			.param("tenant", actor.tenantId())
			.param("me", actor.userId())
			.param("today", today())
			.query(Long.class)
			.single();
	}

	/** The counsellors a task of the case may be assigned to, by name (403/404 first). */
	Map<UUID, String> assignees(Actor actor, UUID caseId) {
		return this.files.assignees(actor, this.files.readable(actor, caseId));
	}

	LocalDate today() {
		return this.times.today(this.clock);
	}

	private Task task(ResultSet rs, UUID tenantId, Map<UUID, String> names) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		UUID doneBy = rs.getObject("done_by", UUID.class);
		return new Task(id, rs.getObject("case_id", UUID.class), rs.getObject("contact_id", UUID.class),
				this.fields.decrypt(ContactColumns.TASK_TITLE, tenantId, id, rs.getBytes("title_sealed")),
				rs.getObject("due_on", LocalDate.class), assignee, names.getOrDefault(assignee, "–"),
				names.getOrDefault(rs.getObject("created_by", UUID.class), "–"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("done_at", OffsetDateTime.class),
				Optional.ofNullable(doneBy).map((user) -> names.getOrDefault(user, "–")).orElse(null));
	}

	/**
	 * The outcome of setting a task.
	 *
	 * @param id the task, null when a value was wrong (nothing stored)
	 * @param checked the values and errors
	 */
	public record Saved(UUID id, CheckedValues checked) {
	}

	/**
	 * One of the user's open tasks with the case's client by name.
	 *
	 * @param task the task
	 * @param clientId the client
	 * @param clientName the client's name
	 * @param clientNumber the client's number
	 * @param overdue whether it was due before today
	 */
	public record MyTask(Task task, UUID clientId, String clientName, String clientNumber, boolean overdue) {
	}

	/** Which of the user's open tasks: by when they are due. */
	public enum Due {

		/** Due before today. */
		OVERDUE,
		/** Due today. */
		TODAY,
		/** Due in the next seven days after today. */
		WEEK,
		/** Every open task. */
		ALL;

		/** The value of {@code ?due=} (overdue, today, week; none: all). */
		public static Due of(String value) {
			if (value == null || value.isBlank()) {
				return ALL;
			}
			for (Due due : values()) {
				if (due != ALL && due.name().equalsIgnoreCase(value.strip())) {
					return due;
				}
			}
			throw new BadRequestException("counselling.contacts.error.due");
		}

	}

}
