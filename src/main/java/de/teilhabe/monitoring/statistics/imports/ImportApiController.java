package de.teilhabe.monitoring.statistics.imports;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.monitoring.statistics.importing.StatisticsFileException;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The statistics import API: upload (multipart field {@code file}, optional
 * {@code dryRun}, {@code strict}), history, one import with its report, rollback.
 */
@RestController
@RequestMapping("/api/v1/statistics/imports")
class ImportApiController {

	private final StatisticsImports imports;

	private final long maxUploadBytes;

	private final MessageSource messages;

	ImportApiController(StatisticsImports imports,
			@Value("${teilhabe.statistics.max-upload-size:20MB}") DataSize maxUpload, MessageSource messages) {
		this.imports = imports;
		this.maxUploadBytes = maxUpload.toBytes();
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Object> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean strict,
			@RequestParam(defaultValue = "false") boolean sharedCopy) throws IOException {
		checkSize(file.getSize(), this.maxUploadBytes);
		ImportReport report = this.imports
			.importNow(CurrentActor.get(), file.getOriginalFilename(), file::getInputStream, dryRun, strict, sharedCopy)
			.inLanguage(this.messages, LocaleContextHolder.getLocale());
		return switch (report.status()) {
			case COMPLETED ->
				ResponseEntity.created(URI.create("/api/v1/statistics/imports/" + report.importId())).body(report);
			case REFUSED -> refused(report);
			default -> ResponseEntity.ok(report);
		};
	}

	static void checkSize(long size, long max) {
		if (size > max) {
			throw new StatisticsFileException(StatisticsFileException.Kind.TOO_LARGE,
					"The file has " + size + " bytes; statistics files may have at most " + max
							+ " bytes (zip larger files).",
					"monitoring.fileError.detail.uploadTooLarge", max / (1024 * 1024));
		}
	}

	private ResponseEntity<Object> refused(ImportReport report) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.messages.getMessage("monitoring.import.refusedDetail", new Object[] { report.rowsRejected() },
						LocaleContextHolder.getLocale()));
		problem.setTitle(this.messages.getMessage("monitoring.import.refused", null, LocaleContextHolder.getLocale()));
		problem.setProperty("status", ImportStatus.REFUSED.name());
		problem.setProperty("importId", report.importId());
		problem.setProperty("rowsRead", report.rowsRead());
		problem.setProperty("rowsRejected", report.rowsRejected());
		problem.setProperty("rejectedRows", report.rejectedRows());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The tenant's imports, newest first, paged like every API list. */
	@GetMapping
	ApiPage<ImportView> history(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		// a tenant has tens to hundreds of imports: read them whole, hand out the page
		return ApiPage.slice(this.imports.history(CurrentActor.get().tenantId(), Integer.MAX_VALUE), paging);
	}

	@GetMapping("/{id}")
	Map<String, Object> one(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		ImportView view = this.imports.find(tenantId, id).orElseThrow(() -> notFound(id));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("import", view);
		body.put("report",
				this.imports.report(tenantId, id)
					.map((report) -> report.inLanguage(this.messages, LocaleContextHolder.getLocale()))
					.orElse(null));
		return body;
	}

	@PostMapping("/{id}/rollback")
	StatisticsImports.RollbackResult rollback(@PathVariable UUID id) {
		return this.imports.rollback(CurrentActor.get(), id);
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("monitoring.error.notFound.import");
	}

	/** A file-level error: 400, 413 or 422 with what is wrong; nothing was stored. */
	@ExceptionHandler(StatisticsFileException.class)
	ResponseEntity<ProblemDetail> fileError(StatisticsFileException ex) {
		HttpStatus status = switch (ex.kind()) {
			case MISSING_COLUMNS -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case SHARED_SERIES -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				FileErrorText.of(this.messages, ex.detailKey(), ex.detailArguments(), locale) + " "
						+ this.messages.getMessage("monitoring.fileError.nothingStored", null, locale));
		// the title says in the reader's language what kind of problem it is
		problem.setTitle(this.messages.getMessage("monitoring.fileError." + ex.kind().name(), null, locale));
		problem.setProperty("kind", ex.kind().name());
		// a stable code for clients (the kind names the problem)
		problem.setProperty("code", ex.kind().name());
		if (ex.format() != null) {
			problem.setProperty("format", ex.format().name());
		}
		if (!ex.missingColumns().isEmpty()) {
			problem.setProperty("missingColumns", ex.missingColumns());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Not a multipart request, or no part {@code file}. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> notMultipart(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return fileError(new StatisticsFileException(StatisticsFileException.Kind.TOO_LARGE,
					"The file is larger than uploads may be.", "monitoring.fileError.detail.uploadLimit"));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Send the statistics file as multipart/form-data in the field 'file'.");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
