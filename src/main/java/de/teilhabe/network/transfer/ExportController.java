package de.teilhabe.network.transfer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.access.AuditLog;
import de.teilhabe.access.AuditLog.AuditCategory;
import de.teilhabe.network.event.EventStore;
import de.teilhabe.network.event.NetworkEvent;
import de.teilhabe.network.form.Filter;
import de.teilhabe.network.form.Page;
import de.teilhabe.network.form.RegionChoices;
import de.teilhabe.network.offer.Offer;
import de.teilhabe.network.offer.OfferStore;
import de.teilhabe.network.organisation.ContactPerson;
import de.teilhabe.network.organisation.ContactPersons;
import de.teilhabe.network.organisation.Organisation;
import de.teilhabe.network.organisation.OrganisationStore;
import de.teilhabe.network.scope.NetworkScope;
import de.teilhabe.region.Languages;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.table.SpreadsheetTable;
import de.teilhabe.shared.table.SpreadsheetTable.Format;
import de.teilhabe.shared.time.Times;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the organisation, offer and event lists as CSV or XLSX with the filters of
 * the list pages. Contact persons appear only while their consent is valid.
 */
@Controller
class ExportController {

	/** At most this many rows are exported (the lists are paged through). */
	static final int MAX_ROWS = 20_000;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final OrganisationStore organisations;

	private final ContactPersons contacts;

	private final OfferStore offers;

	private final EventStore events;

	private final NetworkScope scope;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	private final Times times;

	private final RegionChoices regionChoices;

	ExportController(OrganisationStore organisations, ContactPersons contacts, OfferStore offers, EventStore events,
			NetworkScope scope, MessageSource messages, AuditLog audit, Clock clock, Times times,
			RegionChoices regionChoices) {
		this.times = times;
		this.regionChoices = regionChoices;
		this.organisations = organisations;
		this.contacts = contacts;
		this.offers = offers;
		this.events = events;
		this.scope = scope;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/network/organisations/export")
	ResponseEntity<byte[]> organisations(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region,
			@RequestParam(required = false) String field) {
		Actor actor = reader();
		Filter filter = new Filter(q, kind, language, region, field);
		List<Organisation> items = all((paging) -> this.organisations.search(actor.tenantId(), filter, paging));
		List<String> headers = labels("name", "kind", "street", "postcode", "city", "latitude", "longitude", "regions",
				"languages", "targetGroups", "fieldsOfWork", "tags", "website", "email", "phone", "openingHours",
				"description");
		headers.add(message("network.transfer.export.confirmedAt"));
		headers.add(message("network.contacts.title"));
		List<List<String>> rows = new ArrayList<>();
		for (Organisation o : items) {
			rows.add(cells(o.name(), message("network.kind." + o.kind()), o.street(), o.postcode(), o.city(),
					plain(o.latitude()), plain(o.longitude()), gemeinden(o.regions()), languages(o.languages()),
					join(o.targetGroups()),
					o.fieldsOfWork()
						.stream()
						.map((work) -> message("network.fieldOfWork." + work))
						.collect(Collectors.joining(", ")),
					join(o.tags()), o.website(), o.email(), o.phone(), o.openingHours(), o.description(),
					this.times.local(o.confirmedAt()).toLocalDate().toString(), contactsOf(actor, o)));
		}
		// the file holds contact persons' data: who took it along is recorded
		this.audit.record(AuditCategory.OTHER, "network.export", "network_organisation", null, null,
				rows.size() + " organisations as " + format);
		return download(table(message("network.organisations.title"), headers, rows), format, "organisations");
	}

	@GetMapping("/network/offers/export")
	ResponseEntity<byte[]> offers(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region) {
		Actor actor = reader();
		Filter filter = new Filter(q, kind, language, region, null);
		List<Offer> items = all((paging) -> this.offers.search(actor.tenantId(), filter, paging));
		List<String> headers = labels("title", "offerKind");
		headers.add(message("network.transfer.export.organisation"));
		headers.addAll(labels("description", "languages", "targetGroups", "place", "regionKey", "schedule", "cost",
				"registration", "accessibility"));
		List<List<String>> rows = new ArrayList<>();
		for (Offer f : items) {
			rows.add(cells(f.title(), message("network.offerKind." + f.kind()), f.organisationName(), f.description(),
					languages(f.languages()), join(f.targetGroups()), f.place(), gemeinde(f.regionKey()), f.schedule(),
					f.cost(), f.registration(), f.accessibility()));
		}
		return download(table(message("network.offers.title"), headers, rows), format, "offers");
	}

	@GetMapping("/network/events/export")
	ResponseEntity<byte[]> events(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String region) {
		Actor actor = reader();
		Filter filter = new Filter(q, kind, language, region, null);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<NetworkEvent> items = all((paging) -> this.events.search(actor.tenantId(), filter, now, false, paging));
		List<String> headers = labels("title", "category");
		headers.add(message("network.transfer.export.organisation"));
		headers.addAll(labels("startTime", "endTime", "recurrence", "recurrenceInterval", "recurrenceUntil", "place",
				"regionKey", "languages", "targetGroups", "registration", "accessibility", "publicEvent",
				"description"));
		List<List<String>> rows = new ArrayList<>();
		for (NetworkEvent e : items) {
			rows.add(cells(e.title(), message("network.category." + e.category()), e.organisationName(),
					local(e.startsAt()), local(e.endsAt()), message("network.recurrence." + e.recurrence()),
					String.valueOf(e.recurrenceInterval()),
					(e.recurrenceUntil() != null) ? e.recurrenceUntil().toString() : null, e.place(),
					gemeinde(e.regionKey()), languages(e.languages()), join(e.targetGroups()), e.registration(),
					e.accessibility(), message(e.publicEvent() ? "network.transfer.yes" : "network.transfer.no"),
					e.description()));
		}
		return download(table(message("network.events.title"), headers, rows), format, "events");
	}

	/** The contact persons with a valid consent: name (function), e-mail, phone. */
	private String contactsOf(Actor actor, Organisation organisation) {
		return this.contacts.of(actor.tenantId(), organisation.id())
			.stream()
			.filter(ContactPerson::consentValid)
			.map((c) -> c.name() + ((c.function() != null) ? " (" + c.function() + ")" : "")
					+ ((c.email() != null) ? ", " + c.email() : "") + ((c.phone() != null) ? ", " + c.phone() : ""))
			.collect(Collectors.joining("; "));
	}

	private Actor reader() {
		Actor actor = CurrentActor.get();
		if (!this.scope.readsAll(actor)) {
			throw new NotFoundException("error.notFound");
		}
		return actor;
	}

	private static <T> List<T> all(Function<ApiPaging, Page<T>> search) {
		List<T> items = new ArrayList<>();
		for (int page = 0; items.size() < MAX_ROWS; page++) {
			Page<T> result = search.apply(new ApiPaging(page, ApiPaging.MAX_SIZE));
			items.addAll(result.items());
			if (!result.hasNext()) {
				break;
			}
		}
		return items;
	}

	private static SpreadsheetTable table(String name, List<String> headers, List<List<String>> rows) {
		SpreadsheetTable table = SpreadsheetTable.named(name).columns(headers);
		rows.forEach(table::row);
		return table;
	}

	private ResponseEntity<byte[]> download(SpreadsheetTable table, String format, String baseName) {
		Format chosen = switch (format) {
			case "csv" -> Format.CSV;
			case "xlsx" -> Format.XLSX;
			default -> throw new BadRequestException("network.error.format");
		};
		return table.download(chosen, baseName + "-" + OffsetDateTime.now(this.clock).toLocalDate());
	}

	private List<String> labels(String... fields) {
		List<String> labels = new ArrayList<>();
		for (String field : fields) {
			labels.add(message("network.field." + field));
		}
		return labels;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static List<String> cells(String... values) {
		return java.util.Arrays.asList(values);
	}

	private static String join(List<String> values) {
		return String.join(", ", values);
	}

	/**
	 * Gemeinden and languages by name (the import reads names again). In a list the
	 * official name's kind after its comma (Bramsche, Stadt) is left off: the comma
	 * separates the items.
	 */
	private String gemeinden(List<String> keys) {
		return keys.stream().map((key) -> gemeinde(key).split(",")[0]).collect(Collectors.joining(", "));
	}

	private String gemeinde(String key) {
		return (key == null) ? null : this.regionChoices.name(key);
	}

	private static String languages(List<String> codes) {
		Locale locale = LocaleContextHolder.getLocale();
		return codes.stream()
			.map((code) -> Languages.find(code).map((language) -> language.name(locale)).orElse(code))
			.collect(Collectors.joining(", "));
	}

	private static String plain(java.math.BigDecimal number) {
		return (number != null) ? number.toPlainString() : null;
	}

	private String local(OffsetDateTime time) {
		return (time != null) ? this.times.local(time).format(DATE_TIME) : null;
	}

}
