package de.teilhabe.network.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.network.form.NetworkLanguages;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.organisation.FieldOfWork;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationForm;
import de.teilhabe.network.organisation.OrganisationKind;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.network.transfer.ImportStore.Rejection;
import de.teilhabe.network.transfer.ImportStore.Upload;
import de.teilhabe.region.Language;
import de.teilhabe.region.Languages;
import de.teilhabe.region.Region;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.table.UploadedTable;
import de.teilhabe.shared.table.UnreadableTableException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Import of an existing organisation list (CSV or XLSX): the upload is kept for a short
 * time while the office maps its columns to fields and looks at the preview (every row
 * checked like the organisation form, with possible duplicates among the existing
 * organisations and within the file); the import then stores every valid row and lists
 * every rejected one, in one transaction.
 */
@Service
class OrganisationImport {

	/** At most this many data rows are imported from one file. */
	static final int MAX_ROWS = 5000;

	private final ImportStore store;

	private final OrganisationStore organisations;

	private final FormBinder forms;

	private final RegionChoices regionChoices;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration keep;

	private final long maxUnpackedBytes;

	OrganisationImport(ImportStore store, OrganisationStore organisations, FormBinder forms,
			RegionChoices regionChoices, MessageSource messages, AuditLog audit, Clock clock,
			@Value("${teilhabe.network.import.keep:PT1H}") Duration keep,
			@Value("${teilhabe.network.import.max-unpacked-size:50MB}") DataSize maxUnpacked) {
		this.store = store;
		this.organisations = organisations;
		this.forms = forms;
		this.regionChoices = regionChoices;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.keep = keep;
		this.maxUnpackedBytes = maxUnpacked.toBytes();
	}

	/** How much of an uploaded list is read: at most 5000 rows. */
	UploadedTable.Limits limits() {
		return new UploadedTable.Limits(MAX_ROWS, this.maxUnpackedBytes);
	}

	/** The most an XLSX upload may unpack to, in MB (for the refusal's message). */
	long maxUnpackedMegabytes() {
		return this.maxUnpackedBytes / (1024 * 1024);
	}

	/**
	 * Keeps an uploaded file for the mapping if it can be read as a list.
	 * @return the upload's id
	 */
	@Transactional
	UUID upload(Actor actor, String fileName, byte[] content) throws UnreadableTableException {
		UploadedTable table = UploadedTable.read(content, limits());
		UploadedTable.Format format = table.format();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.store.deleteExpired(now);
		UUID id = UUID.randomUUID();
		this.store.insert(actor.tenantId(), id, actor.userId(), (fileName != null) ? fileName : "", format, content,
				now, now.plus(this.keep));
		this.store.saveMapping(actor.tenantId(), id, guess(table.headers()));
		return id;
	}

	Upload find(Actor actor, UUID id) {
		return this.store.find(actor.tenantId(), id, OffsetDateTime.now(this.clock))
			.orElseThrow(() -> new NotFoundException("network.error.notFound.import"));
	}

	UploadedTable table(Upload upload) {
		try {
			return UploadedTable.read(upload.content(), upload.format(), limits());
		}
		catch (UnreadableTableException ex) {
			throw new IllegalStateException("An upload that was read before is unreadable", ex);
		}
	}

	/** Per header the field its name suggests ("" for none); a field at most once. */
	List<String> guess(List<String> headers) {
		Map<String, ImportField> byLabel = new HashMap<>();
		for (ImportField field : ImportField.values()) {
			for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				byLabel.putIfAbsent(ImportField.normalise(message("network.field." + field.formField(), locale)),
						field);
			}
		}
		Set<ImportField> taken = new HashSet<>();
		List<String> mapping = new ArrayList<>();
		for (String header : headers) {
			String normalised = ImportField.normalise(header);
			ImportField field = byLabel.get(normalised);
			if (field == null) {
				for (ImportField candidate : ImportField.values()) {
					if (candidate.meant(normalised)) {
						field = candidate;
						break;
					}
				}
			}
			mapping.add((field != null && taken.add(field)) ? field.formField() : "");
		}
		return mapping;
	}

	/**
	 * Checks a submitted mapping.
	 * @return the message key of what is wrong, or null
	 */
	static String mappingError(List<String> mapping) {
		Set<String> seen = new HashSet<>();
		for (String field : mapping) {
			if (!field.isEmpty() && (ImportField.ofFormField(field) == null || !seen.add(field))) {
				return ImportField.ofFormField(field) == null ? "network.transfer.error.mappingUnknown"
						: "network.transfer.error.mappingTwice";
			}
		}
		return seen.contains("name") ? null : "network.transfer.error.mappingName";
	}

	void saveMapping(Actor actor, UUID id, List<String> mapping) {
		this.store.saveMapping(actor.tenantId(), id, mapping);
	}

	/** Every row checked, in the user's language. */
	Preview preview(Actor actor, Upload upload, Locale locale) {
		UploadedTable table = table(upload);
		Values values = new Values(actor.tenantId(), locale);
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < upload.mapping().size() && i < table.headers().size(); i++) {
			if (!upload.mapping().get(i).isEmpty()) {
				columns.put(upload.mapping().get(i), i);
			}
		}
		List<RowCheck> rows = new ArrayList<>();
		for (UploadedTable.Line line : table.rows()) {
			Map<String, String> raw = new LinkedHashMap<>(OrganisationForm.empty());
			raw.put("kind", OrganisationKind.OTHER.name());
			columns.forEach((field, column) -> raw.put(field, values.convert(field, line.cell(column))));
			CheckedValues check = OrganisationForm.check(this.forms, raw);
			List<Problem> errors = new ArrayList<>();
			check.errors()
				.forEach((field, error) -> errors
					.add(new Problem(columns.containsKey(field) ? table.headers().get(columns.get(field)) : null,
							message(error, locale))));
			rows.add(new RowCheck(line.line(), check.values().get("name"), check.values(), errors, new ArrayList<>()));
		}
		warnDuplicates(actor, rows, locale);
		return new Preview(upload, table.headers(), rows);
	}

	private void warnDuplicates(Actor actor, List<RowCheck> rows, Locale locale) {
		List<RowCheck> valid = rows.stream().filter(RowCheck::valid).toList();
		for (RowCheck row : valid) {
			List<Organisation> similar = this.organisations.similar(actor.tenantId(), row.name(),
					emptyToNull(row.values().get("postcode")), emptyToNull(row.values().get("city")));
			if (!similar.isEmpty()) {
				row.warnings()
					.add(message("network.transfer.duplicate.existing", locale,
							similar.stream().map(Organisation::name).collect(Collectors.joining("; "))));
			}
		}
		List<int[]> pairs = this.organisations.similarAmong(valid.stream().map(RowCheck::name).toList(),
				valid.stream().map((row) -> emptyToNull(row.values().get("postcode"))).toList(),
				valid.stream().map((row) -> emptyToNull(row.values().get("city"))).toList());
		for (int[] pair : pairs) {
			RowCheck first = valid.get(pair[0]);
			valid.get(pair[1])
				.warnings()
				.add(message("network.transfer.duplicate.inFile", locale, first.line(), first.name()));
		}
	}

	/**
	 * Stores every valid row (rows with a duplicate warning only if asked to) and records
	 * every rejected one; all or nothing.
	 * @return how many organisations were stored
	 */
	@Transactional
	int run(Actor actor, UUID id, boolean importDuplicates, Locale locale) {
		Upload upload = find(actor, id);
		if (upload.done()) {
			return upload.imported();
		}
		Preview preview = preview(actor, upload, locale);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Rejection> rejections = new ArrayList<>();
		int imported = 0;
		for (RowCheck row : preview.rows()) {
			if (!row.valid()) {
				row.errors()
					.forEach((error) -> rejections.add(new Rejection(row.line(), error.column(), error.reason())));
			}
			else if (!row.warnings().isEmpty() && !importDuplicates) {
				row.warnings().forEach((warning) -> rejections.add(new Rejection(row.line(), null, warning)));
			}
			else {
				this.organisations.insert(actor.tenantId(), UUID.randomUUID(), row.values(), now);
				imported++;
			}
		}
		this.store.imported(actor.tenantId(), id, imported, rejections);
		this.audit.record(AuditCategory.OTHER, "network.import", "network_import", id.toString(), null,
				imported + " organisations imported, " + preview.rejectedRows(importDuplicates) + " rows rejected from "
						+ upload.fileName());
		return imported;
	}

	List<Rejection> rejections(Actor actor, UUID id) {
		return this.store.rejections(actor.tenantId(), id);
	}

	/** Deletes expired uploads and import outcomes. */
	@Scheduled(fixedDelayString = "${teilhabe.network.import.cleanup-interval:10m}", initialDelayString = "1m")
	void deleteExpired() {
		this.store.deleteExpired(OffsetDateTime.now(this.clock));
	}

	private String message(MessageSourceResolvable error, Locale locale) {
		return this.messages.getMessage(error, locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	/**
	 * Cell values as the form expects them: kinds and fields of work also by their label,
	 * languages also by name, Gemeinden also by name (German or English labels).
	 */
	private final class Values {

		private final Map<String, String> kinds = new HashMap<>();

		private final Map<String, String> fieldsOfWork = new HashMap<>();

		private final Map<String, String> languages = new HashMap<>();

		private final Map<String, String> gemeinden = new HashMap<>();

		Values(UUID tenantId, Locale locale) {
			for (Locale language : List.of(locale, Locale.GERMAN, Locale.ENGLISH)) {
				labels(this.kinds, OrganisationKind.values(), "network.kind.", language);
				labels(this.fieldsOfWork, FieldOfWork.values(), "network.fieldOfWork.", language);
			}
			for (Language language : Languages.all()) {
				for (String name : List.of(language.nameDe(), language.nameEn(), language.nativeName(),
						language.displayName(Locale.GERMAN), language.displayName(Locale.ENGLISH))) {
					// names in other scripts normalise to nothing: those are matched by
					// code only
					String key = ImportField.normalise(name);
					if (!key.isEmpty()) {
						this.languages.putIfAbsent(key, language.code());
					}
				}
			}
			for (Region gemeinde : OrganisationImport.this.regionChoices.gemeinden(tenantId)) {
				// official names carry their kind after a comma ("Bramsche, Stadt"): both
				// forms count
				this.gemeinden.putIfAbsent(ImportField.normalise(gemeinde.name()), gemeinde.key());
				this.gemeinden.putIfAbsent(ImportField.normalise(gemeinde.name().split(",")[0]), gemeinde.key());
			}
		}

		private void labels(Map<String, String> labels, Enum<?>[] constants, String prefix, Locale language) {
			for (Enum<?> constant : constants) {
				labels.putIfAbsent(ImportField.normalise(constant.name()), constant.name());
				labels.putIfAbsent(ImportField.normalise(message(prefix + constant.name(), language)), constant.name());
			}
		}

		String convert(String field, String cell) {
			return switch (field) {
				case "kind" -> lookup(this.kinds, cell.strip());
				case "fieldsOfWork" -> items(cell, (item) -> lookup(this.fieldsOfWork, item));
				case "languages" ->
					items(cell, (item) -> (NetworkLanguages.parse(item) != null) ? item : lookup(this.languages, item));
				case "regions" -> items(cell, (item) -> lookup(this.gemeinden, item));
				default -> cell;
			};
		}

		private static String items(String cell, Function<String, String> each) {
			return FormBinder.split(cell).stream().map(each).collect(Collectors.joining(FormBinder.LIST_SEPARATOR));
		}

		private static String lookup(Map<String, String> values, String item) {
			return values.getOrDefault(ImportField.normalise(item), item);
		}

	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * What a cell (or a row) is wrong with.
	 *
	 * @param column the column's header (null: the row, or a field without a column)
	 * @param reason the message in the user's language
	 */
	public record Problem(String column, String reason) {
	}

	/**
	 * One row checked.
	 *
	 * @param line its line in the file
	 * @param name the organisation's name
	 * @param values the form values
	 * @param errors what is wrong (not imported)
	 * @param warnings possible duplicates
	 */
	public record RowCheck(int line, String name, Map<String, String> values, List<Problem> errors,
			List<String> warnings) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * The checked rows of an upload.
	 *
	 * @param upload the upload
	 * @param headers the file's column headers
	 * @param rows every row
	 */
	public record Preview(Upload upload, List<String> headers, List<RowCheck> rows) {

		public long validRows() {
			return this.rows.stream().filter((row) -> row.valid() && row.warnings().isEmpty()).count();
		}

		public long warnedRows() {
			return this.rows.stream().filter((row) -> row.valid() && !row.warnings().isEmpty()).count();
		}

		public long invalidRows() {
			return this.rows.stream().filter((row) -> !row.valid()).count();
		}

		public long rejectedRows(boolean importDuplicates) {
			return invalidRows() + (importDuplicates ? 0 : warnedRows());
		}

	}

}
