package de.teilhabe.privacy.subject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.shared.privacy.DataSubject;
import de.teilhabe.shared.privacy.DataSubjectEraser;
import de.teilhabe.shared.privacy.DataSubjectEraser.Erasure;
import de.teilhabe.shared.privacy.DataSubjectEraser.LegalHold;
import de.teilhabe.shared.privacy.DataSubjectExporter;
import de.teilhabe.shared.privacy.DataSubjectFinder;
import de.teilhabe.shared.privacy.DataSubjectFinder.FoundRecord;
import de.teilhabe.shared.privacy.DataSubjectSection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the modules' exporters (Art. 15) and erasers (Art. 17) for a data subject of the
 * signed-in PRIVACY_OFFICER's tenant, and audits each request with its reason.
 */
@Service
class DataSubjectRequests {

	static final int MAX_REASON = 500;

	/** How many of a search's matches its audit entry names. */
	static final int AUDITED_MATCHES = 20;

	private final List<DataSubjectExporter> exporters;

	private final List<DataSubjectEraser> erasers;

	private final List<DataSubjectFinder> finders;

	private final AuditLog audit;

	private final Clock clock;

	DataSubjectRequests(List<DataSubjectExporter> exporters, List<DataSubjectEraser> erasers,
			List<DataSubjectFinder> finders, AuditLog audit, Clock clock) {
		this.exporters = exporters;
		this.erasers = erasers;
		this.finders = finders;
		this.audit = audit;
		this.clock = clock;
	}

	/** The subject types the exporters declare. */
	TreeSet<String> declaredSubjectTypes() {
		TreeSet<String> types = new TreeSet<>();
		this.exporters.forEach((exporter) -> types.addAll(exporter.subjectTypes()));
		return types;
	}

	/**
	 * The subject's name as a module stores it, if one does (no audit: the officer chose
	 * it by name).
	 */
	Optional<String> nameOf(DataSubject subject) {
		return this.finders.stream()
			.map((finder) -> finder.nameOf(subject))
			.flatMap(Optional::stream)
			.filter((name) -> name != null && !name.isBlank())
			.findFirst();
	}

	/**
	 * The records of every module whose name or e-mail address contains the query,
	 * audited (searching for a person is itself processing their data) with the records
	 * found, by type and id, never with the query: a name typed here may be a counselling
	 * client's, whose name is stored nowhere in plain.
	 */
	@Transactional
	List<FoundRecord> search(UUID tenantId, String query) {
		List<FoundRecord> found = new ArrayList<>();
		this.finders.forEach((finder) -> found.addAll(finder.find(tenantId, query)));
		found.sort(Comparator.comparing((FoundRecord record) -> record.name().toLowerCase(Locale.ROOT))
			.thenComparing(FoundRecord::kind));
		this.audit.record(AuditCategory.PRIVACY, "subject.searched", "data_subject", null, searched(found));
		return found;
	}

	/**
	 * The audit reason of a search: the number of matches and the first
	 * {@value #AUDITED_MATCHES} of them as type and id, e.g.
	 * {@code (2) network-contact 5f0c…, committee-member 17}.
	 */
	static String searched(List<FoundRecord> found) {
		StringBuilder reason = new StringBuilder("(").append(found.size()).append(')');
		for (int i = 0; i < Math.min(found.size(), AUDITED_MATCHES); i++) {
			DataSubject subject = found.get(i).subject();
			reason.append((i == 0) ? " " : ", ");
			// a record of no subject of its own (a name alone): its kind, never the name
			reason.append((subject != null) ? subject.type() + " " + subject.id() : found.get(i).kind());
		}
		return (found.size() > AUDITED_MATCHES) ? reason.append(", …").toString() : reason.toString();
	}

	/**
	 * The names of the sections that hold data on the subject (no audit: nothing is read
	 * out).
	 */
	List<String> sectionsHolding(DataSubject subject) {
		return collect(subject).stream().map(DataSubjectSection::name).toList();
	}

	/**
	 * The export of everything the modules hold about the subject, audited with the
	 * reason.
	 * @return empty if no module holds anything about this subject in this tenant
	 */
	@Transactional
	Optional<Map<String, Object>> export(DataSubject subject, String reason) {
		String why = requireReason(reason);
		List<DataSubjectSection> sections = collect(subject);
		if (sections.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("subject", Map.of("type", subject.type(), "id", subject.id()));
		export.put("exportedAt", OffsetDateTime.now(this.clock));
		Map<String, Object> data = new LinkedHashMap<>();
		sections.forEach((section) -> data.put(section.name(), section.data()));
		export.put("sections", data);
		this.audit.record(AuditCategory.PRIVACY, "subject.exported", "data_subject", recordId(subject), why);
		return Optional.of(export);
	}

	/**
	 * Erases or anonymises everything the modules hold about the subject, in one
	 * transaction, audited with the reason.
	 * @return what each module did, or empty if no module holds anything about the
	 * subject
	 */
	@Transactional
	Optional<List<Erasure>> erase(DataSubject subject, String reason) {
		String why = requireReason(reason);
		if (collect(subject).isEmpty()) {
			return Optional.empty();
		}
		List<LegalHold> held = holds(subject);
		if (!held.isEmpty()) {
			throw new ErasureHeldException(held);
		}
		List<Erasure> done = new ArrayList<>();
		for (DataSubjectEraser eraser : this.erasers) {
			if (eraser.supports(subject.type())) {
				done.add(eraser.erase(subject, why));
			}
		}
		this.audit.record(AuditCategory.PRIVACY, "subject.erased", "data_subject", recordId(subject), why);
		return Optional.of(done);
	}

	/**
	 * What keeps the subject's data from being erased now, as the modules' erasers name
	 * it (no audit: nothing is read out but the reasons).
	 */
	List<LegalHold> holds(DataSubject subject) {
		List<LegalHold> holds = new ArrayList<>();
		for (DataSubjectEraser eraser : this.erasers) {
			if (eraser.supports(subject.type())) {
				holds.addAll(eraser.holds(subject));
			}
		}
		return holds;
	}

	private List<DataSubjectSection> collect(DataSubject subject) {
		List<DataSubjectSection> sections = new ArrayList<>();
		for (DataSubjectExporter exporter : this.exporters) {
			if (exporter.supports(subject.type())) {
				exporter.export(subject).ifPresent(sections::add);
			}
		}
		return sections;
	}

	static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidSubjectRequestException("reason", "privacy.subjects.error.reason.required");
		}
		if (reason.length() > MAX_REASON) {
			throw new InvalidSubjectRequestException("reason", "privacy.subjects.error.reason.tooLong");
		}
		return reason.strip();
	}

	/**
	 * The subject of a request, or a 400 naming the field (type or id) that is malformed.
	 */
	static DataSubject subject(UUID tenantId, String type, String id) {
		requireType(type);
		requireId(id);
		return new DataSubject(tenantId, type, id);
	}

	static void requireType(String type) {
		if (type == null || type.isBlank()) {
			throw new InvalidSubjectRequestException("type", "privacy.subjects.error.type.required");
		}
		if (!DataSubject.TYPE.matcher(type).matches()) {
			throw new InvalidSubjectRequestException("type", "privacy.subjects.error.type.invalid");
		}
	}

	static void requireId(String id) {
		if (id == null || id.isBlank()) {
			throw new InvalidSubjectRequestException("id", "privacy.subjects.error.id.required");
		}
		if (!DataSubject.ID.matcher(id).matches()) {
			throw new InvalidSubjectRequestException("id", "privacy.subjects.error.id.invalid");
		}
	}

	private static String recordId(DataSubject subject) {
		return subject.type() + ":" + subject.id();
	}

}
