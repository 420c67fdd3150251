package de.teilhabe.counselling.casework.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.counselling.casework.CaseAccess.CaseStub;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of a case file: append-only. The list (newest first; the read audited as
 * {@code counselling.case.notes.read}) and writing one, which may name a note of the same
 * case it corrects; no note is ever changed or deleted. Notes may be written on a closed
 * case too (a correction must stay possible), not on a short anonymous contact.
 */
@Service
public class CaseNotes {

	static final String READ = "counselling.case.notes.read";

	private static final String SELECT = """
			SELECT n.id, n.case_id, n.author_id, n.written_at, n.corrects_id, n.text_sealed,
			       c.written_at AS corrects_written_at,
			       (SELECT min(k.written_at) FROM counselling_case_note k
			        WHERE k.tenant_id = n.tenant_id AND k.corrects_id = n.id) AS corrected_at
			FROM counselling_case_note n
			LEFT JOIN counselling_case_note c ON c.tenant_id = n.tenant_id AND c.id = n.corrects_id
			""";

	private final JdbcClient jdbc;

	private final FieldEncryption fields;

	private final CaseFiles files;

	private final FormBinder binder;

	private final Clock clock;

	CaseNotes(JdbcClient jdbc, FieldEncryption fields, CaseFiles files, FormBinder binder, Clock clock) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.files = files;
		this.binder = binder;
		this.clock = clock;
	}

	/** One page of the case's notes, newest first; audited. */
	@Transactional
	public ApiPage<Note> list(Actor actor, UUID caseId, ApiPaging paging) {
		CaseStub stub = this.files.readable(actor, caseId);
		long total = this.jdbc.sql("SELECT count(*) FROM counselling_case_note WHERE tenant_id = ? AND case_id = ?")
			.params(actor.tenantId(), caseId)
			.query(Long.class)
			.single();
		Map<UUID, String> names = this.files.counsellors(actor.tenantId());
		List<Note> items = this.jdbc
			.sql(SELECT + "WHERE n.tenant_id = ? AND n.case_id = ? ORDER BY n.written_at DESC, n.id LIMIT ? OFFSET ?")
			.params(actor.tenantId(), caseId, paging.size(), paging.offset())
			.query((rs, row) -> note(rs, actor.tenantId(), names))
			.list();
		this.files.audited(stub, READ, "notes");
		return ApiPage.of(items, paging, total);
	}

	/**
	 * One note of the case (to correct it), audited; empty if the case has no such note.
	 */
	@Transactional
	public Optional<Note> find(Actor actor, UUID caseId, UUID id) {
		CaseStub stub = this.files.readable(actor, caseId);
		Optional<Note> note = stored(actor, caseId, id);
		note.ifPresent((found) -> this.files.audited(stub, READ, "note correction"));
		return note;
	}

	/** A note as stored (not audited: for the answer to the write that stored it). */
	Optional<Note> stored(Actor actor, UUID caseId, UUID id) {
		return this.jdbc.sql(SELECT + "WHERE n.tenant_id = ? AND n.case_id = ? AND n.id = ?")
			.params(actor.tenantId(), caseId, id)
			.query((rs, row) -> note(rs, actor.tenantId(), this.files.counsellors(actor.tenantId())))
			.optional();
	}

	/**
	 * Writes a note (all or nothing); {@code corrects} must be a note of the same case.
	 * @return the note, or the errors (nothing stored)
	 */
	@Transactional
	public Saved write(Actor actor, UUID caseId, Map<String, ?> raw) {
		CaseStub stub = this.files.readable(actor, caseId);
		if (stub.clientId() == null || CaseFiles.SHORT_CONTACT.equals(stub.kind())) {
			throw new de.teilhabe.shared.web.ConflictException("counselling.contacts.error.shortContact");
		}
		FormBinder.Bound<NoteForm> bound = this.binder.bind(raw, NoteForm.class, (form, errors) -> {
			if (form.corrects() != null && !errors.hasFieldErrors("corrects") && !this.jdbc.sql(
					"SELECT EXISTS (SELECT 1 FROM counselling_case_note WHERE tenant_id = ? AND case_id = ? AND id = ?)")
				.params(actor.tenantId(), caseId, form.corrects())
				.query(Boolean.class)
				.single()) {
				errors.rejectValue("corrects", "counselling.contacts.error.corrects");
			}
		});
		if (!bound.valid()) {
			return new Saved(null, bound.checked());
		}
		NoteForm form = bound.form();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO counselling_case_note (tenant_id, id, case_id, author_id, written_at, corrects_id,
				                                   text_sealed)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.param(actor.tenantId())
			.param(id)
			.param(caseId)
			.param(actor.userId())
			.param(OffsetDateTime.now(this.clock))
			.param(new SqlParameterValue(Types.OTHER, form.corrects()))
			.param(new SqlParameterValue(Types.BINARY,
					this.fields.encrypt(ContactColumns.NOTE_TEXT, actor.tenantId(), id, form.text().strip())))
			.update();
		this.files.written(stub, "counselling.note.written", "counselling_case_note", id, "notes");
		return new Saved(id, bound.checked());
	}

	private Note note(ResultSet rs, UUID tenantId, Map<UUID, String> names) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID author = rs.getObject("author_id", UUID.class);
		return new Note(id, rs.getObject("case_id", UUID.class), author, names.getOrDefault(author, "–"),
				rs.getObject("written_at", OffsetDateTime.class),
				this.fields.decrypt(ContactColumns.NOTE_TEXT, tenantId, id, rs.getBytes("text_sealed")),
				rs.getObject("corrects_id", UUID.class), rs.getObject("corrects_written_at", OffsetDateTime.class),
				rs.getObject("corrected_at", OffsetDateTime.class));
	}

	/**
	 * The outcome of writing a note.
	 *
	 * @param id the note, null when a value was wrong (nothing stored)
	 * @param checked the values and errors
	 */
	public record Saved(UUID id, CheckedValues checked) {
	}

}
