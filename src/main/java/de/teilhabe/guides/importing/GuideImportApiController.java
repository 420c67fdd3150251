package de.teilhabe.guides.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.guides.importing.GuideImport.MissingNameColumnException;
import de.teilhabe.guides.importing.GuideImport.Preview;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.table.UnreadableTableException;
import de.teilhabe.shared.web.InvalidBodyException;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of a guide list through the API (GUIDE_COORDINATOR): multipart field
 * {@code file} (CSV or XLSX, the columns of the page's import, {@link GuideImportColumn})
 * and {@code dryRun}. A dry run checks every row and stores nothing (the page's preview);
 * otherwise every valid row becomes a profile in one transaction (the page's import) and
 * the rejected rows are listed. Both answer 200 with the rows that are (or would be)
 * created and every rejected row with its line, the column as headed in the file and the
 * message in the reader's language. A missing or empty file, a file that cannot be read
 * as a guide list, or a missing {@code dryRun} answer 422 {@code errors: [{field,
 * message}]} and store nothing; a file beyond the size limit 413.
 */
@RestController
class GuideImportApiController {

	private final GuideImport imports;

	private final MessageSource messages;

	private final long maxBytes;

	GuideImportApiController(GuideImport imports, MessageSource messages,
			@Value("${teilhabe.guides.import.max-size:2MB}") DataSize maxSize) {
		this.imports = imports;
		this.messages = messages;
		this.maxBytes = maxSize.toBytes();
	}

	@PostMapping(path = "/api/v1/guides/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Object> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String dryRun) throws IOException {
		Actor actor = CurrentActor.get();
		Locale locale = LocaleContextHolder.getLocale();
		List<InvalidBodyException.Invalid> invalid = new ArrayList<>();
		Boolean dry = switch ((dryRun != null) ? dryRun.strip() : "") {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> null;
		};
		if (dry == null) {
			invalid.add(new InvalidBodyException.Invalid("dryRun", "guides.intake.error.dryRun"));
		}
		if (file == null || file.isEmpty()) {
			invalid.add(new InvalidBodyException.Invalid("file", "guides.intake.error.empty"));
		}
		else if (file.getSize() > this.maxBytes) {
			return tooLarge(locale);
		}
		if (!invalid.isEmpty()) {
			throw new InvalidBodyException(invalid);
		}
		byte[] content = file.getBytes();
		String fileName = (file.getOriginalFilename() != null) ? file.getOriginalFilename().strip() : "";
		try {
			if (dry) {
				this.imports.read(content);
				Preview preview = this.imports.preview(actor, content, locale);
				return ResponseEntity.ok(ImportAnswer.of(true, fileName, preview, Map.of()));
			}
			UUID upload = this.imports.upload(actor, fileName, content);
			GuideImport.Imported imported = this.imports.confirm(actor, upload, locale);
			return ResponseEntity.ok(ImportAnswer.of(false, fileName, imported.preview(), imported.profiles()));
		}
		catch (MissingNameColumnException ex) {
			throw unreadable("guides.intake.error.noNameColumn");
		}
		catch (UnreadableTableException ex) {
			throw unreadable("guides.intake.error." + ex.problem().key());
		}
	}

	/**
	 * A body that is not multipart (JSON, say): 415 saying how to send the file. (Spring
	 * MVC's own refusal would come before any handler of this class and say only that the
	 * format is not supported.) Not described in OpenAPI: the upload above is.
	 */
	@Hidden
	@PostMapping("/api/v1/guides/imports")
	ResponseEntity<ProblemDetail> notMultipart() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				this.messages.getMessage("guides.intake.error.notMultipart", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** A file that is no guide list, named at the field {@code file}. */
	private InvalidBodyException unreadable(String key) {
		return new InvalidBodyException("file", key, this.maxBytes / 1024, this.imports.maxUnpackedMegabytes(),
				GuideImport.MAX_ROWS);
	}

	private ResponseEntity<Object> tooLarge(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, this.messages
			.getMessage("guides.intake.error.tooLarge", new Object[] { this.maxBytes / 1024 }, locale));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * What an import did, or for a dry run would do.
	 *
	 * @param dryRun whether nothing was stored
	 * @param fileName the uploaded file's name
	 * @param rowsRead the rows with data in the file
	 * @param rowsCreated the rows that became (or would become) profiles
	 * @param rowsRejected the rows left out
	 * @param ignoredColumns the headers of columns that fill no field
	 * @param createdRows the rows that became (or would become) profiles
	 * @param rejectedRows each problem of each rejected row
	 */
	record ImportAnswer(boolean dryRun, String fileName, int rowsRead, long rowsCreated, long rowsRejected,
			List<String> ignoredColumns, List<CreatedRow> createdRows, List<RejectedRow> rejectedRows) {

		static ImportAnswer of(boolean dryRun, String fileName, Preview preview, Map<Integer, UUID> profiles) {
			List<RejectedRow> rejected = new ArrayList<>();
			for (GuideImport.Row row : preview.rejectedRows()) {
				for (GuideImport.Problem problem : row.problems()) {
					rejected.add(new RejectedRow(row.line(), row.name(), problem.column(), problem.message()));
				}
			}
			return new ImportAnswer(dryRun, fileName, preview.rows().size(), preview.valid(), preview.rejected(),
					preview.ignored(),
					preview.validRows()
						.stream()
						.map((row) -> new CreatedRow(row.line(), row.name(), row.state().name(),
								profiles.get(row.line())))
						.toList(),
					rejected);
		}

	}

	/**
	 * A row that becomes (or would become) a profile.
	 *
	 * @param line its line (CSV) or row (XLSX) in the file
	 * @param name the name in it
	 * @param state the lifecycle state the profile starts in
	 * @param guideId the profile created, or null on a dry run
	 */
	record CreatedRow(int line, String name, String state, UUID guideId) {
	}

	/**
	 * One problem of a rejected row.
	 *
	 * @param line its line (CSV) or row (XLSX) in the file
	 * @param name the name in it
	 * @param column the column's header as in the file, or null (the row as a whole)
	 * @param message what is wrong, in the reader's language
	 */
	record RejectedRow(int line, String name, String column, String message) {
	}

}
