package de.teilhabe.network.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.network.event.CalendarFeed;
import de.teilhabe.network.event.EventStore;
import de.teilhabe.network.event.NetworkEvent;
import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Page;
import de.teilhabe.network.offer.Offer;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.organisation.ContactPerson;
import de.teilhabe.network.organisation.ContactPersons;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API of the network for the public portal: approved entries only (pending
 * partner changes never show), public data only (contact persons only if they agreed to
 * be shown publicly and their consent is valid), paginated. Anonymous callers name the
 * tenant ({@code tenant=<slug>}); signed-in callers get their own tenant's.
 */
@RestController
@RequestMapping("/api/v1")
class NetworkApiController {

	private final OrganisationStore organisations;

	private final ContactPersons contacts;

	private final OfferStore offers;

	private final EventStore events;

	private final Tenants tenants;

	private final Clock clock;

	private final Times times;

	NetworkApiController(OrganisationStore organisations, ContactPersons contacts, OfferStore offers, EventStore events,
			Tenants tenants, Clock clock, Times times) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.offers = offers;
		this.events = events;
		this.tenants = tenants;
		this.clock = clock;
		this.times = times;
	}

	@GetMapping("/organisations")
	ApiPage<OrganisationView> organisations(@RequestParam(required = false) String tenant,
			@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region,
			@RequestParam(required = false) String field, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		UUID tenantId = tenant(tenant).id();
		Page<Organisation> result = this.organisations.search(tenantId, new Filter(q, kind, language, region, field),
				new ApiPaging(page, size));
		// the contacts of the whole page at once: a query per organisation made the API
		// slow
		Map<UUID, List<ContactPerson>> contacts = this.contacts.publicOf(tenantId,
				result.items().stream().map(Organisation::id).toList());
		return result.toApi((organisation) -> OrganisationView.of(organisation,
				contacts.getOrDefault(organisation.id(), List.of()).stream().map(PublicContact::of).toList()));
	}

	@GetMapping("/offers")
	ApiPage<Offer> offers(@RequestParam(required = false) String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String language,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Page<Offer> result = this.offers.search(tenant(tenant).id(), new Filter(q, kind, language, region, null),
				new ApiPaging(page, size));
		return result.toApi((offer) -> offer);
	}

	@GetMapping("/events")
	ApiPage<NetworkEvent> events(@RequestParam(required = false) String tenant,
			@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Page<NetworkEvent> result = this.events.search(tenant(tenant).id(), new Filter(q, kind, language, region, null),
				OffsetDateTime.now(this.clock), true, new ApiPaging(page, size));
		return result.toApi((event) -> event);
	}

	/** The public events (from a year ago on) as an iCalendar feed. */
	@GetMapping(path = "/events.ics", produces = "text/calendar")
	ResponseEntity<String> calendar(@RequestParam(required = false) String tenant) {
		Tenant owner = tenant(tenant);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String body = CalendarFeed.render(this.events.feed(owner.id(), now.minusYears(1)), owner.name(),
				owner.slug() + ".teilhabe", now.toInstant(), this.times.zone());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(body);
	}

	private Tenant tenant(String slug) {
		var actor = CurrentActor.find();
		if (actor.isPresent()) {
			return this.tenants.find(actor.get().tenantId())
				.orElseThrow(() -> new NotFoundException("error.notFound.tenant"));
		}
		if (slug == null || slug.isBlank()) {
			throw new BadRequestException("network.error.tenantRequired");
		}
		return this.tenants.findBySlug(slug.strip()).orElseThrow(() -> new NotFoundException("error.notFound.tenant"));
	}

	/**
	 * A contact person who agreed to be shown publicly.
	 *
	 * @param name the name
	 * @param function the function
	 * @param email the e-mail address
	 * @param phone the phone number
	 */
	record PublicContact(String name, String function, String email, String phone) {

		static PublicContact of(ContactPerson contact) {
			return new PublicContact(contact.name(), contact.function(), contact.email(), contact.phone());
		}

	}

}
