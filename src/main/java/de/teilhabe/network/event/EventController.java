package de.teilhabe.network.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Forms;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.Editing.Outcome;
import de.teilhabe.network.moderation.EditingPages;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event pages: upcoming events with filters, detail, create and edit. Events of the
 * office itself are the office's; events of an organisation are edited by its partner
 * through moderation.
 */
@Controller
class EventController {

	private final EventStore events;

	private final OrganisationStore organisations;

	private final Editing editing;

	private final NetworkScope scope;

	private final RegionChoices regionChoices;

	private final MessageSource messages;

	private final Clock clock;

	EventController(EventStore events, OrganisationStore organisations, Editing editing, NetworkScope scope,
			RegionChoices regionChoices, MessageSource messages, Clock clock) {
		this.events = events;
		this.organisations = organisations;
		this.editing = editing;
		this.scope = scope;
		this.regionChoices = regionChoices;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/network/events")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Filter filter = new Filter(q, kind, language, region, null);
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.events.search(actor.tenantId(), filter, OffsetDateTime.now(this.clock), false,
				new ApiPaging(page, 50)));
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("gemeinden", this.regionChoices.gemeinden(actor.tenantId()));
		model.addAttribute("office", this.scope.isOffice(actor));
		return "network/events";
	}

	@GetMapping("/network/events/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		NetworkEvent event = find(actor, id);
		if (!this.scope.readsAll(actor) && !this.scope.ownsOrganisation(actor, event.organisationId())) {
			throw new NotFoundException("network.error.notFound.event");
		}
		model.addAttribute("event", event);
		model.addAttribute("editable", mayEdit(actor, event));
		model.addAttribute("pending", this.editing.pendingFor(actor.tenantId(), id).orElse(null));
		model.addAttribute("office", this.scope.isOffice(actor));
		model.addAttribute("regionName", this.regionChoices.name(event.regionKey()));
		return "network/event";
	}

	/** A new event of the office itself. */
	@GetMapping("/network/events/new")
	String createOfficeForm(Model model) {
		Actor actor = this.scope.officeActor();
		return form(model, actor, null, null, EventForm.empty(), Map.of());
	}

	@PostMapping("/network/events")
	String createOffice(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.scope.officeActor();
		Outcome outcome = this.editing.save(actor, EntityType.EVENT, null, null, Forms.read(params, EventForm.FIELDS));
		return saved(outcome, model, actor, null, null, response, redirect);
	}

	@GetMapping("/network/organisations/{organisationId}/events/new")
	String createForm(@PathVariable UUID organisationId, Model model) {
		Actor actor = CurrentActor.get();
		Organisation organisation = editableOrganisation(actor, organisationId);
		return form(model, actor, organisation, null, EventForm.empty(), Map.of());
	}

	@PostMapping("/network/organisations/{organisationId}/events")
	String create(@PathVariable UUID organisationId, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Organisation organisation = editableOrganisation(actor, organisationId);
		Outcome outcome = this.editing.save(actor, EntityType.EVENT, null, organisationId,
				Forms.read(params, EventForm.FIELDS));
		return saved(outcome, model, actor, organisation, null, response, redirect);
	}

	@GetMapping("/network/events/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.get();
		NetworkEvent event = editable(actor, id);
		Organisation organisation = organisationOf(actor, event);
		Map<String, String> values = this.editing.formValues(actor, EntityType.EVENT, id, event.organisationId());
		return form(model, actor, organisation, event, values, Map.of());
	}

	@PostMapping("/network/events/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		NetworkEvent event = editable(actor, id);
		Organisation organisation = organisationOf(actor, event);
		Outcome outcome = this.editing.save(actor, EntityType.EVENT, id, event.organisationId(),
				Forms.read(params, EventForm.FIELDS));
		return saved(outcome, model, actor, organisation, event, response, redirect);
	}

	private String saved(Outcome outcome, Model model, Actor actor, Organisation organisation, NetworkEvent event,
			HttpServletResponse response, RedirectAttributes redirect) {
		return EditingPages.answer(outcome, response, redirect,
				(values, errors) -> form(model, actor, organisation, event, values, errors),
				(submitted) -> "/network/organisations/" + organisation.id(), (id) -> "/network/events/" + id, "saved");
	}

	private String form(Model model, Actor actor, Organisation organisation, NetworkEvent event,
			Map<String, String> values, Map<String, ? extends MessageSourceResolvable> errors) {
		Forms.show(model, values, errors, this.messages);
		model.addAttribute("organisation", organisation);
		model.addAttribute("event", event);
		model.addAttribute("moderated",
				organisation != null && this.scope.editsThroughModeration(actor, organisation.id()));
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("gemeinden", this.regionChoices.gemeinden(actor.tenantId()));
		return "network/event-form";
	}

	private boolean mayEdit(Actor actor, NetworkEvent event) {
		return (event.organisationId() == null) ? this.scope.isOffice(actor)
				: this.scope.mayEdit(actor, event.organisationId());
	}

	private NetworkEvent find(Actor actor, UUID id) {
		return this.events.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.event"));
	}

	private NetworkEvent editable(Actor actor, UUID id) {
		NetworkEvent event = find(actor, id);
		if (!mayEdit(actor, event)) {
			throw new NotFoundException("network.error.notFound.event");
		}
		return event;
	}

	private Organisation organisationOf(Actor actor, NetworkEvent event) {
		return (event.organisationId() == null) ? null : editableOrganisation(actor, event.organisationId());
	}

	private Organisation editableOrganisation(Actor actor, UUID organisationId) {
		this.scope.requireEditable(actor, organisationId);
		return this.organisations.find(actor.tenantId(), organisationId)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

}
