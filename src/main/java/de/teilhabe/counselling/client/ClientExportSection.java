package de.teilhabe.counselling.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.context.MessageSource;

/**
 * A section of a client's Art. 15 export (subject type
 * {@link ClientPrivacy#SUBJECT_TYPE}) from another part of the Beratungsstelle: the
 * part's records of the client, one entry each; none, no section. An export with records
 * is recorded in the audit log like a read of the client
 * ({@code counselling.client.read}, reason {@code data subject request: <what>}). Texts
 * in German, as the other sections of the Beratungsstelle.
 *
 * @param <T> a record of the part
 */
public abstract class ClientExportSection<T> implements DataSubjectExporter {

	private final String section;

	private final String what;

	private final AuditLog audit;

	private final MessageSource messages;

	/**
	 * @param section the section's name in the export
	 * @param what what the audit entry says was read (e.g. {@code referrals})
	 */
	protected ClientExportSection(String section, String what, AuditLog audit, MessageSource messages) {
		this.section = section;
		this.what = what;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ClientPrivacy.SUBJECT_TYPE);
	}

	@Override
	public Optional<DataSubjectSection> export(DataSubject subject) {
		if (!supports(subject.type())) {
			return Optional.empty();
		}
		return subject.uuid().flatMap((clientId) -> {
			List<T> records = records(subject.tenantId(), clientId);
			if (records.isEmpty()) {
				return Optional.empty();
			}
			this.audit.record(AuditCategory.CASE_ACCESS, "counselling.client.read", "counselling_client",
					clientId.toString(), "data subject request: " + this.what);
			return Optional.of(new DataSubjectSection(this.section,
					records.stream().map((record) -> entry(subject.tenantId(), record)).toList()));
		});
	}

	/** The client's records of the part, in the order of the export. */
	protected abstract List<T> records(UUID tenantId, UUID clientId);

	/** One record of the tenant as the export shows it. */
	protected abstract Map<String, Object> entry(UUID tenantId, T record);

	/** A text in German; the key itself where there is none. */
	protected String german(String key) {
		return german(key, key);
	}

	/** A text in German; {@code otherwise} where there is none. */
	protected String german(String key, String otherwise) {
		return this.messages.getMessage(key, null, otherwise, Locale.GERMAN);
	}

}
