package de.teilhabe.strategy.dialog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.network.OrganisationSummary;
import de.teilhabe.network.Organisations;
import de.teilhabe.privacy.HowGiven;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.documents.DocumentRequest;
import de.teilhabe.shared.documents.Documents;
import de.teilhabe.shared.qr.QrCodes;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.HtmxPages;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormPage;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.concept.Field;
import de.teilhabe.strategy.dialog.DialogStore.WorkshopValues;
import de.teilhabe.strategy.dialog.Forms.ParticipantForm;
import de.teilhabe.strategy.dialog.Forms.StatementEditForm;
import de.teilhabe.strategy.dialog.Forms.WorkshopForm;
import de.teilhabe.strategy.dialog.Records.Dialog;
import de.teilhabe.strategy.dialog.Records.Participant;
import de.teilhabe.strategy.dialog.Records.StakeholderGroup;
import de.teilhabe.strategy.dialog.Records.Statement;
import de.teilhabe.strategy.dialog.Records.Workshop;
import de.teilhabe.shared.web.ApiPaging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Workshops of a dialog: the form, the workshop page with its named participants, live
 * capture (open, the facilitator's live screen, close), the facilitator's changes of a
 * statement (Handlungsfeld, duplicate of another), the figures handout and the protocol
 * (HTML and PDF).
 */
@Controller
class WorkshopController {

	private final DialogStore store;

	private final ConceptStore concepts;

	private final Participants participants;

	private final FiguresHandout handout;

	private final Organisations organisations;

	private final Tenants tenants;

	private final Documents documents;

	private final FormBinder forms;

	private final MessageSource messages;

	private final Times times;

	private final Clock clock;

	WorkshopController(DialogStore store, ConceptStore concepts, Participants participants, FiguresHandout handout,
			Organisations organisations, Tenants tenants, Documents documents, FormBinder forms, MessageSource messages,
			Times times, Clock clock) {
		this.store = store;
		this.concepts = concepts;
		this.participants = participants;
		this.handout = handout;
		this.organisations = organisations;
		this.tenants = tenants;
		this.documents = documents;
		this.forms = forms;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	// the workshop form

	@GetMapping({ "/strategy/dialogs/{dialogId}/workshops/new", "/strategy/workshops/{id}/edit" })
	String form(@PathVariable(required = false) UUID dialogId, @PathVariable(required = false) UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = (id != null) ? find(tenantId, id) : null;
		Dialog dialog = dialog(tenantId, (workshop != null) ? workshop.dialogId() : dialogId);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(WorkshopForm.class));
		if (workshop != null) {
			ZonedDateTime starts = this.times.local(workshop.startsAt());
			values.put("title", workshop.title());
			values.put("date", starts.toLocalDate().toString());
			values.put("time", starts.toLocalTime().toString());
			values.put("place", workshop.place());
			values.put("group", workshop.groupName());
			values.put("capacity", Integer.toString(workshop.capacity()));
			values.put("facilitators", (workshop.facilitators() != null) ? workshop.facilitators() : "");
			values.put("participantCount", Integer.toString(workshop.participantCount()));
		}
		else {
			values.put("capacity", "60");
			values.put("participantCount", "0");
		}
		FormPage.show(model, values, Map.of(), this.messages, "strategy.dialog.field.");
		return formPage(model, tenantId, dialog, workshop);
	}

	@PostMapping({ "/strategy/dialogs/{dialogId}/workshops", "/strategy/workshops/{id}" })
	String save(@PathVariable(required = false) UUID dialogId, @PathVariable(required = false) UUID id,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = (id != null) ? find(tenantId, id) : null;
		Dialog dialog = dialog(tenantId, (workshop != null) ? workshop.dialogId() : dialogId);
		List<StakeholderGroup> groups = this.store.groups(tenantId);
		FormBinder.Bound<WorkshopForm> bound = this.forms.bind(params.toSingleValueMap(), WorkshopForm.class,
				(form, errors) -> {
					if (form.group() != null && group(groups, form.group()).isEmpty()) {
						errors.rejectValue("group", "strategy.dialog.error.choice", new Object[] { form.group() },
								null);
					}
				});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			FormPage.show(model, checked, this.messages, "strategy.dialog.field.");
			return formPage(model, tenantId, dialog, workshop);
		}
		WorkshopForm form = bound.form();
		WorkshopValues values = new WorkshopValues(form.title().strip(), this.times.at(form.date(), form.time()),
				form.place().strip(), group(groups, form.group()).orElseThrow().id(), form.capacity(),
				blankToNull(form.facilitators()), (form.participantCount() != null) ? form.participantCount() : 0);
		UUID saved = id;
		if (workshop == null) {
			saved = this.store.createWorkshop(tenantId, dialog.id(), values, OffsetDateTime.now(this.clock));
		}
		else {
			this.store.updateWorkshop(tenantId, workshop.id(), values);
		}
		return "redirect:/strategy/workshops/" + saved;
	}

	private String formPage(Model model, UUID tenantId, Dialog dialog, Workshop workshop) {
		model.addAttribute("dialog", dialog);
		model.addAttribute("workshop", workshop);
		model.addAttribute("groupNames", this.store.groups(tenantId).stream().map(StakeholderGroup::name).toList());
		return "strategy/dialog/workshop-form";
	}

	// the workshop page

	@GetMapping("/strategy/workshops/{id}")
	String workshop(@PathVariable UUID id, Model model, HttpServletRequest request) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		model.addAttribute("workshop", workshop);
		model.addAttribute("dialog", dialog(tenantId, workshop.dialogId()));
		model.addAttribute("participants", named(tenantId, workshop.id()));
		model.addAttribute("joinCode", JoinCodes.shown(workshop.joinCode()));
		model.addAttribute("joinUrl", joinUrl(workshop));
		return "strategy/dialog/workshop";
	}

	// named participants

	@GetMapping("/strategy/workshops/{id}/participants/new")
	String participantForm(@PathVariable UUID id, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(ParticipantForm.class));
		values.put("consentDate", this.times.today(this.clock).toString());
		FormPage.show(model, values, Map.of(), this.messages, "strategy.dialog.field.");
		return participantPage(model, tenantId, workshop);
	}

	@PostMapping("/strategy/workshops/{id}/participants")
	String addParticipant(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		FormBinder.Bound<ParticipantForm> bound = this.forms.bind(params.toSingleValueMap(), ParticipantForm.class,
				(form, errors) -> {
					if (form.organisation() != null && !form.organisation().isBlank()
							&& organisation(tenantId, form.organisation()).isEmpty()) {
						errors.rejectValue("organisation", "strategy.dialog.error.unknownOrganisation",
								new Object[] { form.organisation().strip() }, null);
					}
					if (form.consentDate() != null && form.consentDate().isAfter(this.times.today(this.clock))) {
						errors.rejectValue("consentDate", "strategy.dialog.error.future");
					}
				});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			FormPage.show(model, checked, this.messages, "strategy.dialog.field.");
			return participantPage(model, tenantId, workshop);
		}
		ParticipantForm form = bound.form();
		UUID organisationId = (form.organisation() == null || form.organisation().isBlank()) ? null
				: organisation(tenantId, form.organisation()).orElseThrow().id();
		this.participants.add(tenantId, workshop.id(), form.name().strip(), organisationId, form.consentHow(),
				form.consentDate());
		redirect.addFlashAttribute("participantAdded", form.name().strip());
		return "redirect:/strategy/workshops/" + workshop.id();
	}

	private String participantPage(Model model, UUID tenantId, Workshop workshop) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("hows", HowGiven.values());
		model.addAttribute("consentText", this.participants.consentText(tenantId));
		return "strategy/dialog/participant-form";
	}

	private Optional<OrganisationSummary> organisation(UUID tenantId, String name) {
		return this.organisations.searchByName(tenantId, name.strip(), ApiPaging.of(0, 100))
			.items()
			.stream()
			.filter((organisation) -> organisation.name().equalsIgnoreCase(name.strip()))
			.findFirst();
	}

	/** Named participants (valid consent) with their organisation's name. */
	private List<Map<String, String>> named(UUID tenantId, UUID workshopId) {
		List<Map<String, String>> named = new ArrayList<>();
		for (Participant participant : this.participants.named(tenantId, workshopId)) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("name", participant.name());
			row.put("organisation",
					(participant.organisationId() == null) ? ""
							: this.organisations.find(tenantId, participant.organisationId())
								.map(OrganisationSummary::name)
								.orElse(""));
			named.add(row);
		}
		return named;
	}

	// live capture

	@PostMapping("/strategy/workshops/{id}/capture/open")
	String openCapture(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		if (!workshop.captureClosed() && !workshop.captureOpen()) {
			for (int attempt = 0; attempt < 5; attempt++) {
				try {
					this.store.openCapture(tenantId, workshop.id(), JoinCodes.draw(), OffsetDateTime.now(this.clock));
					break;
				}
				catch (DialogStore.JoinCodeTaken ex) {
					// another workshop drew the same code: draw again
				}
			}
		}
		return "redirect:/strategy/workshops/" + workshop.id() + "/capture";
	}

	@PostMapping("/strategy/workshops/{id}/capture/close")
	String closeCapture(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		this.store.closeCapture(tenantId, workshop.id(), OffsetDateTime.now(this.clock));
		return "redirect:/strategy/workshops/" + workshop.id();
	}

	@GetMapping("/strategy/workshops/{id}/capture")
	String capture(@PathVariable UUID id, Model model, HttpServletRequest request) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		List<Statement> statements = this.store.statements(tenantId, workshop.id());
		model.addAttribute("workshop", workshop);
		model.addAttribute("statements", statements);
		model.addAttribute("shownCount", statements.stream().filter((s) -> s.mergedInto() == null).count());
		model.addAttribute("joinCode", JoinCodes.shown(workshop.joinCode()));
		model.addAttribute("joinUrl", joinUrl(workshop));
		model.addAttribute("types", StatementType.values());
		return HtmxPages.pageOrFragment(request, "strategy/dialog/capture", "feed");
	}

	@GetMapping(value = "/strategy/workshops/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qr(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		if (!workshop.captureOpen()) {
			throw new NotFoundException("strategy.dialog.error.captureNotOpen");
		}
		String label = this.messages.getMessage("strategy.dialog.capture.qr",
				new Object[] { JoinCodes.shown(workshop.joinCode()) }, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(QrCodes.svg(joinUrl(workshop), label));
	}

	private static String joinUrl(Workshop workshop) {
		if (!workshop.captureOpen()) {
			return null;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/w/" + workshop.joinCode()).toUriString();
	}

	// the facilitator's changes of a statement

	@GetMapping("/strategy/workshops/{id}/statements/{statementId}")
	String statementForm(@PathVariable UUID id, @PathVariable UUID statementId, Model model) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		Statement statement = statement(tenantId, workshop, statementId);
		Map<String, String> values = FormBinder.empty(FormBinder.fields(StatementEditForm.class));
		values.put("field", (statement.fieldName() != null) ? statement.fieldName() : "");
		values.put("mergedInto", (statement.mergedInto() != null) ? statement.mergedInto().toString() : "");
		FormPage.show(model, values, Map.of(), this.messages, "strategy.dialog.field.");
		return statementPage(model, tenantId, workshop, statement);
	}

	@PostMapping("/strategy/workshops/{id}/statements/{statementId}")
	String editStatement(@PathVariable UUID id, @PathVariable UUID statementId,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		UUID tenantId = CurrentActor.get().tenantId();
		Workshop workshop = find(tenantId, id);
		Statement statement = statement(tenantId, workshop, statementId);
		Dialog dialog = dialog(tenantId, workshop.dialogId());
		List<Field> fields = this.concepts.fields(tenantId, dialog.conceptId());
		List<Statement> others = mergeTargets(tenantId, workshop, statement);
		FormBinder.Bound<StatementEditForm> bound = this.forms.bind(params.toSingleValueMap(), StatementEditForm.class,
				(form, errors) -> {
					if (form.field() != null && !form.field().isBlank() && field(fields, form.field()).isEmpty()) {
						errors.rejectValue("field", "strategy.dialog.error.choice", new Object[] { form.field() },
								null);
					}
					if (form.mergedInto() != null
							&& others.stream().noneMatch((other) -> other.id().equals(form.mergedInto()))) {
						errors.rejectValue("mergedInto", "strategy.dialog.error.mergeTarget");
					}
				});
		CheckedValues checked = bound.checked();
		if (!checked.valid()) {
			FormPage.show(model, checked, this.messages, "strategy.dialog.field.");
			return statementPage(model, tenantId, workshop, statement);
		}
		StatementEditForm form = bound.form();
		UUID fieldId = (form.field() == null || form.field().isBlank()) ? null
				: field(fields, form.field()).orElseThrow().id();
		this.store.editStatement(tenantId, workshop.id(), statement.id(), fieldId, form.mergedInto());
		return "redirect:/strategy/workshops/" + workshop.id() + "/capture";
	}

	private String statementPage(Model model, UUID tenantId, Workshop workshop, Statement statement) {
		Dialog dialog = dialog(tenantId, workshop.dialogId());
		model.addAttribute("workshop", workshop);
		model.addAttribute("statement", statement);
		model.addAttribute("fieldNames",
				this.concepts.fields(tenantId, dialog.conceptId()).stream().map(Field::name).toList());
		model.addAttribute("mergeTargets", mergeTargets(tenantId, workshop, statement));
		return "strategy/dialog/statement-form";
	}

	/** The statements of the same workshop and type a statement can be merged into. */
	private List<Statement> mergeTargets(UUID tenantId, Workshop workshop, Statement statement) {
		return this.store.statements(tenantId, workshop.id())
			.stream()
			.filter((other) -> !other.id().equals(statement.id()) && other.mergedInto() == null
					&& other.type() == statement.type())
			.toList();
	}

	private Statement statement(UUID tenantId, Workshop workshop, UUID statementId) {
		return this.store.statement(tenantId, workshop.id(), statementId)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.statement"));
	}

	// handout and protocol

	@GetMapping("/strategy/workshops/{id}/handout")
	String handout(@PathVariable UUID id, Model model) {
		handoutModel(model, CurrentActor.get().tenantId(), id);
		return "strategy/dialog/handout";
	}

	@GetMapping("/strategy/workshops/{id}/handout.pdf")
	ResponseEntity<byte[]> handoutPdf(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		Map<String, Object> variables = new LinkedHashMap<>();
		handoutModel(new org.springframework.ui.ExtendedModelMap(), tenantId, id).forEach(variables::put);
		Locale locale = LocaleContextHolder.getLocale();
		String title = this.messages.getMessage("strategy.dialog.handout.title",
				new Object[] { ((Workshop) variables.get("workshop")).title() }, locale);
		byte[] pdf = this.documents.render(DocumentRequest.ofTemplate("strategy/dialog/handout", variables, title,
				locale, this.tenants.letterhead(tenantId)));
		return Documents.download(pdf, "zahlen-daten-fakten.pdf");
	}

	private Map<String, Object> handoutModel(Model model, UUID tenantId, UUID id) {
		Workshop workshop = find(tenantId, id);
		Dialog dialog = dialog(tenantId, workshop.dialogId());
		Tenant tenant = this.tenants.find(tenantId).orElseThrow();
		model.addAttribute("workshop", workshop);
		model.addAttribute("dialog", dialog);
		model.addAttribute("tenant", tenant);
		model.addAttribute("sections", this.handout.sections(tenantId, tenant.homeRegionKey(),
				this.concepts.fields(tenantId, dialog.conceptId()), LocaleContextHolder.getLocale()));
		return model.asMap();
	}

	@GetMapping("/strategy/workshops/{id}/protocol")
	String protocol(@PathVariable UUID id, Model model) {
		protocolModel(model, CurrentActor.get().tenantId(), id);
		return "strategy/dialog/protocol";
	}

	@GetMapping("/strategy/workshops/{id}/protocol.pdf")
	ResponseEntity<byte[]> protocolPdf(@PathVariable UUID id) {
		UUID tenantId = CurrentActor.get().tenantId();
		Map<String, Object> variables = new LinkedHashMap<>();
		protocolModel(new org.springframework.ui.ExtendedModelMap(), tenantId, id).forEach(variables::put);
		Locale locale = LocaleContextHolder.getLocale();
		String title = this.messages.getMessage("strategy.dialog.protocol.title",
				new Object[] { ((Workshop) variables.get("workshop")).title() }, locale);
		byte[] pdf = this.documents.render(DocumentRequest.ofTemplate("strategy/dialog/protocol", variables, title,
				locale, this.tenants.letterhead(tenantId)));
		return Documents.download(pdf, "protokoll.pdf");
	}

	/** A Handlungsfeld of the protocol with its statements (and their duplicates). */
	public record ProtocolSection(String field, List<ProtocolStatement> statements) {
	}

	/** A statement of the protocol with the number of duplicates merged into it. */
	public record ProtocolStatement(StatementType type, String text, String smallGroup, long duplicates) {
	}

	private Map<String, Object> protocolModel(Model model, UUID tenantId, UUID id) {
		Workshop workshop = find(tenantId, id);
		Dialog dialog = dialog(tenantId, workshop.dialogId());
		List<Statement> statements = this.store.statements(tenantId, workshop.id());
		List<ProtocolSection> sections = new ArrayList<>();
		List<String> fieldNames = new ArrayList<>(
				this.concepts.fields(tenantId, dialog.conceptId()).stream().map(Field::name).toList());
		fieldNames.add(null);
		for (String field : fieldNames) {
			List<ProtocolStatement> shown = statements.stream()
				.filter((s) -> s.mergedInto() == null && java.util.Objects.equals(s.fieldName(), field))
				.sorted(java.util.Comparator.comparing(Statement::type))
				.map((s) -> new ProtocolStatement(s.type(), s.text(), s.smallGroup(),
						statements.stream().filter((other) -> s.id().equals(other.mergedInto())).count()))
				.toList();
			if (!shown.isEmpty()) {
				sections.add(new ProtocolSection(field, shown));
			}
		}
		model.addAttribute("workshop", workshop);
		model.addAttribute("dialog", dialog);
		model.addAttribute("participants", named(tenantId, workshop.id()));
		model.addAttribute("sections", sections);
		model.addAttribute("goals", this.store.goalTitles(tenantId, workshop.id()));
		return model.asMap();
	}

	// lookups

	private Workshop find(UUID tenantId, UUID id) {
		return this.store.workshop(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.workshop"));
	}

	private Dialog dialog(UUID tenantId, UUID id) {
		return this.store.dialog(tenantId, id)
			.orElseThrow(() -> new NotFoundException("strategy.dialog.error.notFound.dialog"));
	}

	private static Optional<StakeholderGroup> group(List<StakeholderGroup> groups, String name) {
		return groups.stream().filter((group) -> group.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	private static Optional<Field> field(List<Field> fields, String name) {
		return fields.stream().filter((field) -> field.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
