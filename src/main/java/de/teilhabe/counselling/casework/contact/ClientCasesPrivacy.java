package de.teilhabe.counselling.casework.contact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.counselling.calendar.AppointmentStore;
import de.teilhabe.counselling.casework.CaseColumns;
import de.teilhabe.counselling.client.ClientConsents;
import de.teilhabe.counselling.client.ClientPrivacy;
import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client's cases, contacts, notes, tasks, appointments and the recipients of any
 * sharing in the Art. 15 export, beside the client's own section ({@link ClientPrivacy}):
 * each case with its kind, topics, dates, state, phase, title (decrypted) and benefit
 * status at the start and at the end; each contact with its case's kind, date, duration,
 * channel, language, interpreter and summary (decrypted); each note (a correction too)
 * with its case, time and its text (decrypted); each task with its case, title
 * (decrypted), due date and when it was done; each appointment with start, end, kind of
 * place, state, interpreter, the place's details and the note (decrypted); each consent
 * to a counselling purpose with the recipients and data categories its text names. Every
 * decryption is recorded in the audit log (one entry per section, case access, reason
 * {@code data subject request}). Anonymised cases have no client and are not exported.
 */
@Component
class ClientCasesPrivacy implements DataSubjectExporter {

	static final String CASES = "counselling.cases";

	static final String CONTACTS = "counselling.contacts";

	static final String SHARING = "counselling.sharing";

	static final String NOTES = "counselling.notes";

	static final String TASKS = "counselling.tasks";

	static final String APPOINTMENTS = "counselling.appointments";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final AuditLog audit;

	private final Consents consents;

	private final MessageSource messages;

	ClientCasesPrivacy(JdbcClient jdbc, FieldEncryption fields, AuditLog audit, Consents consents,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.audit = audit;
		this.consents = consents;
		this.messages = messages;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ClientPrivacy.SUBJECT_TYPE);
	}

	/**
	 * One of the three sections: the cases are the section this exporter answers with;
	 * contacts, notes, tasks, appointments and sharing come through {@link Contacts},
	 * {@link Notes}, {@link Tasks}, {@link Appointments} and {@link Sharing}.
	 */
	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		return clientId(subject).flatMap((client) -> {
			UUID tenantId = subject.tenantId();
			List<Map<String, Object>> cases = this.jdbc.sql("""
					SELECT id, kind, status, phase, topics, opened_on, closed_on, title_sealed, benefit_at_start,
					       benefit_at_end FROM counselling_case
					WHERE tenant_id = ? AND client_id = ? ORDER BY opened_on, id""")
				.params(tenantId, client)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("caseKind", word(rs.getString("kind")));
					entry.put("caseStatus", word(rs.getString("status")));
					entry.put("casePhase", word(rs.getString("phase")));
					entry.put("topics", String.join(", ", Arrays.asList((String[]) rs.getArray("topics").getArray())));
					entry.put("openedOn", rs.getObject("opened_on", LocalDate.class));
					entry.put("closedOn", rs.getObject("closed_on", LocalDate.class));
					byte[] title = rs.getBytes("title_sealed");
					entry.put("caseTitle",
							(title != null) ? this.fields.decrypt(CaseColumns.TITLE, tenantId, id, title) : null);
					entry.put("benefitAtStart", benefit(rs.getString("benefit_at_start")));
					entry.put("benefitAtEnd", benefit(rs.getString("benefit_at_end")));
					return entry;
				})
				.list();
			if (cases.isEmpty()) {
				return Optional.empty();
			}
			audited(client, "data subject request: cases");
			return Optional.of(new DataSubjectSection(CASES, cases));
		});
	}

	private Optional<DataSubjectSection> contacts(DataSubject subject) {
		return clientId(subject).flatMap((client) -> {
			UUID tenantId = subject.tenantId();
			List<Map<String, Object>> contacts = this.jdbc.sql("""
					SELECT t.id, k.kind, k.opened_on, t.happened_at, t.duration_minutes, t.channel, t.language,
					       t.interpreter, t.summary_sealed
					FROM counselling_contact t
					JOIN counselling_case k ON k.tenant_id = t.tenant_id AND k.id = t.case_id
					WHERE k.tenant_id = ? AND k.client_id = ? ORDER BY t.happened_at, t.id""")
				.params(tenantId, client)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("caseKind", word(rs.getString("kind")));
					entry.put("caseOpenedOn", rs.getObject("opened_on", LocalDate.class));
					entry.put("happenedAt", rs.getObject("happened_at", OffsetDateTime.class));
					entry.put("durationMinutes", rs.getInt("duration_minutes"));
					entry.put("channel", word(rs.getString("channel")));
					entry.put("language", rs.getString("language"));
					entry.put("interpreter", word(rs.getString("interpreter")));
					byte[] summary = rs.getBytes("summary_sealed");
					entry.put("summary", (summary != null)
							? this.fields.decrypt(ContactColumns.SUMMARY, tenantId, id, summary) : null);
					return entry;
				})
				.list();
			if (contacts.isEmpty()) {
				return Optional.empty();
			}
			audited(client, "data subject request: contacts");
			return Optional.of(new DataSubjectSection(CONTACTS, contacts));
		});
	}

	private Optional<DataSubjectSection> notes(DataSubject subject) {
		return clientId(subject).flatMap((client) -> {
			UUID tenantId = subject.tenantId();
			List<Map<String, Object>> notes = this.jdbc.sql("""
					SELECT n.id, k.kind, k.opened_on, n.written_at, n.text_sealed
					FROM counselling_case_note n
					JOIN counselling_case k ON k.tenant_id = n.tenant_id AND k.id = n.case_id
					WHERE k.tenant_id = ? AND k.client_id = ? ORDER BY n.written_at, n.id""")
				.params(tenantId, client)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("caseKind", word(rs.getString("kind")));
					entry.put("caseOpenedOn", rs.getObject("opened_on", LocalDate.class));
					entry.put("writtenAt", rs.getObject("written_at", OffsetDateTime.class));
					byte[] text = rs.getBytes("text_sealed");
					entry.put("noteText",
							(text != null) ? this.fields.decrypt(ContactColumns.NOTE_TEXT, tenantId, id, text) : null);
					return entry;
				})
				.list();
			return section(client, NOTES, notes);
		});
	}

	private Optional<DataSubjectSection> tasks(DataSubject subject) {
		return clientId(subject).flatMap((client) -> {
			UUID tenantId = subject.tenantId();
			List<Map<String, Object>> tasks = this.jdbc.sql("""
					SELECT t.id, k.kind, k.opened_on, t.title_sealed, t.due_on, t.done_at
					FROM counselling_task t
					JOIN counselling_case k ON k.tenant_id = t.tenant_id AND k.id = t.case_id
					WHERE k.tenant_id = ? AND k.client_id = ? ORDER BY t.due_on, t.id""")
				.params(tenantId, client)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("caseKind", word(rs.getString("kind")));
					entry.put("caseOpenedOn", rs.getObject("opened_on", LocalDate.class));
					byte[] title = rs.getBytes("title_sealed");
					entry.put("taskTitle", (title != null)
							? this.fields.decrypt(ContactColumns.TASK_TITLE, tenantId, id, title) : null);
					entry.put("dueOn", rs.getObject("due_on", LocalDate.class));
					entry.put("doneAt", rs.getObject("done_at", OffsetDateTime.class));
					return entry;
				})
				.list();
			return section(client, TASKS, tasks);
		});
	}

	private Optional<DataSubjectSection> appointments(DataSubject subject) {
		return clientId(subject).flatMap((client) -> {
			UUID tenantId = subject.tenantId();
			List<Map<String, Object>> appointments = this.jdbc.sql("""
					SELECT id, starts_at, ends_at, place, status, interpreter, interpreter_language,
					       place_detail_sealed, note_sealed
					FROM counselling_appointment
					WHERE tenant_id = ? AND client_id = ? ORDER BY starts_at, id""")
				.params(tenantId, client)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("startsAt", rs.getObject("starts_at", OffsetDateTime.class));
					entry.put("endsAt", rs.getObject("ends_at", OffsetDateTime.class));
					entry.put("placeKind", word(rs.getString("place")));
					entry.put("appointmentStatus", word(rs.getString("status")));
					entry.put("interpreter", word(rs.getString("interpreter")));
					entry.put("language", rs.getString("interpreter_language"));
					byte[] detail = rs.getBytes("place_detail_sealed");
					entry.put("placeDetail", (detail != null)
							? this.fields.decrypt(AppointmentStore.PLACE_DETAIL, tenantId, id, detail) : null);
					byte[] note = rs.getBytes("note_sealed");
					entry.put("appointmentNote",
							(note != null) ? this.fields.decrypt(AppointmentStore.NOTE, tenantId, id, note) : null);
					return entry;
				})
				.list();
			return section(client, APPOINTMENTS, appointments);
		});
	}

	/** The section if it has entries, its decryption recorded in the audit log. */
	private Optional<DataSubjectSection> section(UUID client, String name, List<Map<String, Object>> entries) {
		if (entries.isEmpty()) {
			return Optional.empty();
		}
		audited(client, "data subject request: " + name.substring(name.indexOf('.') + 1));
		return Optional.of(new DataSubjectSection(name, entries));
	}

	private Optional<DataSubjectSection> sharing(DataSubject subject) {
		return clientId(subject).flatMap((client) -> {
			List<Map<String, Object>> recipients = new ArrayList<>();
			for (ConsentRecord consent : this.consents.history(subject.tenantId(), ClientPrivacy.SUBJECT_TYPE,
					client.toString())) {
				Optional<ClientConsents.Purpose> purpose = ClientConsents.Purpose.byCode(consent.purpose());
				if (purpose.isEmpty()) {
					continue;
				}
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("consentTitle",
						this.consents.textOf(consent).map(ConsentText::title).orElse(consent.purpose()));
				entry.put("recipients", text("counselling.consent.purpose." + purpose.get().name() + ".recipients"));
				entry.put("dataCategories",
						text("counselling.consent.purpose." + purpose.get().name() + ".categories"));
				entry.put("givenAt", consent.givenAt());
				entry.put("withdrawnAt", consent.withdrawnAt());
				recipients.add(entry);
			}
			return recipients.isEmpty() ? Optional.empty() : Optional.of(new DataSubjectSection(SHARING, recipients));
		});
	}

	/** The recipients and categories are stated in German, as the consent texts are. */
	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.GERMAN);
	}

	/** A benefit status in words (German), null when not recorded. */
	private String benefit(String code) {
		return (code == null) ? null : text("counselling.benefit." + code);
	}

	/**
	 * A code of the cases in words (German, as the texts of the Beratungsstelle are), the
	 * code itself if it has none.
	 */
	private String word(String code) {
		return (code == null) ? null
				: text("counselling.privacy.value." + code).replace("counselling.privacy.value.", "");
	}

	/** The client's id if the subject is a client of this tenant. */
	private Optional<UUID> clientId(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		return subject.uuid()
			.filter((id) -> this.jdbc.sql("SELECT count(*) FROM counselling_client WHERE tenant_id = ? AND id = ?")
				.params(subject.tenantId(), id)
				.query(Long.class)
				.single() > 0);
	}

	private void audited(UUID clientId, String reason) {
		this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
				clientId.toString(), reason);
	}

	/** One more section of the client's cases, answered by {@link ClientCasesPrivacy}. */
	abstract static class Section implements DataSubjectExporter {

		final ClientCasesPrivacy cases;

		Section(ClientCasesPrivacy cases) {
			this.cases = cases;
		}

		@Override
		public Set<String> subjectTypes() {
			return this.cases.subjectTypes();
		}

	}

	/** The contacts of the client's cases as a section of their own. */
	@Component
	static class Contacts extends Section {

		Contacts(ClientCasesPrivacy cases) {
			super(cases);
		}

		@Override
		public Optional<DataSubjectSection> export(DataSubject subject) {
			return this.cases.contacts(subject);
		}

	}

	/** The notes of the client's cases as a section of their own. */
	@Component
	static class Notes extends Section {

		Notes(ClientCasesPrivacy cases) {
			super(cases);
		}

		@Override
		public Optional<DataSubjectSection> export(DataSubject subject) {
			return this.cases.notes(subject);
		}

	}

	/** The tasks of the client's cases as a section of their own. */
	@Component
	static class Tasks extends Section {

		Tasks(ClientCasesPrivacy cases) {
			super(cases);
		}

		@Override
		public Optional<DataSubjectSection> export(DataSubject subject) {
			return this.cases.tasks(subject);
		}

	}

	/** The client's appointments as a section of their own. */
	@Component
	static class Appointments extends Section {

		Appointments(ClientCasesPrivacy cases) {
			super(cases);
		}

		@Override
		public Optional<DataSubjectSection> export(DataSubject subject) {
			return this.cases.appointments(subject);
		}

	}

	/** The recipients of the client's consents to sharing as a section of their own. */
	@Component
	static class Sharing extends Section {

		Sharing(ClientCasesPrivacy cases) {
			super(cases);
		}

		@Override
		public Optional<DataSubjectSection> export(DataSubject subject) {
			return this.cases.sharing(subject);
		}

	}

}
