package de.teilhabe.network.event;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The office's iCal import ({@link EventImports}): upload with the latest imports, the
 * preview of every event of the file with the category to choose, and the outcome with
 * the events left out and why.
 */
@Controller
class EventImportController {

	private final EventImports imports;

	private final NetworkScope scope;

	private final long maxBytes;

	EventImportController(EventImports imports, NetworkScope scope,
			@Value("${teilhabe.network.import.max-size:2MB}") DataSize maxSize) {
		this.imports = imports;
		this.scope = scope;
		this.maxBytes = maxSize.toBytes();
	}

	@GetMapping("/network/event-import")
	String form(Model model) {
		return uploadPage(model, this.scope.officeActor(), null, null);
	}

	@PostMapping("/network/event-import")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		Actor actor = this.scope.officeActor();
		String error;
		Object detail = null;
		if (file == null || file.isEmpty()) {
			error = "empty";
		}
		else if (file.getSize() > this.maxBytes) {
			error = "tooLarge";
			detail = this.maxBytes / 1024;
		}
		else {
			try {
				UUID id = this.imports.upload(actor, file.getOriginalFilename(), file.getBytes());
				return "redirect:/network/event-import/" + id;
			}
			catch (IcsFile.Unreadable ex) {
				error = ex.key();
				detail = ex.detail();
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return uploadPage(model, actor, error, detail);
	}

	@GetMapping("/network/event-import/{id}")
	String show(@PathVariable UUID id, Model model) {
		Actor actor = this.scope.officeActor();
		EventImports.Upload upload = this.imports.find(actor, id);
		model.addAttribute("upload", upload);
		if (upload.done()) {
			model.addAttribute("rejections", this.imports.rejections(actor, id));
			return "network/event-import-result";
		}
		return previewPage(model, actor, id, null);
	}

	@PostMapping("/network/event-import/{id}")
	String run(@PathVariable UUID id, @RequestParam(required = false) String category, Model model,
			HttpServletResponse response) {
		Actor actor = this.scope.officeActor();
		EventCategory chosen = null;
		for (EventCategory value : EventCategory.values()) {
			if (value.name().equals(category)) {
				chosen = value;
			}
		}
		if (chosen == null) {
			model.addAttribute("upload", this.imports.find(actor, id));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return previewPage(model, actor, id, "form.error.required");
		}
		this.imports.run(actor, id, chosen);
		return "redirect:/network/event-import/" + id;
	}

	private String previewPage(Model model, Actor actor, UUID id, String categoryError) {
		List<EventImports.Previewed> events = this.imports.preview(actor, id);
		model.addAttribute("events", events);
		model.addAttribute("valid", events.stream().filter((event) -> event.entry().valid()).count());
		model.addAttribute("updates", events.stream().filter(EventImports.Previewed::updates).count());
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("categoryError", categoryError);
		return "network/event-import-preview";
	}

	private String uploadPage(Model model, Actor actor, String error, Object detail) {
		model.addAttribute("fileError", error);
		model.addAttribute("fileErrorDetail", detail);
		model.addAttribute("maxKilobytes", this.maxBytes / 1024);
		model.addAttribute("maxEvents", IcsFile.MAX_EVENTS);
		model.addAttribute("latest", this.imports.latest(actor));
		return "network/event-import";
	}

}
