package de.teilhabe.network.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.network.transfer.ImportStore.Upload;
import de.teilhabe.network.transfer.OrganisationImport.Preview;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.table.UploadedTable;
import de.teilhabe.shared.table.UnreadableTableException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages of the office: upload, column mapping, preview, import and its
 * outcome.
 */
@Controller
class ImportController {

	/** The preview lists at most this many rows without a problem. */
	static final int PREVIEW_VALID_ROWS = 20;

	private final OrganisationImport imports;

	private final NetworkScope scope;

	private final long maxBytes;

	ImportController(OrganisationImport imports, NetworkScope scope,
			@Value("${teilhabe.network.import.max-size:2MB}") DataSize maxSize) {
		this.imports = imports;
		this.scope = scope;
		this.maxBytes = maxSize.toBytes();
	}

	@GetMapping("/network/import")
	String form(Model model) {
		office();
		return uploadPage(model, null);
	}

	@PostMapping("/network/import")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		Actor actor = office();
		String error;
		if (file == null || file.isEmpty()) {
			error = "network.transfer.error.empty";
		}
		else if (file.getSize() > this.maxBytes) {
			error = "network.transfer.error.tooLarge";
		}
		else {
			try {
				UUID id = this.imports.upload(actor, file.getOriginalFilename(), file.getBytes());
				return "redirect:/network/import/" + id;
			}
			catch (UnreadableTableException ex) {
				error = "network.transfer.error." + ex.problem().key();
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return uploadPage(model, error);
	}

	@GetMapping("/network/import/{id}")
	String mapping(@PathVariable UUID id, Model model) {
		Actor actor = office();
		Upload upload = this.imports.find(actor, id);
		if (upload.done()) {
			return "redirect:/network/import/" + id + "/result";
		}
		return mappingPage(model, upload, upload.mapping(), null);
	}

	@PostMapping("/network/import/{id}/mapping")
	String saveMapping(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		Actor actor = office();
		Upload upload = this.imports.find(actor, id);
		List<String> headers = this.imports.table(upload).headers();
		List<String> mapping = new ArrayList<>();
		for (int column = 0; column < headers.size(); column++) {
			String field = params.getFirst("column" + column);
			mapping.add((field != null) ? field.strip() : "");
		}
		String error = OrganisationImport.mappingError(mapping);
		if (error != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return mappingPage(model, upload, mapping, error);
		}
		this.imports.saveMapping(actor, id, mapping);
		return "redirect:/network/import/" + id + "/preview";
	}

	@GetMapping("/network/import/{id}/preview")
	String preview(@PathVariable UUID id, Model model) {
		Actor actor = office();
		Upload upload = this.imports.find(actor, id);
		if (upload.done()) {
			return "redirect:/network/import/" + id + "/result";
		}
		Preview preview = this.imports.preview(actor, upload, LocaleContextHolder.getLocale());
		model.addAttribute("preview", preview);
		model.addAttribute("problems",
				preview.rows().stream().filter((row) -> !row.valid() || !row.warnings().isEmpty()).toList());
		model.addAttribute("examples",
				preview.rows()
					.stream()
					.filter((row) -> row.valid() && row.warnings().isEmpty())
					.limit(PREVIEW_VALID_ROWS)
					.toList());
		return "network/import-preview";
	}

	@PostMapping("/network/import/{id}")
	String run(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean importDuplicates) {
		Actor actor = office();
		this.imports.run(actor, id, importDuplicates, LocaleContextHolder.getLocale());
		return "redirect:/network/import/" + id + "/result";
	}

	@GetMapping("/network/import/{id}/result")
	String result(@PathVariable UUID id, Model model) {
		Actor actor = office();
		Upload upload = this.imports.find(actor, id);
		if (!upload.done()) {
			return "redirect:/network/import/" + id + "/preview";
		}
		model.addAttribute("upload", upload);
		model.addAttribute("rejections", this.imports.rejections(actor, id));
		return "network/import-result";
	}

	private String uploadPage(Model model, String error) {
		model.addAttribute("fileError", error);
		model.addAttribute("maxKilobytes", this.maxBytes / 1024);
		model.addAttribute("maxUnpackedMegabytes", this.imports.maxUnpackedMegabytes());
		model.addAttribute("fields", ImportField.values());
		return "network/import";
	}

	private String mappingPage(Model model, Upload upload, List<String> mapping, String error) {
		UploadedTable table = this.imports.table(upload);
		model.addAttribute("upload", upload);
		model.addAttribute("headers", table.headers());
		model.addAttribute("example", table.rows().get(0));
		model.addAttribute("mapping", mapping);
		model.addAttribute("fields", ImportField.values());
		model.addAttribute("mappingError", error);
		return "network/import-mapping";
	}

	private Actor office() {
		Actor actor = this.scope.officeActor();
		return actor;
	}

}
