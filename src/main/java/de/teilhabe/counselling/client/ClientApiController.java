package de.teilhabe.counselling.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.client.Clients.ClientSummary;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clients API (COUNSELLOR): entering a client (201 with {@code id} and
 * {@code clientNumber}; 422 {@code errors: [{field, message}]} for bad values or a
 * possible duplicate not confirmed with {@code confirmDuplicate: true}), the name search
 * ({@code ?q=}, without it the counsellor's own clients; paged), one client and changing
 * it. A client the counsellor may not read answers 403, another tenant's or an unknown
 * one 404. Every client returned is recorded in the audit log.
 */
@RestController
class ClientApiController {

	private final Clients clients;

	ClientApiController(Clients clients) {
		this.clients = clients;
	}

	@GetMapping("/api/v1/counselling/clients")
	ApiPage<ClientSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		if (q != null && q.length() > Clients.MAX_QUERY) {
			throw new BadRequestException("counselling.error.queryTooLong", Clients.MAX_QUERY);
		}
		return this.clients.search(CurrentActor.get(), q, ApiPaging.of(page, size));
	}

	@GetMapping("/api/v1/counselling/clients/{id}")
	Map<String, Object> one(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return item(this.clients.read(actor, id, "detail"), actor);
	}

	@PostMapping("/api/v1/counselling/clients")
	ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Clients.Saved saved = this.clients.create(actor, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("id", saved.id());
		created.put("clientNumber", saved.clientNumber());
		return ResponseEntity.created(URI.create("/api/v1/counselling/clients/" + saved.id())).body(created);
	}

	@PutMapping("/api/v1/counselling/clients/{id}")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Clients.Saved saved = this.clients.update(actor, id, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return item(this.clients.read(actor, id, "detail"), actor);
	}

	private Map<String, Object> item(Client client, Actor actor) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", client.id());
		item.put("clientNumber", client.clientNumber());
		item.put("firstName", client.firstName());
		item.put("lastName", client.lastName());
		item.put("phone", client.phone());
		item.put("email", client.email());
		item.put("birthYear", client.birthYear());
		item.put("gender", client.gender());
		item.put("nationality", client.nationality());
		item.put("languages", client.languages());
		item.put("residenceStatus", client.residenceStatus());
		item.put("arrivalYear", client.arrivalYear());
		item.put("gemeinde", client.gemeinde());
		item.put("gemeindeName", (client.gemeinde() != null) ? this.clients.gemeindeName(client.gemeinde()) : null);
		item.put("germanLevel", client.germanLevel());
		item.put("note", client.note());
		item.put("responsible",
				this.clients.access().counsellors(actor.tenantId()).getOrDefault(client.responsibleId(), "–"));
		item.put("createdAt", client.createdAt());
		item.put("updatedAt", client.updatedAt());
		return item;
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

}
