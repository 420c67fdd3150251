package de.teilhabe.reporting.run;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The document of a finished run, for the API and the pages alike: the PDF as a download,
 * the HTML to open in the browser; a run that is not DONE answers 409 (saying where it
 * stands), an unknown run 404.
 */
@Component
class RunDocuments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final RunStore runs;

	private final Times times;

	RunDocuments(RunStore runs, Times times) {
		this.runs = runs;
		this.times = times;
	}

	ResponseEntity<byte[]> pdf(UUID tenantId, UUID runId) {
		Run run = done(tenantId, runId);
		byte[] pdf = this.runs.pdf(tenantId, runId)
			.orElseThrow(() -> new NotFoundException("reporting.run.error.noPdf"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(fileName(run) + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf);
	}

	ResponseEntity<String> html(UUID tenantId, UUID runId) {
		Run run = done(tenantId, runId);
		String html = this.runs.html(tenantId, runId).orElseThrow();
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(fileName(run) + ".html", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(html);
	}

	private Run done(UUID tenantId, UUID runId) {
		Run run = this.runs.find(tenantId, runId)
			.orElseThrow(() -> new NotFoundException("reporting.run.error.notFound"));
		if (run.status() != RunStatus.DONE) {
			throw new ConflictException("reporting.run.error.notDone", run.status().name());
		}
		return run;
	}

	/** E.g. Migration-und-Integration-2026_2026-12-05. */
	private String fileName(Run run) {
		String title = run.definitionTitle().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
		return (title.isEmpty() ? "Bericht" : title) + "_" + DAY.format(this.times.local(run.endedAt()));
	}

}
