package de.teilhabe.network.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Forms;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.organisation.EditableOrganisations;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationEntryForm;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.NotFoundException;

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

	private final Editing editing;

	private final NetworkScope scope;

	private final RegionChoices regionChoices;

	private final MessageSource messages;

	private final Clock clock;

	private final OrganisationEntryForm<NetworkEvent> entries;

	EventController(EventStore events, EditableOrganisations organisations, Editing editing, NetworkScope scope,
			RegionChoices regionChoices, MessageSource messages, Clock clock) {
		this.events = events;
		this.editing = editing;
		this.scope = scope;
		this.regionChoices = regionChoices;
		this.messages = messages;
		this.clock = clock;
		this.entries = new OrganisationEntryForm<>(editing, organisations, scope, EntityType.EVENT, EventForm.FIELDS,
				EventForm::empty, this::editable, NetworkEvent::organisationId, this::formPage,
				(id) -> "/network/events/" + id);
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

	/**
	 * A new event of the office itself (office only), a new event of an organisation, or
	 * an event to edit.
	 */
	@GetMapping({ "/network/events/new", "/network/organisations/{organisationId}/events/new",
			"/network/events/{id}/edit" })
	String form(@PathVariable(required = false) UUID organisationId, @PathVariable(required = false) UUID id,
			Model model) {
		return this.entries.show(model, organisationId, id);
	}

	@PostMapping({ "/network/events", "/network/organisations/{organisationId}/events", "/network/events/{id}" })
	String save(@PathVariable(required = false) UUID organisationId, @PathVariable(required = false) UUID id,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		return this.entries.save(model, organisationId, id, params, redirect);
	}

	private String formPage(Model model, Actor actor, Organisation organisation, NetworkEvent event,
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

}
