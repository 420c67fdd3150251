package de.teilhabe.council.paper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.council.member.CouncilChanges;
import de.teilhabe.council.model.ConsultationRole;
import de.teilhabe.council.model.FilePurpose;
import de.teilhabe.council.model.PaperType;
import de.teilhabe.council.paper.PaperStore.Consultation;
import de.teilhabe.council.paper.PaperStore.Filter;
import de.teilhabe.council.paper.PaperStore.Paper;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The office's papers: the list with its filters, one paper with its consultations and
 * files, the forms of papers and consultations, PDF uploads (checked by content, size and
 * active content) and their download and removal. COUNCIL_OFFICE only; another tenant's
 * record answers 404.
 */
@Controller
class PaperController {

	private static final String LABELS = "council.members.papers.field.";

	private final PaperStore store;

	private final CouncilChanges changes;

	private final FormBinder forms;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	private final String prefix;

	private final DataSize maxFileSize;

	PaperController(PaperStore store, CouncilChanges changes, FormBinder forms, MessageSource messages, Times times,
			Clock clock, @Value("${teilhabe.council.reference-prefix:BfM}") String prefix,
			@Value("${teilhabe.council.max-file-size:20MB}") DataSize maxFileSize) {
		this.store = store;
		this.changes = changes;
		this.forms = forms;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
		this.prefix = prefix;
		this.maxFileSize = maxFileSize;
	}

	// the list

	@GetMapping("/council/papers")
	String papers(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String visibility, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new BadRequestException("council.error.page");
		}
		Filter filter = filter(type.strip(), year.strip(), visibility.strip(), q.strip());
		UUID tenantId = tenant();
		long total = this.store.count(tenantId, filter);
		model.addAttribute("papers", this.store.papers(tenantId, filter, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + PaperStore.PAGE_SIZE - 1) / PaperStore.PAGE_SIZE));
		model.addAttribute("type", type.strip());
		model.addAttribute("year", year.strip());
		model.addAttribute("visibility", visibility.strip());
		model.addAttribute("q", q.strip());
		model.addAttribute("types", PaperType.values());
		model.addAttribute("years", this.store.years(tenantId));
		model.addAttribute("previousLink", link(filter, page - 1));
		model.addAttribute("nextLink", link(filter, page + 1));
		return "council/papers";
	}

	private static Filter filter(String type, String year, String visibility, String q) {
		PaperType paperType = null;
		if (!type.isEmpty()) {
			try {
				paperType = PaperType.valueOf(type);
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("council.members.papers.error.filter", "type");
			}
		}
		Integer paperYear = null;
		if (!year.isEmpty()) {
			if (!year.matches("[0-9]{4}")) {
				throw new BadRequestException("council.members.papers.error.filter", "year");
			}
			paperYear = Integer.valueOf(year);
		}
		Boolean isPublic = switch (visibility) {
			case "" -> null;
			case "public" -> true;
			case "nonPublic" -> false;
			default -> throw new BadRequestException("council.members.papers.error.filter", "visibility");
		};
		if (q.length() > 200) {
			throw new BadRequestException("council.members.papers.error.filter", "q");
		}
		return new Filter(paperType, paperYear, isPublic, q.isEmpty() ? null : q);
	}

	/** The address of a page of the list with the same filters. */
	private static String link(Filter filter, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/council/papers");
		if (filter.type() != null) {
			uri.queryParam("type", filter.type().name());
		}
		if (filter.year() != null) {
			uri.queryParam("year", filter.year());
		}
		if (filter.isPublic() != null) {
			uri.queryParam("visibility", filter.isPublic() ? "public" : "nonPublic");
		}
		if (filter.q() != null) {
			uri.queryParam("q", filter.q());
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	// one paper

	@GetMapping("/council/papers/{id}")
	String paper(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		model.addAttribute("paper", findPaper(tenantId, id));
		model.addAttribute("consultations", this.store.consultations(tenantId, id));
		model.addAttribute("files", this.store.files(tenantId, id));
		return "council/paper";
	}

	@GetMapping({ "/council/papers/new", "/council/papers/{id}/edit" })
	String paperForm(@PathVariable(required = false) UUID id, Model model) {
		UUID tenantId = tenant();
		Map<String, String> values = FormBinder.empty(FormBinder.fields(PaperForm.class));
		Paper paper = null;
		if (id == null) {
			values.put("paperDate", this.times.today(this.clock).toString());
		}
		else {
			paper = findPaper(tenantId, id);
			values = FormBinder.values(new PaperForm(paper.name(), paper.paperType(), paper.paperDate(),
					paper.isPublic(), paper.originatorId()));
		}
		return paperPage(model, tenantId, paper, values, Map.of());
	}

	@PostMapping({ "/council/papers", "/council/papers/{id}" })
	String savePaper(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Paper paper = (id != null) ? findPaper(tenantId, id) : null;
		List<PaperStore.Choice> committees = this.store.committees(tenantId);
		FormBinder.Bound<PaperForm> bound = this.forms.bind(params, PaperForm.class, (form, errors) -> {
			if (form.originator() != null && committees.stream().noneMatch((c) -> c.id().equals(form.originator()))) {
				errors.rejectValue("originator", "council.members.error.choice");
			}
		});
		if (!bound.valid()) {
			return paperPage(model, tenantId, paper, bound.checked().values(), bound.checked().errors());
		}
		UUID saved = this.changes.save("paper", id,
				(newId, now) -> this.store.create(tenantId, newId, bound.form(), this.prefix, now),
				(sameId, now) -> this.store.update(tenantId, sameId, bound.form(), now));
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/council/papers/" + saved;
	}

	@PostMapping("/council/papers/{id}/delete")
	String deletePaper(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		findPaper(tenantId, id);
		this.changes.delete("paper", tenantId, id, "consultation.paper_id", "file.paper_id");
		redirect.addFlashAttribute("saved", "deleted");
		return "redirect:/council/papers";
	}

	private String paperPage(Model model, UUID tenantId, Paper paper, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("paper", paper);
		model.addAttribute("types", PaperType.values());
		model.addAttribute("committees", this.store.committees(tenantId));
		model.addAttribute("referenceExample", this.prefix + "/" + this.times.today(this.clock).getYear() + "/…");
		return "council/paper-form";
	}

	// consultations

	@GetMapping("/council/papers/{id}/consultations/new")
	String consultationNew(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		Map<String, String> values = FormBinder.empty(FormBinder.fields(ConsultationForm.class));
		return consultationPage(model, tenantId, findPaper(tenantId, id), null, values, Map.of());
	}

	@PostMapping("/council/papers/{id}/consultations")
	String consultationCreate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		UUID tenantId = tenant();
		return saveConsultation(model, tenantId, findPaper(tenantId, id), null, params, redirect);
	}

	@GetMapping("/council/consultations/{id}/edit")
	String consultationEdit(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		Map.Entry<UUID, Consultation> found = findConsultation(tenantId, id);
		Consultation consultation = found.getValue();
		Map<String, String> values = FormBinder.values(new ConsultationForm(consultation.committeeId(),
				consultation.meetingId(), consultation.role(), consultation.authoritative(), consultation.result()));
		return consultationPage(model, tenantId, findPaper(tenantId, found.getKey()), consultation, values, Map.of());
	}

	@PostMapping("/council/consultations/{id}")
	String consultationUpdate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Map.Entry<UUID, Consultation> found = findConsultation(tenantId, id);
		return saveConsultation(model, tenantId, findPaper(tenantId, found.getKey()), found.getValue(), params,
				redirect);
	}

	@PostMapping("/council/consultations/{id}/delete")
	String consultationDelete(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		Map.Entry<UUID, Consultation> found = findConsultation(tenantId, id);
		this.changes.delete("consultation", tenantId, id);
		redirect.addFlashAttribute("saved", "deleted");
		return "redirect:/council/papers/" + found.getKey();
	}

	private String saveConsultation(Model model, UUID tenantId, Paper paper, Consultation consultation,
			MultiValueMap<String, String> params, RedirectAttributes redirect) {
		List<PaperStore.Choice> committees = this.store.committees(tenantId);
		List<PaperStore.Meeting> meetings = this.store.meetings(tenantId);
		FormBinder.Bound<ConsultationForm> bound = this.forms.bind(params, ConsultationForm.class, (form, errors) -> {
			if (form.committee() != null && committees.stream().noneMatch((c) -> c.id().equals(form.committee()))) {
				errors.rejectValue("committee", "council.members.error.choice");
			}
			if (form.meeting() != null) {
				PaperStore.Meeting meeting = meetings.stream()
					.filter((m) -> m.id().equals(form.meeting()))
					.findFirst()
					.orElse(null);
				if (meeting == null) {
					errors.rejectValue("meeting", "council.members.error.choice");
				}
				else if (form.committee() != null && !meeting.committeeId().equals(form.committee())
						&& !errors.hasFieldErrors("committee")) {
					errors.rejectValue("meeting", "council.members.papers.error.meetingOfCommittee");
				}
			}
		});
		if (!bound.valid()) {
			return consultationPage(model, tenantId, paper, consultation, bound.checked().values(),
					bound.checked().errors());
		}
		UUID saved = (consultation != null) ? consultation.id() : UUID.randomUUID();
		this.changes.write("consultation", (consultation == null) ? "created" : "updated", saved, (now) -> {
			if (consultation == null) {
				this.store.createConsultation(tenantId, saved, paper.id(), bound.form(), now);
			}
			else {
				this.store.updateConsultation(tenantId, saved, bound.form(), now);
			}
		});
		redirect.addFlashAttribute("saved", "saved");
		return "redirect:/council/papers/" + paper.id();
	}

	private String consultationPage(Model model, UUID tenantId, Paper paper, Consultation consultation,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("paper", paper);
		model.addAttribute("consultation", consultation);
		model.addAttribute("committees", this.store.committees(tenantId));
		model.addAttribute("meetings",
				this.store.meetings(tenantId)
					.stream()
					.map((m) -> new PaperStore.Choice(m.id(), this.times.dateTime(m.startsAt()) + " – " + m.name()))
					.toList());
		model.addAttribute("roles", ConsultationRole.values());
		return "council/consultation-form";
	}

	// files

	@GetMapping("/council/papers/{id}/files/new")
	String fileForm(@PathVariable UUID id, Model model) {
		UUID tenantId = tenant();
		Paper paper = findPaper(tenantId, id);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(FileForm.class));
		boolean hasMain = this.store.files(tenantId, id).stream().anyMatch((f) -> f.purpose() == FilePurpose.MAIN);
		values.put("purpose", (hasMain ? FilePurpose.AUXILIARY : FilePurpose.MAIN).name());
		return filePage(model, paper, values, Map.of());
	}

	@PostMapping("/council/papers/{id}/files")
	String upload(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		UUID tenantId = tenant();
		Paper paper = findPaper(tenantId, id);
		FormBinder.Bound<FileForm> bound = this.forms.bind(params, FileForm.class, (form, errors) -> {
			if (form.purpose() != FilePurpose.MAIN && form.purpose() != FilePurpose.AUXILIARY) {
				errors.rejectValue("purpose", "council.members.error.choice");
			}
		});
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(bound.checked().errors());
		byte[] content = null;
		if (file == null || file.isEmpty()) {
			errors.put("file", new DefaultMessageSourceResolvable("council.members.papers.error.file.missing"));
		}
		else {
			// read at most one byte more than allowed: the size check needs no more
			long limit = this.maxFileSize.toBytes();
			content = file.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (content.length > limit) {
				errors.put("file",
						new DefaultMessageSourceResolvable(new String[] { "council.members.papers.error.file.size" },
								new Object[] { this.maxFileSize.toMegabytes() }));
			}
			else {
				switch (PdfCheck.check(content)) {
					case NOT_PDF -> errors.put("file",
							new DefaultMessageSourceResolvable("council.members.papers.error.file.notPdf"));
					case UNREADABLE -> errors.put("file",
							new DefaultMessageSourceResolvable("council.members.papers.error.file.unreadable"));
					case ACTIVE -> errors.put("file",
							new DefaultMessageSourceResolvable("council.members.papers.error.file.active"));
					case PDF -> {
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			return filePage(model, paper, bound.checked().values(), errors);
		}
		String fileName = fileName(file.getOriginalFilename());
		String name = (bound.form().name() != null) ? bound.form().name()
				: fileName.substring(0, fileName.length() - ".pdf".length());
		UUID saved = UUID.randomUUID();
		byte[] stored = content;
		this.changes.write("file", "created", saved,
				(now) -> this.store
					.createFile(tenantId, saved, paper.id(), bound.form().purpose(), name, fileName,
							this.times.today(this.clock), stored, sha1(stored), now)
					.ifPresent((replaced) -> this.changes.write("file", "deleted", replaced, (same) -> {
					})));
		redirect.addFlashAttribute("saved", "uploaded");
		return "redirect:/council/papers/" + paper.id();
	}

	@GetMapping("/council/files/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		UUID tenantId = tenant();
		PaperStore.File file = findFile(tenantId, id);
		byte[] content = this.store.content(tenantId, id).orElseThrow(PaperController::fileNotFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mimeType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	@PostMapping("/council/files/{id}/delete")
	String deleteFile(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = tenant();
		PaperStore.File file = findFile(tenantId, id);
		this.changes.delete("file", tenantId, id);
		redirect.addFlashAttribute("saved", "deleted");
		return "redirect:/council/papers/" + file.paperId();
	}

	private String filePage(Model model, Paper paper, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		FormPage.show(model, values, errors, this.messages, LABELS);
		model.addAttribute("paper", paper);
		model.addAttribute("purposes", List.of(FilePurpose.MAIN, FilePurpose.AUXILIARY));
		model.addAttribute("maxMegabytes", this.maxFileSize.toMegabytes());
		return "council/file-form";
	}

	/**
	 * A safe file name: the last part of what the browser sent, letters, digits and
	 * {@code . _ -} only, at most 120 characters, ending in {@code .pdf}.
	 */
	static String fileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
			.replaceAll("[^\\p{L}\\p{N}._-]+", "_")
			.replaceAll("^[._]+", "");
		if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			name = name.substring(0, name.length() - 4);
		}
		if (name.length() > 116) {
			name = name.substring(0, 116);
		}
		if (name.isBlank() || name.matches("_*")) {
			name = "dokument";
		}
		return name + ".pdf";
	}

	private static String sha1(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// finding

	private static UUID tenant() {
		return CurrentActor.get().tenantId();
	}

	private Paper findPaper(UUID tenantId, UUID id) {
		return this.store.paper(tenantId, id)
			.orElseThrow(() -> new NotFoundException("council.members.papers.error.notFound.paper"));
	}

	private Map.Entry<UUID, Consultation> findConsultation(UUID tenantId, UUID id) {
		return this.store.consultation(tenantId, id)
			.orElseThrow(() -> new NotFoundException("council.members.papers.error.notFound.consultation"));
	}

	private PaperStore.File findFile(UUID tenantId, UUID id) {
		return this.store.file(tenantId, id).orElseThrow(PaperController::fileNotFound);
	}

	private static NotFoundException fileNotFound() {
		return new NotFoundException("council.members.papers.error.notFound.file");
	}

}
