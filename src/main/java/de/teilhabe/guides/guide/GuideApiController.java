package de.teilhabe.guides.guide;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.BadRequestException;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.form.FormBinder;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guide profiles API (GUIDE_COORDINATOR): the tenant's profiles by name, paged like
 * every list and filtered by {@code state} and {@code q} (part of the name), one profile,
 * creating (it starts as {@code INTERESTED}) and changing one with the checks of the form
 * (422 {@code errors: [{field, message}]}), and moving it in its lifecycle
 * ({@code POST …/state} with {@code {"state": "ACTIVE"}}). Another tenant's profile
 * answers 404.
 */
@RestController
class GuideApiController {

	private final GuideStore store;

	private final Guides guides;

	private final GuideRegions regions;

	GuideApiController(GuideStore store, Guides guides, GuideRegions regions) {
		this.store = store;
		this.guides = guides;
		this.regions = regions;
	}

	@GetMapping("/api/v1/guides")
	ApiPage<GuideItem> list(@RequestParam(required = false) String state, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		return this.store.search(actor.tenantId(), parseState(state), q, ApiPaging.of(page, size)).map(this::item);
	}

	@GetMapping("/api/v1/guides/{id}")
	GuideItem one(@PathVariable UUID id) {
		return item(this.guides.visible(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/guides")
	ResponseEntity<GuideItem> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Guides.Saved saved = this.guides.save(actor, null, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/guides/" + saved.id()))
			.body(item(this.guides.visible(actor, saved.id())));
	}

	@PutMapping("/api/v1/guides/{id}")
	GuideItem update(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Guides.Saved saved = this.guides.save(actor, this.guides.visible(actor, id), orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return item(this.guides.visible(actor, id));
	}

	/**
	 * Moves the profile in its lifecycle; 422 naming {@code state} for a step not
	 * allowed.
	 */
	@PostMapping("/api/v1/guides/{id}/state")
	GuideItem state(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		FormBinder.Bound<Guides.StateForm> bound = this.guides.changeState(actor, id, orEmpty(body));
		if (!bound.valid()) {
			throw new InvalidBodyException(bound.checked().errors());
		}
		return item(this.guides.visible(actor, id));
	}

	private GuideItem item(Guide guide) {
		return GuideItem.of(guide, this.regions,
				guide.certificateValidOn(this.guides.today(), this.guides.certificateValidity()));
	}

	static GuideState parseState(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return GuideState.valueOf(state.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("error.badValue", "state", state);
		}
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

}
