package de.teilhabe.portal.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.portal.page.Page;
import de.teilhabe.portal.page.PageStore;
import de.teilhabe.portal.page.PortalLanguages;
import de.teilhabe.portal.page.TranslationState;
import de.teilhabe.portal.page.TranslationStatus;
import de.teilhabe.portal.page.Version;
import de.teilhabe.region.Language;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * XLIFF 2.0 for translation agencies (STRATEGY): the export of the pages waiting in a
 * language (or chosen ones) as one file, and the import of the returned file with its
 * preview and the office's confirmation.
 */
@Controller
class XliffController {

	/** The state the import gives when the office lets the file decide. */
	static final String FROM_FILE = "FILE";

	private final PageStore store;

	private final XliffExport export;

	private final XliffImport imports;

	private final PortalLanguages languages;

	private final Times times;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final long maxBytes;

	XliffController(PageStore store, XliffExport export, XliffImport imports, PortalLanguages languages, Times times,
			java.time.Clock clock, MessageSource messages,
			@Value("${teilhabe.portal.xliff.max-size:5MB}") DataSize maxSize) {
		this.store = store;
		this.export = export;
		this.imports = imports;
		this.languages = languages;
		this.times = times;
		this.clock = clock;
		this.messages = messages;
		this.maxBytes = maxSize.toBytes();
	}

	/**
	 * Resolves message keys with their arguments for a page, in the reader's language.
	 */
	record Texts(MessageSource messages, java.util.Locale locale) {

		public String of(MessageSourceResolvable message) {
			return this.messages.getMessage(message, this.locale);
		}

	}

	/** A page to pick for the export, with its status in the chosen language. */
	record Choice(Page page, String title, TranslationStatus status) {
	}

	@GetMapping("/portal/xliff")
	String page(@RequestParam(required = false) String language, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		return exchangePage(tenantId, language, null, model);
	}

	@GetMapping("/portal/xliff/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String language,
			@RequestParam(defaultValue = "WAITING") String scope, @RequestParam(required = false) List<String> page) {
		UUID tenantId = CurrentActor.get().tenantId();
		Language chosen = language(tenantId, language);
		if (chosen == null) {
			throw new BadRequestException("portal.xliff.error.noLanguage");
		}
		List<Choice> choices = choices(tenantId, chosen);
		List<Page> pages;
		if (scope.equals("CHOSEN")) {
			Set<UUID> ids = new HashSet<>();
			for (String id : (page != null) ? page : List.<String>of()) {
				try {
					ids.add(UUID.fromString(id));
				}
				catch (IllegalArgumentException ex) {
					throw new BadRequestException("portal.xliff.error.pageId", id);
				}
			}
			pages = choices.stream().map(Choice::page).filter((candidate) -> ids.contains(candidate.id())).toList();
			if (pages.size() != ids.size()) {
				throw new NotFoundException("portal.error.notFound.page");
			}
		}
		else if (scope.equals("WAITING")) {
			pages = choices.stream().filter((choice) -> choice.status().waiting()).map(Choice::page).toList();
		}
		else {
			throw new BadRequestException("portal.xliff.error.scope", scope);
		}
		if (pages.isEmpty()) {
			throw new BadRequestException("portal.xliff.error.noPages");
		}
		byte[] file = this.export.export(tenantId, chosen, pages);
		String name = "wegweiser-" + chosen.code() + "-" + this.times.today(this.clock) + ".xlf";
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xliff+xml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(file);
	}

	@PostMapping("/portal/xliff/imports")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		Actor actor = CurrentActor.get();
		List<XliffImport.FileProblem> problems = new ArrayList<>();
		if (file == null || file.isEmpty()) {
			problems.add(new XliffImport.FileProblem(0, 0, XliffImport.resolvable("portal.xliff.error.empty")));
		}
		else if (file.getSize() > this.maxBytes) {
			problems.add(new XliffImport.FileProblem(0, 0,
					XliffImport.resolvable("portal.xliff.error.tooLarge", this.maxBytes / 1024)));
		}
		else {
			XliffImport.Uploaded uploaded = this.imports.upload(actor.tenantId(), actor.userId(),
					file.getOriginalFilename(), file.getBytes(), LocaleContextHolder.getLocale());
			if (uploaded.id() != null) {
				return "redirect:/portal/xliff/imports/" + uploaded.id();
			}
			problems.addAll(uploaded.problems());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return exchangePage(actor.tenantId(), null, problems, model);
	}

	@GetMapping("/portal/xliff/imports/{id}")
	String preview(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		XliffImport.Upload upload = upload(tenantId, id);
		model.addAttribute("upload", upload);
		model.addAttribute("texts", new Texts(this.messages, LocaleContextHolder.getLocale()));
		if (upload.done()) {
			Map<UUID, PageStore.Title> titles = this.store.titles(tenantId, PageStore.SOURCE);
			model.addAttribute("stored",
					upload.storedPages()
						.stream()
						.filter(titles::containsKey)
						.map((page) -> Map.of("id", page, "title", titles.get(page).text()))
						.toList());
			model.addAttribute("rejections", XliffImport.rejections(upload));
			return "portal/office/xliff-result";
		}
		XliffImport.Preview preview = this.imports.preview(tenantId, upload);
		model.addAttribute("preview", preview);
		model.addAttribute("states", TranslationState.values());
		return "portal/office/xliff-preview";
	}

	@PostMapping("/portal/xliff/imports/{id}")
	String run(@PathVariable UUID id, @RequestParam(defaultValue = FROM_FILE) String state) {
		UUID tenantId = CurrentActor.get().tenantId();
		XliffImport.Upload upload = upload(tenantId, id);
		TranslationState chosen = null;
		if (!state.equals(FROM_FILE)) {
			try {
				chosen = TranslationState.valueOf(state);
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("portal.error.state", state);
			}
		}
		if (!upload.done()) {
			this.imports.run(tenantId, upload, chosen);
		}
		return "redirect:/portal/xliff/imports/" + id;
	}

	private XliffImport.Upload upload(UUID tenantId, UUID id) {
		return this.imports.find(tenantId, id)
			.orElseThrow(() -> new NotFoundException("portal.xliff.error.notFound.import"));
	}

	private String exchangePage(UUID tenantId, String language, List<XliffImport.FileProblem> problems, Model model) {
		List<Language> languages = translationLanguages(tenantId);
		Language chosen = null;
		if (language != null && !language.isBlank()) {
			chosen = language(tenantId, language);
			if (chosen == null) {
				throw new BadRequestException("portal.error.language", language);
			}
		}
		List<Choice> choices = (chosen != null) ? choices(tenantId, chosen) : List.of();
		model.addAttribute("languages", languages);
		model.addAttribute("chosen", chosen);
		model.addAttribute("choices", choices);
		model.addAttribute("waiting", choices.stream().filter((choice) -> choice.status().waiting()).count());
		model.addAttribute("problems", (problems != null) ? problems : List.of());
		model.addAttribute("texts", new Texts(this.messages, LocaleContextHolder.getLocale()));
		model.addAttribute("maxKilobytes", this.maxBytes / 1024);
		return "portal/office/xliff";
	}

	private List<Choice> choices(UUID tenantId, Language language) {
		Map<UUID, Map<String, Version>> states = this.store.statesOfAll(tenantId);
		List<Choice> choices = new ArrayList<>();
		for (Page page : this.store.tree(tenantId)) {
			Map<String, Version> versions = states.getOrDefault(page.id(), Map.of());
			Version german = versions.get(PageStore.SOURCE);
			if (german == null) {
				continue;
			}
			Version version = versions.get(language.code());
			choices.add(new Choice(page, german.title(),
					(version != null) ? version.status(page.revision()) : TranslationStatus.MISSING));
		}
		return choices;
	}

	private List<Language> translationLanguages(UUID tenantId) {
		return this.languages.translations(tenantId);
	}

	private Language language(UUID tenantId, String code) {
		return this.languages.translation(tenantId, code).orElse(null);
	}

}
