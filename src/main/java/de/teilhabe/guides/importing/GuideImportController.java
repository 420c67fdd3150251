package de.teilhabe.guides.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.teilhabe.guides.importing.GuideImport.MissingNameColumnException;
import de.teilhabe.guides.importing.GuideImport.Preview;
import de.teilhabe.guides.importing.GuideImportStore.Upload;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.table.SpreadsheetTable;
import de.teilhabe.shared.table.UnreadableTableException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of a guide list for the Leitstelle: upload (with the templates to fill in),
 * the preview row by row, the import and its outcome.
 */
@Controller
class GuideImportController {

	private final GuideImport imports;

	private final MessageSource messages;

	private final long maxBytes;

	GuideImportController(GuideImport imports, MessageSource messages,
			@Value("${teilhabe.guides.import.max-size:2MB}") DataSize maxSize) {
		this.imports = imports;
		this.messages = messages;
		this.maxBytes = maxSize.toBytes();
	}

	@GetMapping("/guides/profiles/import")
	String form(Model model) {
		return uploadPage(model, null);
	}

	@PostMapping("/guides/profiles/import")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		Actor actor = CurrentActor.get();
		String error;
		if (file == null || file.isEmpty()) {
			error = "guides.intake.error.empty";
		}
		else if (file.getSize() > this.maxBytes) {
			error = "guides.intake.error.tooLarge";
		}
		else {
			try {
				UUID id = this.imports.upload(actor, file.getOriginalFilename(), file.getBytes());
				return "redirect:/guides/profiles/import/" + id;
			}
			catch (MissingNameColumnException ex) {
				error = "guides.intake.error.noNameColumn";
			}
			catch (UnreadableTableException ex) {
				error = "guides.intake.error." + ex.problem().key();
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return uploadPage(model, error);
	}

	@GetMapping("/guides/profiles/import/{id}")
	String preview(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Upload upload = this.imports.find(actor, id);
		model.addAttribute("upload", upload);
		if (upload.done()) {
			return "guides/import-result";
		}
		model.addAttribute("preview", this.imports.preview(actor, upload.content(), LocaleContextHolder.getLocale()));
		return "guides/import-preview";
	}

	@PostMapping("/guides/profiles/import/{id}")
	String confirm(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		Upload upload = this.imports.find(actor, id);
		Preview preview = this.imports.confirm(actor, id, LocaleContextHolder.getLocale()).preview();
		model.addAttribute("upload", upload);
		model.addAttribute("preview", preview);
		return "guides/import-result";
	}

	@GetMapping("/guides/profiles/import/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return template(SpreadsheetTable.Format.CSV);
	}

	@GetMapping("/guides/profiles/import/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate() {
		return template(SpreadsheetTable.Format.XLSX);
	}

	/** The columns with their headers in the reader's language and two example rows. */
	private ResponseEntity<byte[]> template(SpreadsheetTable.Format format) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headers = new ArrayList<>();
		for (GuideImportColumn column : GuideImportColumn.values()) {
			headers.add(column.header(locale));
		}
		SpreadsheetTable table = SpreadsheetTable.named(this.messages.getMessage("guides.intake.sheet", null, locale))
			.columns(headers);
		for (String example : List.of("guides.intake.example1", "guides.intake.example2")) {
			table.row(Arrays.asList(this.messages.getMessage(example, null, locale).split("\\|", -1)));
		}
		return table.download(format, this.messages.getMessage("guides.intake.templateName", null, locale));
	}

	private String uploadPage(Model model, String error) {
		model.addAttribute("fileError", error);
		model.addAttribute("maxKilobytes", this.maxBytes / 1024);
		model.addAttribute("maxUnpackedMegabytes", this.imports.maxUnpackedMegabytes());
		model.addAttribute("maxRows", GuideImport.MAX_ROWS);
		model.addAttribute("columns", GuideImportColumn.values());
		return "guides/import";
	}

}
