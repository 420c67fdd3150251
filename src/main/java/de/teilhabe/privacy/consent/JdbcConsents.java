package de.teilhabe.privacy.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.access.AuditLog.AuditEntry;
import de.teilhabe.privacy.ConsentAlreadyWithdrawnException;
import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.ConsentText;
import de.teilhabe.privacy.Consents;
import de.teilhabe.privacy.InvalidConsentException;
import de.teilhabe.privacy.NewConsent;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.crypto.EncryptedColumn;
import de.teilhabe.shared.crypto.FieldEncryption;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent records and texts in PostgreSQL, each change audited in the same transaction.
 */
@Service
class JdbcConsents implements Consents {

	static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9_.-]{0,59}");

	/**
	 * Clocks of devices differ a little: a consent "given" this far ahead is accepted.
	 */
	static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	static final int MAX_NOTE = 1000;

	/**
	 * The note on a withdrawal may say why the person withdrew (an illness, a move): it
	 * is encrypted; notes from before stay in the plaintext column until the
	 * re-encryption job reaches them.
	 */
	static final EncryptedColumn WITHDRAWAL_NOTE = EncryptedColumn.of("consent_record", "withdrawal_note_sealed")
		.replacingPlaintext("withdrawal_note");

	private static final SimplePropertyRowMapper<ConsentRecord> RECORDS = new SimplePropertyRowMapper<>(
			ConsentRecord.class);

	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 20000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	private final FieldEncryption fields;

	JdbcConsents(JdbcClient jdbc, Clock clock, AuditLog audit, FieldEncryption fields) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.fields = fields;
	}

	@Override
	@Transactional
	public ConsentText defineText(ConsentText text) {
		requireTenant(text.tenantId());
		requirePurposeFormat(text.purpose());
		if (text.version() < 1) {
			throw new InvalidConsentException("version", "must be 1 or more");
		}
		requireLanguageFormat(text.language());
		requireText("title", text.title(), MAX_TITLE);
		requireText("body", text.body(), MAX_BODY);
		if (findText(text.tenantId(), text.purpose(), text.version(), text.language()).isPresent()) {
			throw new InvalidConsentException("version", "version " + text.version() + " in language " + text.language()
					+ " of purpose " + text.purpose() + " exists already; texts are never changed");
		}
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO consent_text (tenant_id, purpose, version, language, title, body, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(text.tenantId(), text.purpose(), text.version(), text.language(), text.title().strip(), text.body(),
					now)
			.update();
		audit(text.tenantId(), "consent.text.defined", "consent_text",
				text.purpose() + ":" + text.version() + ":" + text.language(), null, null);
		return findText(text.tenantId(), text.purpose(), text.version(), text.language()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsentText> texts(UUID tenantId, String purpose) {
		return this.jdbc
			.sql("SELECT * FROM consent_text WHERE tenant_id = ? AND purpose = ? ORDER BY version DESC, language")
			.params(tenantId, purpose)
			.query(ConsentText.class)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConsentText> textOf(ConsentRecord consent) {
		return findText(consent.tenantId(), consent.purpose(), consent.textVersion(), consent.language());
	}

	@Override
	@Transactional
	public ConsentRecord record(NewConsent consent) {
		requireTenant(consent.tenantId());
		if (consent.subjectType() == null || !DataSubject.TYPE.matcher(consent.subjectType()).matches()) {
			throw new InvalidConsentException("subjectType",
					"must be lower case letters, digits, '-' or '_' (at most 40)");
		}
		if (consent.subjectId() == null || !DataSubject.ID.matcher(consent.subjectId()).matches()) {
			throw new InvalidConsentException("subjectId", "must be 1 to 100 letters, digits, '.', '_', ':' or '-'");
		}
		requirePurposeFormat(consent.purpose());
		if (!purposeKnown(consent.tenantId(), consent.purpose())) {
			throw new InvalidConsentException("purpose",
					"unknown purpose " + consent.purpose() + ": no consent text is stored for it in this tenant");
		}
		requireLanguageFormat(consent.language());
		if (findText(consent.tenantId(), consent.purpose(), consent.textVersion(), consent.language()).isEmpty()) {
			throw new InvalidConsentException("textVersion", "purpose " + consent.purpose() + " has no text version "
					+ consent.textVersion() + " in language " + consent.language());
		}
		OffsetDateTime now = now();
		if (consent.givenAt() == null) {
			throw new InvalidConsentException("givenAt", "is required");
		}
		if (consent.givenAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
			throw new InvalidConsentException("givenAt", "must not be in the future");
		}
		if (consent.how() == null) {
			throw new InvalidConsentException("how", "is required (WRITTEN, ORAL or ELECTRONIC)");
		}
		UUID id = UUID.randomUUID();
		Actor actor = actorOf(consent.tenantId());
		this.jdbc.sql("""
				INSERT INTO consent_record (id, tenant_id, subject_type, subject_id, purpose, text_version, language,
				                            given_at, given_how, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, consent.tenantId(), consent.subjectType(), consent.subjectId(), consent.purpose(),
					consent.textVersion(), consent.language(), consent.givenAt(), consent.how().name(),
					(actor != null) ? actor.userId() : null, now)
			.update();
		audit(consent.tenantId(), "consent.recorded", "consent", id.toString(), null, consent.purpose() + " v"
				+ consent.textVersion() + " " + consent.language() + " " + consent.how().name());
		return find(consent.tenantId(), id).orElseThrow();
	}

	@Override
	@Transactional
	public ConsentRecord withdraw(UUID tenantId, UUID consentId, OffsetDateTime withdrawnAt, String note) {
		ConsentRecord consent = find(tenantId, consentId)
			.orElseThrow(() -> new NotFoundException("privacy.consent.error.notFound"));
		if (consent.withdrawnAt() != null) {
			throw new ConsentAlreadyWithdrawnException();
		}
		OffsetDateTime now = now();
		OffsetDateTime at = (withdrawnAt != null) ? withdrawnAt : now;
		if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
			throw new InvalidConsentException("withdrawnAt", "must not be in the future");
		}
		if (at.isBefore(consent.givenAt())) {
			throw new InvalidConsentException("withdrawnAt", "must not be before the consent was given");
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw new InvalidConsentException("note", "must be at most " + MAX_NOTE + " characters");
		}
		Actor actor = actorOf(tenantId);
		int withdrawn = this.jdbc.sql("""
				UPDATE consent_record SET withdrawn_at = ?, withdrawal_note_sealed = ?, withdrawal_note = NULL,
				                          withdrawn_by = ?
				WHERE tenant_id = ? AND id = ? AND withdrawn_at IS NULL""")
			.params(at,
					this.fields.encrypt(WITHDRAWAL_NOTE, tenantId, consentId,
							(note == null || note.isBlank()) ? null : note.strip()),
					(actor != null) ? actor.userId() : null, tenantId, consentId)
			.update();
		if (withdrawn == 0) {
			// withdrawn by a concurrent request since it was read
			throw new ConsentAlreadyWithdrawnException();
		}
		audit(tenantId, "consent.withdrawn", "consent", consentId.toString(), null, consent.purpose());
		return find(tenantId, consentId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isGiven(UUID tenantId, String subjectType, String subjectId, String purpose) {
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM consent_record
				               WHERE tenant_id = ? AND subject_type = ? AND subject_id = ? AND purpose = ?
				                 AND given_at <= ? AND (withdrawn_at IS NULL OR withdrawn_at > ?))""")
			.params(tenantId, subjectType, subjectId, purpose, now, now)
			.query(Boolean.class)
			.single();
	}

	@Override
	public Set<String> givenAmong(UUID tenantId, String subjectType, Collection<String> subjectIds, String purpose) {
		if (subjectIds.isEmpty()) {
			return Set.of();
		}
		OffsetDateTime now = now();
		return Set.copyOf(this.jdbc.sql("""
				SELECT DISTINCT subject_id FROM consent_record
				WHERE tenant_id = ? AND subject_type = ? AND subject_id = ANY(CAST(? AS TEXT[])) AND purpose = ?
				  AND given_at <= ? AND (withdrawn_at IS NULL OR withdrawn_at > ?)""")
			.params(tenantId, subjectType, subjectIds.toArray(String[]::new), purpose, now, now)
			.query(String.class)
			.list());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsentRecord> history(UUID tenantId, String subjectType, String subjectId) {
		return this.jdbc.sql("""
				SELECT * FROM consent_record WHERE tenant_id = ? AND subject_type = ? AND subject_id = ?
				ORDER BY given_at DESC, recorded_at DESC""")
			.params(tenantId, subjectType, subjectId)
			.query(this::consentRecord)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConsentRecord> find(UUID tenantId, UUID consentId) {
		return this.jdbc.sql("SELECT * FROM consent_record WHERE tenant_id = ? AND id = ?")
			.params(tenantId, consentId)
			.query(this::consentRecord)
			.optional();
	}

	/** A row of consent_record, its withdrawal note decrypted. */
	private ConsentRecord consentRecord(ResultSet row, int number) throws SQLException {
		ConsentRecord stored = RECORDS.mapRow(row, number);
		byte[] sealed = row.getBytes("withdrawal_note_sealed");
		if (sealed == null) {
			// not withdrawn, without a note, or a note from before the encryption that
			// the
			// re-encryption job has not reached yet
			return stored;
		}
		return new ConsentRecord(stored.id(), stored.tenantId(), stored.subjectType(), stored.subjectId(),
				stored.purpose(), stored.textVersion(), stored.language(), stored.givenAt(), stored.givenHow(),
				stored.recordedBy(), stored.recordedAt(), stored.withdrawnAt(),
				this.fields.decrypt(WITHDRAWAL_NOTE, stored.tenantId(), stored.id(), sealed), stored.withdrawnBy(),
				stored.anonymisedAt());
	}

	Optional<ConsentText> findText(UUID tenantId, String purpose, int version, String language) {
		return this.jdbc
			.sql("SELECT * FROM consent_text WHERE tenant_id = ? AND purpose = ? AND version = ? AND language = ?")
			.params(tenantId, purpose, version, language)
			.query(ConsentText.class)
			.optional();
	}

	private boolean purposeKnown(UUID tenantId, String purpose) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM consent_text WHERE tenant_id = ? AND purpose = ?)")
			.params(tenantId, purpose)
			.query(Boolean.class)
			.single();
	}

	/** The signed-in user, who may act for their own tenant only; null for the system. */
	private static Actor actorOf(UUID tenantId) {
		Actor actor = CurrentActor.find().orElse(null);
		if (actor != null && !actor.tenantId().equals(tenantId)) {
			throw new InvalidConsentException("tenantId", "a user records consents of their own tenant only");
		}
		return actor;
	}

	private void audit(UUID tenantId, String action, String recordType, String recordId, String reason,
			String details) {
		Actor actor = CurrentActor.find().orElse(null);
		this.audit.record(new AuditEntry(tenantId, (actor != null) ? actor.userId() : null,
				(actor != null) ? actor.username() : "system", AuditCategory.PRIVACY, action, recordType, recordId,
				reason, details));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private static void requireTenant(UUID tenantId) {
		if (tenantId == null) {
			throw new InvalidConsentException("tenantId", "is required");
		}
	}

	private static void requirePurposeFormat(String purpose) {
		if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
			throw new InvalidConsentException("purpose",
					"must be lower case letters, digits, '.', '_' or '-' starting with a letter (at most 60)");
		}
	}

	/** A code of the one language list, as written there (de, ar, de-x-ls). */
	private static void requireLanguageFormat(String language) {
		if (Languages.find(language).filter((known) -> known.code().equals(language)).isEmpty()) {
			throw new InvalidConsentException("language",
					"must be a code of the language list such as de, en, ar or de-x-ls (Leichte Sprache)");
		}
	}

	private static void requireText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidConsentException(field, "is required");
		}
		if (value.length() > max) {
			throw new InvalidConsentException(field, "must be at most " + max + " characters");
		}
	}

}
