package de.teilhabe.network.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.event.EventStore;
import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Forms;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.Editing.Outcome;
import de.teilhabe.network.moderation.EditingPages;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import de.teilhabe.shared.web.form.CheckedValues;
import de.teilhabe.shared.web.form.FormBinder;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation pages: list with search and filters, detail, create (office, with a
 * duplicate warning) and edit (office directly, a partner through moderation).
 */
@Controller
class OrganisationController {

	static final int PAGE_SIZE = 50;

	private final OrganisationStore organisations;

	private final ContactPersons contacts;

	private final OfferStore offers;

	private final EventStore events;

	private final Editing editing;

	private final NetworkScope scope;

	private final RegionChoices regionChoices;

	private final FormBinder forms;

	private final MessageSource messages;

	private final Clock clock;

	private final ContactReads reads;

	OrganisationController(OrganisationStore organisations, ContactPersons contacts, OfferStore offers,
			EventStore events, Editing editing, NetworkScope scope, RegionChoices regionChoices, FormBinder forms,
			MessageSource messages, Clock clock, ContactReads reads) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.offers = offers;
		this.events = events;
		this.editing = editing;
		this.scope = scope;
		this.regionChoices = regionChoices;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
		this.reads = reads;
	}

	@GetMapping("/network/organisations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region,
			@RequestParam(required = false) String field, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Filter filter = new Filter(q, kind, language, region, field);
		model.addAttribute("filter", filter);
		model.addAttribute("result",
				this.organisations.search(actor.tenantId(), filter, new ApiPaging(page, PAGE_SIZE)));
		model.addAttribute("office", this.scope.isOffice(actor));
		choices(model, actor);
		return "network/organisations";
	}

	/** A partner's way to its own organisation. */
	@GetMapping("/network/mine")
	String mine(Model model) {
		UUID organisation = this.scope.partnerOrganisation(CurrentActor.get())
			.orElseThrow(() -> new NotFoundException("network.error.notBound"));
		return "redirect:/network/organisations/" + organisation;
	}

	@GetMapping("/network/organisations/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		this.scope.requireVisible(actor, id);
		Organisation organisation = find(actor, id);
		model.addAttribute("organisation", organisation);
		List<ContactPerson> contacts = this.contacts.of(actor.tenantId(), id);
		this.reads.read(ContactReads.VIEWED, contacts);
		model.addAttribute("contacts", contacts);
		model.addAttribute("withdrawableConsents",
				this.scope.isOffice(actor) ? this.contacts.validConsentIds(actor.tenantId(), contacts) : Map.of());
		model.addAttribute("offers", this.offers.ofOrganisation(actor.tenantId(), id));
		model.addAttribute("events", this.events.ofOrganisation(actor.tenantId(), id));
		model.addAttribute("office", this.scope.isOffice(actor));
		model.addAttribute("editable", this.scope.mayEdit(actor, id));
		model.addAttribute("own", this.scope.ownsOrganisation(actor, id));
		model.addAttribute("pending", this.editing.pendingFor(actor.tenantId(), id).orElse(null));
		model.addAttribute("changes",
				this.scope.mayEdit(actor, id) ? this.editing.changesOf(actor.tenantId(), id) : List.of());
		model.addAttribute("regionNames", this.regionChoices.names(actor.tenantId()));
		return "network/organisation";
	}

	@GetMapping("/network/organisations/new")
	String createForm(Model model) {
		Actor actor = this.scope.officeActor();
		return form(model, actor, null, OrganisationForm.empty(), Map.of());
	}

	@PostMapping("/network/organisations")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		Map<String, String> raw = Forms.read(params, OrganisationForm.FIELDS);
		CheckedValues check = OrganisationForm.check(this.forms, raw);
		if (check.valid() && !"true".equals(params.getFirst("ignoreDuplicates"))) {
			List<Organisation> similar = this.organisations.similar(actor.tenantId(), check.values().get("name"),
					emptyToNull(check.values().get("postcode")), emptyToNull(check.values().get("city")));
			if (!similar.isEmpty()) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("duplicates", similar);
				return form(model, actor, null, check.values(), Map.of());
			}
		}
		return saved(this.editing.save(actor, EntityType.ORGANISATION, null, null, raw), model, actor, null, redirect);
	}

	@GetMapping("/network/organisations/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		this.scope.requireEditable(actor, id);
		Map<String, String> values = this.editing.formValues(actor, EntityType.ORGANISATION, id, id);
		return form(model, actor, find(actor, id), values, Map.of());
	}

	@PostMapping("/network/organisations/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.scope.requireEditable(actor, id);
		Organisation organisation = find(actor, id);
		Map<String, String> raw = Forms.read(params, OrganisationForm.FIELDS);
		return saved(this.editing.save(actor, EntityType.ORGANISATION, id, id, raw), model, actor, organisation,
				redirect);
	}

	/** The partner (or the office) confirms that the entries are current. */
	@PostMapping("/network/organisations/{id}/confirm")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.scope.requireEditable(actor, id);
		find(actor, id);
		this.organisations.confirm(actor.tenantId(), id, OffsetDateTime.now(this.clock));
		redirect.addFlashAttribute("saved", "confirmed");
		return "redirect:/network/organisations/" + id;
	}

	private String saved(Outcome outcome, Model model, Actor actor, Organisation organisation,
			RedirectAttributes redirect) {
		return EditingPages.answer(outcome, redirect,
				(values, errors) -> form(model, actor, organisation, values, errors),
				(submitted) -> "/network/organisations/" + submitted.entityId(), (id) -> "/network/organisations/" + id,
				"saved");
	}

	private String form(Model model, Actor actor, Organisation organisation, Map<String, String> values,
			Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("organisation", organisation);
		model.addAttribute("moderated",
				organisation != null && this.scope.editsThroughModeration(actor, organisation.id()));
		choices(model, actor);
		return "network/organisation-form";
	}

	private void choices(Model model, Actor actor) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("fieldsOfWork", FieldOfWork.values());
		model.addAttribute("gemeinden", this.regionChoices.gemeinden(actor.tenantId()));
	}

	private Organisation find(Actor actor, UUID id) {
		return this.organisations.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
