package de.teilhabe.counselling.household;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.household.Households.Alongside;
import de.teilhabe.counselling.household.Households.MemberView;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The household API (COUNSELLOR): a client's household members (paged), adding (201),
 * changing and removing (204) one; the members counselled alongside in a case, and
 * setting them. 403 without access to the client, 404 for an unknown client or member or
 * another tenant's, 422 {@code errors: [{field, message}]} for a wrong body, 409 for a
 * closed case.
 */
@RestController
class HouseholdApiController {

	private static final String CLIENT = "/api/v1/counselling/clients/{id}/household";

	private final Households households;

	HouseholdApiController(Households households) {
		this.households = households;
	}

	@GetMapping(CLIENT)
	ApiPage<Map<String, Object>> list(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		List<Map<String, Object>> items = this.households.of(CurrentActor.get(), id)
			.stream()
			.map(HouseholdApiController::item)
			.toList();
		return ApiPage.slice(items, ApiPaging.of(page, size));
	}

	@PostMapping(CLIENT)
	ResponseEntity<Map<String, Object>> add(@PathVariable UUID id,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Households.Saved saved = this.households.add(actor, id, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/counselling/clients/" + id + "/household/" + saved.id()))
			.body(item(this.households.one(actor, id, saved.id())));
	}

	@PutMapping(CLIENT + "/{memberId}")
	Map<String, Object> change(@PathVariable UUID id, @PathVariable UUID memberId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Households.Saved saved = this.households.change(actor, id, memberId, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return item(this.households.one(actor, id, memberId));
	}

	@DeleteMapping(CLIENT + "/{memberId}")
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID memberId) {
		this.households.remove(CurrentActor.get(), id, memberId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/counselling/cases/{id}/household")
	Map<String, Object> alongside(@PathVariable UUID id) {
		return alongside(this.households.alongside(CurrentActor.get(), id));
	}

	@PutMapping("/api/v1/counselling/cases/{id}/household")
	Map<String, Object> setAlongside(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Object ids = (body != null) ? body.get("memberIds") : null;
		if (!(ids instanceof List<?> list) || list.stream().anyMatch((value) -> !(value instanceof String))) {
			throw new InvalidBodyException("memberIds", "counselling.household.error.memberIds");
		}
		return alongside(
				this.households.setAlongside(CurrentActor.get(), id, list.stream().map(String.class::cast).toList()));
	}

	private static Map<String, Object> alongside(Alongside alongside) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("caseId", alongside.caseId());
		result.put("clientId", alongside.clientId());
		result.put("memberIds", alongside.chosen());
		result.put("members", alongside.alongside().stream().map(HouseholdApiController::item).toList());
		result.put("personsReached", 1 + alongside.chosen().size());
		return result;
	}

	static Map<String, Object> item(MemberView view) {
		Member member = view.member();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", member.id());
		item.put("clientId", member.clientId());
		item.put("relationship", member.relationship());
		item.put("firstName", member.firstName());
		item.put("birthYear", member.birthYear());
		item.put("gender", member.gender());
		if (view.linked() != null) {
			Map<String, Object> linked = new LinkedHashMap<>();
			linked.put("id", view.linked().id());
			linked.put("clientNumber", view.linked().clientNumber());
			linked.put("name", view.linked().name());
			item.put("linkedClient", linked);
		}
		else {
			item.put("linkedClient", null);
		}
		item.put("createdAt", member.createdAt());
		item.put("updatedAt", member.updatedAt());
		return item;
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

}
