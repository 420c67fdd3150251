package de.teilhabe.council.oparl;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.publicsite.CouncilPublicPaths;
import de.teilhabe.region.Language;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OParl 1.1 read API under {@code /oparl/v1.1/}: anonymous, public data only. One
 * System; one Body per tenant (named by the tenant's slug, {@code ags} its region key);
 * per body the lists organizations, persons, meetings, papers, legislative-terms,
 * memberships, agenda-items, files, consultations and locations, each object at
 * {@code …/bodies/{body}/{list}/{id}}, which is its {@code id}. Lists are paged by id
 * (keyset: {@code links.next} carries the last id of the page) and take
 * {@code created_since}, {@code created_until}, {@code modified_since},
 * {@code modified_until} (ISO 8601 date-times with offset), {@code omit_internal} and
 * {@code limit} (1 to 100, default 50). Errors answer {@code application/problem+json}.
 * See docs/council.md.
 */
@RestController
class OParlController {

	static final String ROOT = "/oparl/v1.1";

	private final Tenants tenants;

	private final OParlStore store;

	private final OParlObjects objects;

	OParlController(Tenants tenants, OParlStore store, OParlObjects objects) {
		this.tenants = tenants;
		this.store = store;
		this.objects = objects;
	}

	@GetMapping(ROOT + "/system")
	ResponseEntity<Object> system() {
		OParlUrls urls = root();
		Map<String, Object> system = new LinkedHashMap<>();
		system.put("id", urls.system());
		system.put("type", OParlKind.SCHEMA + "System");
		system.put("oparlVersion", OParlKind.SCHEMA);
		system.put("body", urls.bodies());
		system.put("name", "Teilhabe: Beiräte für Migration");
		return ok(system);
	}

	@GetMapping(ROOT + "/bodies")
	ResponseEntity<Object> bodies() {
		OParlUrls urls = root();
		List<Object> data = new ArrayList<>();
		List<Tenant> all = this.tenants.all();
		all.forEach((tenant) -> data.add(body(urls.forBody(tenant.slug(), web(tenant)), tenant)));
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("data", data);
		page.put("pagination", Map.of("totalElements", all.size(), "elementsPerPage", Math.max(all.size(), 1),
				"currentPage", 1, "totalPages", 1));
		page.put("links", Map.of("first", urls.bodies(), "self", urls.bodies()));
		return ok(page);
	}

	@GetMapping(ROOT + "/bodies/{body}")
	ResponseEntity<Object> body(@PathVariable String body) {
		return tenant(body).<ResponseEntity<Object>>map((tenant) -> ok(body(urls(tenant), tenant)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Diese Körperschaft gibt es nicht."));
	}

	@GetMapping(ROOT + "/bodies/{body}/{list}")
	ResponseEntity<Object> list(@PathVariable String body, @PathVariable String list,
			@RequestParam(name = "created_since", required = false) String createdSince,
			@RequestParam(name = "created_until", required = false) String createdUntil,
			@RequestParam(name = "modified_since", required = false) String modifiedSince,
			@RequestParam(name = "modified_until", required = false) String modifiedUntil,
			@RequestParam(name = "omit_internal", required = false) String omitInternal,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String after) {
		Optional<Tenant> tenant = tenant(body);
		Optional<OParlKind> kind = OParlKind.ofPath(list);
		if (tenant.isEmpty() || kind.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "Diese Liste gibt es nicht.");
		}
		OParlFilter filter;
		try {
			filter = new OParlFilter(time("created_since", createdSince), time("created_until", createdUntil),
					time("modified_since", modifiedSince), time("modified_until", modifiedUntil),
					flag("omit_internal", omitInternal), limit(limit), cursor(after));
		}
		catch (IllegalArgumentException ex) {
			return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		OParlUrls urls = urls(tenant.get());
		UUID tenantId = tenant.get().id();
		List<Map<String, Object>> rows = this.store.page(tenantId, kind.get(), filter);
		boolean more = rows.size() > filter.limit();
		List<Map<String, Object>> shown = more ? rows.subList(0, filter.limit()) : rows;
		long total = this.store.count(tenantId, kind.get(), filter);
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("data", this.objects.objects(urls, tenantId, kind.get(), shown, filter.omitInternal()));
		page.put("pagination", Map.of("totalElements", total, "elementsPerPage", filter.limit(), "totalPages",
				(total + filter.limit() - 1) / filter.limit()));
		Map<String, Object> links = new LinkedHashMap<>();
		UriComponentsBuilder self = ServletUriComponentsBuilder.fromCurrentRequest();
		links.put("first", self.cloneBuilder().replaceQueryParam("after").build().toUriString());
		links.put("self", self.build().toUriString());
		if (more) {
			links.put("next",
					self.cloneBuilder()
						.replaceQueryParam("after", shown.get(shown.size() - 1).get("id"))
						.build()
						.toUriString());
		}
		page.put("links", links);
		return ok(page);
	}

	@GetMapping(ROOT + "/bodies/{body}/{list}/{id}")
	ResponseEntity<Object> object(@PathVariable String body, @PathVariable String list, @PathVariable String id) {
		Optional<Tenant> tenant = tenant(body);
		Optional<OParlKind> kind = OParlKind.ofPath(list);
		Optional<UUID> uuid = uuid(id);
		if (tenant.isEmpty() || kind.isEmpty() || uuid.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "Dieses Objekt gibt es nicht.");
		}
		UUID tenantId = tenant.get().id();
		OParlUrls urls = urls(tenant.get());
		return this.store.find(tenantId, kind.get(), uuid.get())
			.<ResponseEntity<Object>>map(
					(row) -> ok(this.objects.objects(urls, tenantId, kind.get(), List.of(row), false).get(0)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Dieses Objekt gibt es nicht."));
	}

	@GetMapping(ROOT + "/bodies/{body}/files/{id}/download")
	ResponseEntity<Object> download(@PathVariable String body, @PathVariable String id) {
		Optional<Tenant> tenant = tenant(body);
		Optional<UUID> uuid = uuid(id);
		Optional<Map<String, Object>> file = tenant.isEmpty() || uuid.isEmpty() ? Optional.empty()
				: this.store.content(tenant.get().id(), uuid.get());
		if (file.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "Diese Datei gibt es nicht.");
		}
		String mimeType = (String) file.get().get("mime_type");
		MediaType type = mimeType.startsWith("text/")
				? new MediaType(MediaType.parseMediaType(mimeType), java.nio.charset.StandardCharsets.UTF_8)
				: MediaType.parseMediaType(mimeType);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename((String) file.get().get("file_name"), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.get().get("content"));
	}

	private Map<String, Object> body(OParlUrls urls, Tenant tenant) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", urls.body());
		body.put("type", OParlKind.SCHEMA + "Body");
		body.put("system", urls.system());
		body.put("name", tenant.name());
		body.put("shortName", tenant.name());
		if (tenant.homeRegionKey() != null) {
			body.put("ags", tenant.homeRegionKey());
		}
		body.put("organization", urls.list(OParlKind.ORGANIZATION));
		body.put("person", urls.list(OParlKind.PERSON));
		body.put("meeting", urls.list(OParlKind.MEETING));
		body.put("paper", urls.list(OParlKind.PAPER));
		body.put("agendaItem", urls.list(OParlKind.AGENDA_ITEM));
		body.put("consultation", urls.list(OParlKind.CONSULTATION));
		body.put("file", urls.list(OParlKind.FILE));
		body.put("locationList", urls.list(OParlKind.LOCATION));
		body.put("legislativeTermList", urls.list(OParlKind.LEGISLATIVE_TERM));
		body.put("membership", urls.list(OParlKind.MEMBERSHIP));
		OParlFilter terms = new OParlFilter(null, null, null, null, false, OParlFilter.MAX_LIMIT, null);
		body.put("legislativeTerm",
				this.objects.terms(urls, tenant.id(),
						this.store.page(tenant.id(), OParlKind.LEGISLATIVE_TERM, terms)
							.stream()
							.filter((row) -> !Boolean.TRUE.equals(row.get("deleted")))
							.toList()));
		this.store.bodyTimes(tenant.id()).ifPresent((times) -> {
			// the Beirat's public page exists only where the tenant has a council
			body.put("web", urls.web());
			body.put("created", this.objects.dateTime(times[0]));
			body.put("modified", this.objects.dateTime(times[1]));
		});
		return body;
	}

	private Optional<Tenant> tenant(String slug) {
		return this.tenants.findBySlug(slug);
	}

	private static OParlUrls root() {
		return new OParlUrls(ServletUriComponentsBuilder.fromCurrentContextPath().path(ROOT).toUriString(), null, null);
	}

	private OParlUrls urls(Tenant tenant) {
		return root().forBody(tenant.slug(), web(tenant));
	}

	/**
	 * The address of the tenant's public Beirat page in its first public language (German
	 * unless it offers none).
	 */
	private String web(Tenant tenant) {
		List<Language> languages = this.tenants.publicLanguages(tenant.id());
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				+ CouncilPublicPaths.beirat(tenant.slug(), languages.isEmpty() ? "de" : languages.get(0).code());
	}

	private static OffsetDateTime time(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			// a + in a query string that was not encoded arrives as a space
			return OffsetDateTime.parse(value.strip().replace(' ', '+'));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					name + " muss ein Zeitpunkt nach ISO 8601 mit Zeitzone sein, z. B. 2026-01-31T18:00:00+01:00.");
		}
	}

	private static boolean flag(String name, String value) {
		if (value == null || value.isBlank() || "false".equals(value)) {
			return false;
		}
		if ("true".equals(value)) {
			return true;
		}
		throw new IllegalArgumentException(name + " muss true oder false sein.");
	}

	private static int limit(String value) {
		if (value == null || value.isBlank()) {
			return OParlFilter.DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value.strip());
			if (limit >= 1 && limit <= OParlFilter.MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		throw new IllegalArgumentException("limit muss eine ganze Zahl von 1 bis " + OParlFilter.MAX_LIMIT + " sein.");
	}

	private static UUID cursor(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return uuid(value).orElseThrow(() -> new IllegalArgumentException("after ist keine Objektkennung."));
	}

	private static Optional<UUID> uuid(String value) {
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static ResponseEntity<Object> ok(Object body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.body(body);
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.body(problem);
	}

}
