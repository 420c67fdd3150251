package de.teilhabe.network.api;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.network.event.EventForm;
import de.teilhabe.network.event.EventStore;
import de.teilhabe.network.event.NetworkEvent;
import de.teilhabe.network.moderation.Editing;
import de.teilhabe.network.moderation.Editing.Applied;
import de.teilhabe.network.moderation.Editing.Invalid;
import de.teilhabe.network.moderation.Editing.Outcome;
import de.teilhabe.network.moderation.Editing.Submitted;
import de.teilhabe.network.moderation.EntityType;
import de.teilhabe.network.offer.Offer;
import de.teilhabe.network.offer.OfferForm;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.organisation.ContactPersons;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationForm;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ConflictException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The write API of the network, so that an office can keep its organisations, offers and
 * events in step with another system: the same fields, checks, moderation and audit as
 * the pages, because every write goes through {@link Editing} like a submitted form. The
 * office's changes go live at once (201 or 200 with the entry); a partner's changes of
 * its own organisation wait for approval (202 with the pending change). A body with
 * invalid fields is 422 with each field's message in the caller's language.
 */
@RestController
@RequestMapping("/api/v1")
class NetworkWriteApiController {

	/** The body fields besides the form's fields. */
	private static final String ORGANISATION_ID = "organisationId";

	private static final String IGNORE_DUPLICATES = "ignoreDuplicates";

	private static final int MAX_NAME = 200;

	private final Editing editing;

	private final NetworkScope scope;

	private final OrganisationStore organisations;

	private final ContactPersons contacts;

	private final OfferStore offers;

	private final EventStore events;

	private final Clock clock;

	NetworkWriteApiController(Editing editing, NetworkScope scope, OrganisationStore organisations,
			ContactPersons contacts, OfferStore offers, EventStore events, Clock clock) {
		this.editing = editing;
		this.scope = scope;
		this.organisations = organisations;
		this.contacts = contacts;
		this.offers = offers;
		this.events = events;
		this.clock = clock;
	}

	/** A new organisation (the office only; a similar name in the same place is 409). */
	@PostMapping("/organisations")
	ResponseEntity<Object> createOrganisation(@RequestBody Map<String, Object> body) {
		Actor actor = this.scope.officeActor();
		Map<String, String> values = values(body, OrganisationForm.FIELDS, OrganisationForm.empty(),
				List.of(IGNORE_DUPLICATES));
		String name = values.get("name").strip();
		// a name the checks refuse (empty, too long) is answered by them
		if (!"true".equals(values.get(IGNORE_DUPLICATES)) && !name.isEmpty() && name.length() <= MAX_NAME) {
			List<Organisation> similar = this.organisations.similar(actor.tenantId(), name,
					emptyToNull(values.get("postcode")), emptyToNull(values.get("city")));
			if (!similar.isEmpty()) {
				throw new ConflictException("network.api.error.duplicate",
						String.join("; ", similar.stream().map(Organisation::name).toList()));
			}
		}
		values.remove(IGNORE_DUPLICATES);
		return answer(this.editing.save(actor, EntityType.ORGANISATION, null, null, values), true,
				"/api/v1/organisations/", (id) -> this.organisation(actor, id));
	}

	/** Changes an organisation (the office; its partner through moderation). */
	@PutMapping("/organisations/{id}")
	ResponseEntity<Object> updateOrganisation(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		this.scope.requireEditable(actor, id);
		organisationOf(actor, id);
		Map<String, String> values = values(body, OrganisationForm.FIELDS, OrganisationForm.empty(), List.of());
		return answer(this.editing.save(actor, EntityType.ORGANISATION, id, id, values), false,
				"/api/v1/organisations/", (saved) -> this.organisation(actor, saved));
	}

	/** A new offer of an organisation (the office; its partner through moderation). */
	@PostMapping("/offers")
	ResponseEntity<Object> createOffer(@RequestBody Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = values(body, OfferForm.FIELDS, OfferForm.empty(), List.of(ORGANISATION_ID));
		UUID organisationId = requiredOrganisation(values.remove(ORGANISATION_ID));
		this.scope.requireEditable(actor, organisationId);
		organisationOf(actor, organisationId);
		return answer(this.editing.save(actor, EntityType.OFFER, null, organisationId, values), true, "/api/v1/offers/",
				(id) -> this.offers.find(actor.tenantId(), id).orElseThrow());
	}

	/** Changes an offer (the office; its organisation's partner through moderation). */
	@PutMapping("/offers/{id}")
	ResponseEntity<Object> updateOffer(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Offer offer = this.offers.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.offer"));
		this.scope.requireEditable(actor, offer.organisationId());
		Map<String, String> values = values(body, OfferForm.FIELDS, OfferForm.empty(), List.of());
		return answer(this.editing.save(actor, EntityType.OFFER, id, offer.organisationId(), values), false,
				"/api/v1/offers/", (saved) -> this.offers.find(actor.tenantId(), saved).orElseThrow());
	}

	/**
	 * A new event: of an organisation ({@code organisationId}; its partner through
	 * moderation) or, without one, of the office itself.
	 */
	@PostMapping("/events")
	ResponseEntity<Object> createEvent(@RequestBody Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Map<String, String> values = values(body, EventForm.FIELDS, EventForm.empty(), List.of(ORGANISATION_ID));
		String organisation = values.remove(ORGANISATION_ID);
		UUID organisationId = null;
		if (organisation.isBlank()) {
			this.scope.requireOffice(actor);
		}
		else {
			organisationId = requiredOrganisation(organisation);
			this.scope.requireEditable(actor, organisationId);
			organisationOf(actor, organisationId);
		}
		return answer(this.editing.save(actor, EntityType.EVENT, null, organisationId, values), true, "/api/v1/events/",
				(id) -> this.events.find(actor.tenantId(), id).orElseThrow());
	}

	/** Changes an event (the office; its organisation's partner through moderation). */
	@PutMapping("/events/{id}")
	ResponseEntity<Object> updateEvent(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		NetworkEvent event = this.events.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.event"));
		if (event.organisationId() == null) {
			this.scope.requireOffice(actor);
		}
		else {
			this.scope.requireEditable(actor, event.organisationId());
		}
		Map<String, String> values = values(body, EventForm.FIELDS, EventForm.empty(), List.of());
		return answer(this.editing.save(actor, EntityType.EVENT, id, event.organisationId(), values), false,
				"/api/v1/events/", (saved) -> this.events.find(actor.tenantId(), saved).orElseThrow());
	}

	private ResponseEntity<Object> answer(Outcome outcome, boolean created, String location,
			Function<UUID, Object> entry) {
		if (outcome instanceof Invalid invalid) {
			throw new InvalidBodyException(invalid.errors());
		}
		if (outcome instanceof Submitted submitted) {
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(new PendingAnswer(submitted.entityId(), submitted.changeId(), "PENDING_APPROVAL",
						OffsetDateTime.now(this.clock)));
		}
		UUID id = ((Applied) outcome).id();
		Object body = entry.apply(id);
		return created ? ResponseEntity.created(URI.create(location + id)).body(body) : ResponseEntity.ok(body);
	}

	private OrganisationView organisation(Actor actor, UUID id) {
		Organisation organisation = organisationOf(actor, id);
		return OrganisationView.of(organisation,
				this.contacts.publicOf(actor.tenantId(), List.of(id))
					.getOrDefault(id, List.of())
					.stream()
					.map(NetworkApiController.PublicContact::of)
					.toList());
	}

	private Organisation organisationOf(Actor actor, UUID id) {
		return this.organisations.find(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("network.error.notFound.organisation"));
	}

	private static UUID requiredOrganisation(String value) {
		if (value.isBlank()) {
			throw new InvalidBodyException(ORGANISATION_ID, "network.error.required");
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidBodyException(ORGANISATION_ID, "network.api.error.id");
		}
	}

	/**
	 * The body as form values: a field left out takes the value of an empty form (so a
	 * PUT replaces every field), a list is an array of strings (or one comma-separated
	 * string), a number or a boolean is read as its text. Unknown fields and values of
	 * another shape (objects, nested arrays) are named in a 422.
	 */
	static Map<String, String> values(Map<String, Object> body, List<String> fields, Map<String, String> empty,
			List<String> extra) {
		Map<String, String> values = new LinkedHashMap<>(empty);
		extra.forEach((field) -> values.put(field, ""));
		List<InvalidBodyException.Invalid> errors = new ArrayList<>();
		if (body == null) {
			return values;
		}
		body.forEach((field, value) -> {
			if (!fields.contains(field) && !extra.contains(field)) {
				errors.add(new InvalidBodyException.Invalid(field, "network.api.error.unknownField"));
				return;
			}
			String text = text(value);
			if (text == null) {
				errors.add(new InvalidBodyException.Invalid(field, "network.api.error.shape"));
			}
			else {
				values.put(field, text);
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidBodyException(errors);
		}
		return values;
	}

	/** A JSON value as form text, or null if it has another shape. */
	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof List<?> items) {
			List<String> texts = new ArrayList<>();
			for (Object item : items) {
				if (!(item instanceof String || item instanceof Number)) {
					return null;
				}
				texts.add(item.toString());
			}
			return String.join(", ", texts);
		}
		return null;
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A partner's change that waits for the office's approval.
	 *
	 * @param id the entry (new or changed)
	 * @param changeId the pending change
	 * @param status always {@code PENDING_APPROVAL}
	 * @param submittedAt when
	 */
	record PendingAnswer(UUID id, UUID changeId, String status, OffsetDateTime submittedAt) {
	}

}
