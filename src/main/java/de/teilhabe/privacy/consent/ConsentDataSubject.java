package de.teilhabe.privacy.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.Consents;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consents of a data subject, of whatever subject type: exported with the texts
 * agreed to; on erasure every consent counts as withdrawn and the subject reference is
 * removed (the anonymous record stays as proof that processing had been consented to,
 * Art. 7(1) DSGVO).
 */
@Component
public class ConsentDataSubject implements DataSubjectExporter, DataSubjectEraser {

	static final String SECTION = "consents";

	private final Consents consents;

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsentDataSubject(Consents consents, JdbcClient jdbc, Clock clock) {
		this.consents = consents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Consents reference subjects of every module: no types of their own. */
	@Override
	public Set<String> subjectTypes() {
		return Set.of();
	}

	@Override
	public boolean supports(String subjectType) {
		return true;
	}

	/**
	 * The subject types that have consents in the tenant (offered on the privacy page).
	 */
	public List<String> subjectTypesWithConsents(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT DISTINCT subject_type FROM consent_record WHERE tenant_id = ? AND subject_id IS NOT NULL
				ORDER BY subject_type""").param(tenantId).query(String.class).list();
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		List<ConsentRecord> history = this.consents.history(subject.tenantId(), subject.type(), subject.id());
		if (history.isEmpty()) {
			return Optional.empty();
		}
		List<Map<String, Object>> entries = history.stream().map((consent) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("purpose", consent.purpose());
			entry.put("textVersion", consent.textVersion());
			entry.put("language", consent.language());
			this.consents.textOf(consent).ifPresent((text) -> {
				entry.put("textTitle", text.title());
				entry.put("text", text.body());
			});
			entry.put("givenAt", consent.givenAt());
			entry.put("givenHow", consent.givenHow());
			entry.put("withdrawnAt", consent.withdrawnAt());
			entry.put("withdrawalNote", consent.withdrawalNote());
			return entry;
		}).toList();
		return Optional.of(new DataSubjectSection(SECTION, entries));
	}

	@Override
	public Erasure erase(DataSubject subject, String reason) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int affected = this.jdbc.sql("""
				UPDATE consent_record
				SET subject_id = NULL, anonymised_at = ?, withdrawal_note = NULL, withdrawal_note_sealed = NULL,
				    withdrawn_at = CASE WHEN withdrawn_at IS NULL THEN GREATEST(?, given_at) ELSE withdrawn_at END
				WHERE tenant_id = ? AND subject_type = ? AND subject_id = ?""")
			.params(now, now, subject.tenantId(), subject.type(), subject.id())
			.update();
		return new Erasure(SECTION, affected, "privacy.erasure.consents");
	}

}
