package de.teilhabe.guides.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.guides.guide.Guide;
import de.teilhabe.guides.guide.GuideForm;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.GuideState;
import de.teilhabe.guides.guide.GuideStore;
import de.teilhabe.guides.guide.Guides;
import de.teilhabe.guides.importing.GuideImportStore.Upload;
import de.teilhabe.region.Region;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.table.UnreadableTableException;
import de.teilhabe.shared.table.UploadedTable;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Import of an existing guide list (CSV or XLSX, columns named by their headers, see
 * {@link GuideImportColumn}): the upload is kept for a short time while the coordinator
 * looks at the preview (every row converted by {@link GuideImportValues} and checked by
 * the guide form's own rules, {@link GuideForm#check}; a row whose name and e-mail
 * address a profile has already, or an earlier row of the file, is a duplicate); the
 * import then stores every valid row and lists every rejected one, in one transaction.
 */
@Service
class GuideImport {

	/** At most this many data rows are read from one file. */
	static final int MAX_ROWS = 2000;

	/** The lifecycle states that need a valid police certificate. */
	private static final Set<GuideState> NEED_CERTIFICATE = EnumSet.of(GuideState.CERTIFICATE_INSPECTED,
			GuideState.ACTIVE, GuideState.PAUSED);

	/** A field of a row of the form: {@code languages[1].level}. */
	private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

	private final GuideImportStore store;

	private final GuideStore guides;

	private final Guides rules;

	private final GuideRegions regions;

	private final FormBinder binder;

	private final MessageSource messages;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration keep;

	private final long maxUnpackedBytes;

	GuideImport(GuideImportStore store, GuideStore guides, Guides rules, GuideRegions regions, FormBinder binder,
			MessageSource messages, AuditLog audit, TransactionTemplate transaction, Clock clock,
			@Value("${teilhabe.guides.import.keep:PT1H}") Duration keep,
			@Value("${teilhabe.guides.import.max-unpacked-size:20MB}") DataSize maxUnpacked) {
		this.store = store;
		this.guides = guides;
		this.rules = rules;
		this.regions = regions;
		this.binder = binder;
		this.messages = messages;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
		this.keep = keep;
		this.maxUnpackedBytes = maxUnpacked.toBytes();
	}

	/** The most an XLSX upload may unpack to, in MB (for the refusal's message). */
	long maxUnpackedMegabytes() {
		return this.maxUnpackedBytes / (1024 * 1024);
	}

	/**
	 * Reads a file as a guide list (it needs a column Name).
	 * @throws UnreadableTableException if it is no readable table
	 * @throws MissingNameColumnException if no column is the name
	 */
	UploadedTable read(byte[] content) throws UnreadableTableException {
		UploadedTable table = UploadedTable.read(content, new UploadedTable.Limits(MAX_ROWS, this.maxUnpackedBytes));
		if (table.headers().stream().noneMatch((header) -> GuideImportColumn.of(header) == GuideImportColumn.NAME)) {
			throw new MissingNameColumnException();
		}
		return table;
	}

	/**
	 * Keeps an uploaded file for the preview if it can be read as a guide list.
	 * @return the upload's id
	 */
	UUID upload(Actor actor, String fileName, byte[] content) throws UnreadableTableException {
		read(content);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		UUID id = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			this.store.deleteExpired(now);
			this.store.insert(actor.tenantId(), id, actor.userId(), (fileName != null) ? fileName.strip() : "", content,
					now, now.plus(this.keep));
		});
		return id;
	}

	/** An upload of the actor's tenant that has not expired; else not found. */
	Upload find(Actor actor, UUID id) {
		return this.store.find(actor.tenantId(), id, OffsetDateTime.now(this.clock), false)
			.orElseThrow(() -> new NotFoundException("guides.intake.error.notFound"));
	}

	/**
	 * Every row of a file converted and checked, with messages in the reader's language.
	 */
	Preview preview(Actor actor, byte[] content, Locale locale) {
		UploadedTable table;
		try {
			table = read(content);
		}
		catch (UnreadableTableException ex) {
			throw new IllegalStateException("An upload that was read before is unreadable", ex);
		}
		Map<Integer, GuideImportColumn> columns = new LinkedHashMap<>();
		List<String> ignored = new ArrayList<>();
		Set<GuideImportColumn> seen = EnumSet.noneOf(GuideImportColumn.class);
		for (int i = 0; i < table.headers().size(); i++) {
			GuideImportColumn column = GuideImportColumn.of(table.headers().get(i));
			if (column != null && seen.add(column)) {
				columns.put(i, column);
			}
			else {
				ignored.add(table.headers().get(i));
			}
		}
		Map<GuideImportColumn, String> headers = new EnumMap<>(GuideImportColumn.class);
		columns.forEach((index, column) -> headers.put(column, table.headers().get(index)));
		List<Region> gemeinden = this.regions.of(actor.tenantId());
		Set<String> gemeindeKeys = new HashSet<>(gemeinden.stream().map(Region::key).toList());
		GuideImportValues values = new GuideImportValues(gemeinden, this.messages);
		Set<String> existing = this.store.existingKeys(actor.tenantId());
		Map<String, Integer> inFile = new LinkedHashMap<>();
		LocalDate today = this.rules.today();
		List<Row> rows = new ArrayList<>();
		for (UploadedTable.Line line : table.rows()) {
			Map<GuideImportColumn, String> cells = new EnumMap<>(GuideImportColumn.class);
			columns.forEach((index, column) -> cells.put(column, line.cell(index)));
			GuideImportValues.Converted converted = values.convert(cells);
			FormBinder.Bound<GuideForm> bound = GuideForm.check(this.binder, converted.raw, gemeindeKeys, today);
			Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>(converted.problems);
			bound.checked().errors().forEach((field, error) -> {
				GuideImportColumn column = GuideImportColumn.ofFormField(field);
				String root = (column != null) ? column.formField() : field;
				if (!problems.containsKey(root)) {
					problems.putIfAbsent(field, error);
				}
			});
			GuideForm form = bound.valid() && problems.isEmpty() ? bound.form() : null;
			if (form != null && NEED_CERTIFICATE.contains(converted.state)
					&& !Guide.certificateValidOn(form.certificateInspectedOn(), form.certificateNoRelevantEntry(),
							today, this.rules.certificateValidity())) {
				problems.put("state", code("guides.error.certificate"));
				form = null;
			}
			String name = shown(bound.checked().values().getOrDefault("name", ""));
			String key = duplicateKey(name, bound.checked().values().get("email"));
			if (problems.isEmpty() && existing.contains(key)) {
				problems.put("name", code("guides.intake.error.duplicate"));
				form = null;
			}
			else if (problems.isEmpty() && inFile.containsKey(key)) {
				problems.put("name", code("guides.intake.error.duplicateInFile", inFile.get(key)));
				form = null;
			}
			if (form != null) {
				inFile.put(key, line.line());
			}
			List<Problem> listed = new ArrayList<>();
			problems.forEach((field, problem) -> listed.add(problem(field, problem, headers, locale)));
			rows.add(new Row(line.line(), name, form, converted.state, listed));
		}
		return new Preview(table.headers(), ignored, rows);
	}

	private Problem problem(String field, MessageSourceResolvable problem, Map<GuideImportColumn, String> headers,
			Locale locale) {
		GuideImportColumn column = GuideImportColumn.ofFormField(field);
		String header = (column != null) ? headers.get(column) : null;
		String message = this.messages.getMessage(problem, locale);
		// a language row's own field („Niveau der Sprache 2“) says which item of the cell
		Matcher indexed = ROW_FIELD.matcher(field);
		if (indexed.matches()) {
			String label = this.messages.getMessage("guides.field." + indexed.group(1) + "." + indexed.group(3),
					new Object[] { Integer.parseInt(indexed.group(2)) + 1 }, "", locale);
			message = label.isEmpty() ? message : label + ": " + message;
		}
		return new Problem(columnName(header, column, locale), message);
	}

	private static String columnName(String header, GuideImportColumn column, Locale locale) {
		if (header != null) {
			return header;
		}
		return (column != null) ? column.header(locale) : null;
	}

	private static MessageSourceResolvable code(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args);
	}

	/** A cell's text as a page may show it: control characters replaced. */
	static String shown(String text) {
		return (text != null) ? text.replaceAll("\\p{Cntrl}", "\uFFFD") : "";
	}

	/** Name and e-mail address as one key, case and spacing ignored. */
	static String duplicateKey(String name, String email) {
		String normalisedName = (name != null) ? name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : "";
		String normalisedEmail = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		return normalisedName + "\n" + normalisedEmail;
	}

	/**
	 * Stores every valid row of an upload as a profile in its state and leaves the
	 * rejected ones out, all in one transaction (a failure stores nothing); the file is
	 * dropped. A second import of the same upload is refused.
	 * @return the checked rows as they were imported, with the profiles created
	 */
	Imported confirm(Actor actor, UUID id, Locale locale) {
		return this.transaction.execute((status) -> {
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			Upload upload = this.store.find(actor.tenantId(), id, now, true)
				.orElseThrow(() -> new NotFoundException("guides.intake.error.notFound"));
			if (upload.done()) {
				throw new ConflictException("guides.intake.error.imported");
			}
			Preview preview = preview(actor, upload.content(), locale);
			Map<Integer, UUID> profiles = new LinkedHashMap<>();
			for (Row row : preview.rows()) {
				if (row.valid()) {
					UUID created = this.guides.create(actor.tenantId(), row.form(), row.state(), actor.displayName(),
							now);
					profiles.put(row.line(), created);
					this.audit.record(AuditCategory.OTHER, "guides.guide.created", "guide_profile", created.toString(),
							null, "imported from line " + row.line() + " of " + upload.fileName());
				}
			}
			this.store.imported(actor.tenantId(), id, (int) preview.valid(), (int) preview.rejected());
			this.audit.record(AuditCategory.OTHER, "guides.import", "guide_import", id.toString(), null, preview.valid()
					+ " guides imported, " + preview.rejected() + " rows rejected from " + upload.fileName());
			return new Imported(preview, profiles);
		});
	}

	/**
	 * The outcome of an import.
	 *
	 * @param preview the checked rows as they were imported
	 * @param profiles the id of the profile created from each valid row, by its line
	 */
	public record Imported(Preview preview, Map<Integer, UUID> profiles) {

		public Imported {
			profiles = Map.copyOf(profiles);
		}

	}

	/** Deletes expired uploads and import outcomes. */
	@Scheduled(fixedDelayString = "${teilhabe.guides.import.cleanup-interval:10m}", initialDelayString = "1m")
	void deleteExpired() {
		this.store.deleteExpired(OffsetDateTime.now(this.clock));
	}

	/**
	 * A table without a column for the name: not a guide list (told apart from the
	 * reader's own refusals by its type).
	 */
	static class MissingNameColumnException extends UnreadableTableException {

		MissingNameColumnException() {
			super(Problem.EMPTY);
		}

	}

	/**
	 * What a cell (or a row) is wrong with.
	 *
	 * @param column the column's header as in the file (null: the row)
	 * @param message the message in the reader's language
	 */
	public record Problem(String column, String message) {
	}

	/**
	 * One row checked.
	 *
	 * @param line its line in the file
	 * @param name the name in it
	 * @param form the profile it creates (null: rejected)
	 * @param state the lifecycle state it starts in
	 * @param problems why it is rejected
	 */
	public record Row(int line, String name, GuideForm form, GuideState state, List<Problem> problems) {

		public boolean valid() {
			return this.form != null;
		}

	}

	/**
	 * The checked rows of a file.
	 *
	 * @param headers the file's column headers
	 * @param ignored the headers of columns that fill no field
	 * @param rows every row
	 */
	public record Preview(List<String> headers, List<String> ignored, List<Row> rows) {

		public long valid() {
			return this.rows.stream().filter(Row::valid).count();
		}

		public long rejected() {
			return this.rows.size() - valid();
		}

		public List<Row> validRows() {
			return this.rows.stream().filter(Row::valid).toList();
		}

		public List<Row> rejectedRows() {
			return this.rows.stream().filter((row) -> !row.valid()).toList();
		}

	}

}
