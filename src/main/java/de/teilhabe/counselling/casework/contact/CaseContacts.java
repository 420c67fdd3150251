package de.teilhabe.counselling.casework.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of a case: the list (newest first; each read audited as
 * {@code counselling.case.contacts.read}), entering one (all or nothing, with an optional
 * follow-up that becomes a task in the same transaction), and changing one's own. A
 * closed case takes no contacts (409); a short anonymous contact gets its one contact
 * with the case, not here.
 */
@Service
public class CaseContacts {

	static final String READ = "counselling.case.contacts.read";

	static final String CLOSED = "counselling.contacts.error.closed";

	private static final String COLUMNS = "id, case_id, counsellor_id, happened_at, duration_minutes, channel, "
			+ "language, interpreter, summary_sealed, created_at, updated_at";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final CaseFiles files;

	private final CaseTasks tasks;

	private final FormBinder binder;

	private final Times times;

	private final Clock clock;

	CaseContacts(JdbcClient jdbc, FieldEncryption fields, CaseFiles files, CaseTasks tasks, FormBinder binder,
			Times times, Clock clock) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.files = files;
		this.tasks = tasks;
		this.binder = binder;
		this.times = times;
		this.clock = clock;
	}

	/** One page of the case's contacts, newest first; the read is audited. */
	@Transactional
	public ApiPage<Contact> list(Actor actor, UUID caseId, ApiPaging paging) {
		CaseStub stub = this.files.readable(actor, caseId);
		long total = this.jdbc.sql("SELECT count(*) FROM counselling_contact WHERE tenant_id = ? AND case_id = ?")
			.params(actor.tenantId(), caseId)
			.query(Long.class)
			.single();
		Map<UUID, String> names = this.files.counsellors(actor.tenantId());
		List<Contact> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM counselling_contact WHERE tenant_id = ? AND case_id = ? "
					+ "ORDER BY happened_at DESC, id LIMIT ? OFFSET ?")
			.params(actor.tenantId(), caseId, paging.size(), paging.offset())
			.query((rs, row) -> contact(rs, actor.tenantId(), names))
			.list();
		this.files.audited(stub, READ, "contacts");
		return ApiPage.of(items, paging, total);
	}

	/** One contact of the case, to change it (own contacts only: 403 otherwise). */
	@Transactional
	public Contact ownContact(Actor actor, UUID caseId, UUID id) {
		CaseStub stub = this.files.readable(actor, caseId);
		Contact contact = find(actor, caseId, id);
		if (!contact.counsellorId().equals(actor.userId())) {
			throw new AccessDeniedException("a contact is changed only by who entered it");
		}
		this.files.audited(stub, READ, "contact edit");
		return contact;
	}

	/**
	 * A contact as stored (not audited: for the answer to the write that stored it; 404
	 * if the case has no such contact).
	 */
	Contact find(Actor actor, UUID caseId, UUID id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM counselling_contact WHERE tenant_id = ? AND case_id = ? AND id = ?")
			.params(actor.tenantId(), caseId, id)
			.query((rs, row) -> contact(rs, actor.tenantId(), this.files.counsellors(actor.tenantId())))
			.optional()
			.orElseThrow(() -> new NotFoundException("counselling.contacts.error.notFound"));
	}

	/**
	 * Enters a contact from the raw values ({@link ContactForm}); without a
	 * {@code language} value at all the client's first language is taken. With
	 * {@code followUpOn} a task assigned to the counsellor is made in the same
	 * transaction (all or nothing).
	 * @throws de.teilhabe.shared.web.ConflictException for a closed case or a short
	 * anonymous contact
	 */
	@Transactional
	public Saved create(Actor actor, UUID caseId, Map<String, ?> raw, Locale locale) {
		CaseStub stub = this.files.writable(actor, caseId, CLOSED);
		Map<String, Object> values = new LinkedHashMap<>(raw);
		List<String> languages = this.files.client(actor, stub, "contacts").languages();
		if (!raw.containsKey("language")) {
			values.put("language", languages.isEmpty() ? null : languages.get(0));
		}
		FormBinder.Bound<ContactForm> bound = ContactForm.check(this.binder, values, today(), openedOn(actor, caseId),
				true);
		if (!bound.valid()) {
			return new Saved(null, bound.checked(), null, false);
		}
		ContactForm form = bound.form();
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				INSERT INTO counselling_contact (tenant_id, id, case_id, counsellor_id, happened_at, duration_minutes,
				                                 channel, language, interpreter, summary_sealed, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.param(actor.tenantId())
			.param(id)
			.param(caseId)
			.param(actor.userId())
			.param(this.times.at(form.date(), form.time()))
			.param(form.durationMinutes())
			.param(form.channel().name())
			.param(new SqlParameterValue(Types.VARCHAR, form.language()))
			.param(form.interpreter().name())
			.param(sealed(actor.tenantId(), id, form.summary()))
			.param(now)
			.update();
		this.files.written(stub, "counselling.contact.created", "counselling_contact", id, "contacts");
		UUID taskId = null;
		if (form.followUpOn() != null) {
			taskId = this.tasks.insertFollowUp(actor, stub, id, form.followUpTitle(), form.followUpOn(), locale);
		}
		return new Saved(id, bound.checked(), taskId, interpreterHint(languages, form));
	}

	/**
	 * Changes one's own contact of an open case (same checks as entering one; no
	 * follow-up).
	 */
	@Transactional
	public Saved update(Actor actor, UUID caseId, UUID id, Map<String, ?> raw) {
		CaseStub stub = this.files.readable(actor, caseId);
		Contact contact = find(actor, caseId, id);
		if (!contact.counsellorId().equals(actor.userId())) {
			throw new AccessDeniedException("a contact is changed only by who entered it");
		}
		this.files.writable(actor, caseId, CLOSED);
		FormBinder.Bound<ContactForm> bound = ContactForm.check(this.binder, raw, today(), openedOn(actor, caseId),
				false);
		if (!bound.valid()) {
			return new Saved(null, bound.checked(), null, false);
		}
		ContactForm form = bound.form();
		this.jdbc.sql("""
				UPDATE counselling_contact SET happened_at = ?, duration_minutes = ?, channel = ?, language = ?,
				       interpreter = ?, summary_sealed = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.param(this.times.at(form.date(), form.time()))
			.param(form.durationMinutes())
			.param(form.channel().name())
			.param(new SqlParameterValue(Types.VARCHAR, form.language()))
			.param(form.interpreter().name())
			.param(sealed(actor.tenantId(), id, form.summary()))
			.param(OffsetDateTime.now(this.clock))
			.param(actor.tenantId())
			.param(id)
			.update();
		this.files.written(stub, "counselling.contact.changed", "counselling_contact", id, "contacts");
		List<String> languages = this.files.client(actor, stub, "contacts").languages();
		return new Saved(id, bound.checked(), null, interpreterHint(languages, form));
	}

	/**
	 * Whether the form should ask „Dolmetschen nötig?“: the client's languages are known,
	 * none is German, and nobody interpreted.
	 */
	static boolean interpreterHint(List<String> clientLanguages, ContactForm form) {
		return CaseFiles.interpreterLikely(clientLanguages) && form.interpreter() == Interpreter.NONE;
	}

	/** A contact's values as the form shows them. */
	Map<String, String> values(Contact contact) {
		var local = this.times.local(contact.happenedAt());
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(ContactForm.class)));
		values.put("date", local.toLocalDate().toString());
		values.put("time", local.toLocalTime().withSecond(0).withNano(0).toString());
		values.put("durationMinutes", String.valueOf(contact.durationMinutes()));
		values.put("channel", contact.channel().name());
		values.put("language", (contact.language() != null) ? contact.language() : "");
		values.put("interpreter", contact.interpreter().name());
		values.put("summary", (contact.summary() != null) ? contact.summary() : "");
		return values;
	}

	/** The values of a new contact: now, 45 minutes, in person, the language given. */
	Map<String, String> newValues(String language) {
		var now = this.times.local(OffsetDateTime.now(this.clock));
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(ContactForm.class)));
		values.put("date", now.toLocalDate().toString());
		values.put("time", now.toLocalTime().withSecond(0).withNano(0).toString());
		values.put("durationMinutes", "45");
		values.put("channel", Channel.IN_PERSON.name());
		values.put("language", (language != null) ? language : "");
		values.put("interpreter", Interpreter.NONE.name());
		return values;
	}

	LocalDate today() {
		return this.times.today(this.clock);
	}

	private LocalDate openedOn(Actor actor, UUID caseId) {
		return this.jdbc.sql("SELECT opened_on FROM counselling_case WHERE tenant_id = ? AND id = ?")
			.params(actor.tenantId(), caseId)
			.query(LocalDate.class)
			.single();
	}

	private Contact contact(ResultSet rs, UUID tenantId, Map<UUID, String> names) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID counsellor = rs.getObject("counsellor_id", UUID.class);
		return new Contact(id, rs.getObject("case_id", UUID.class), counsellor, names.getOrDefault(counsellor, "–"),
				local(rs.getObject("happened_at", OffsetDateTime.class)), rs.getInt("duration_minutes"),
				Channel.valueOf(rs.getString("channel")), rs.getString("language"),
				Interpreter.valueOf(rs.getString("interpreter")),
				this.fields.decrypt(ContactColumns.SUMMARY, tenantId, id, rs.getBytes("summary_sealed")),
				local(rs.getObject("created_at", OffsetDateTime.class)),
				local(rs.getObject("updated_at", OffsetDateTime.class)));
	}

	/** A time with the office's offset of that day (Europe/Berlin). */
	private OffsetDateTime local(OffsetDateTime time) {
		return (time != null) ? this.times.local(time).toOffsetDateTime() : null;
	}

	private SqlParameterValue sealed(UUID tenantId, UUID id, String summary) {
		return new SqlParameterValue(Types.BINARY,
				this.fields.encrypt(ContactColumns.SUMMARY, tenantId, id, blankToNull(summary)));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The outcome of saving a contact.
	 *
	 * @param id the contact, null when a value was wrong (nothing stored)
	 * @param checked the values and errors
	 * @param taskId the follow-up task made with it, if any
	 * @param interpreterHint whether the client speaks no German and nobody interpreted
	 */
	public record Saved(UUID id, CheckedValues checked, UUID taskId, boolean interpreterHint) {
	}

}
