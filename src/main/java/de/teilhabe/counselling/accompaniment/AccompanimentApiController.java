package de.teilhabe.counselling.accompaniment;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.counselling.accompaniment.GuideAccompaniments.Accompaniment;
import de.teilhabe.guides.Accompaniments.Progress;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API of a case's accompaniments by a guide (COUNSELLOR, whoever reads the case's
 * client): the list with how each stands (read audited), and asking for a guide
 * ({@code {"topic": "AUTHORITY", "language": "ar", "gemeinde": "03459030", "date":
 * "2026-12-17", "starts": "09:00", "ends": "11:00", "place": "Ausländerbehörde", "brief":
 * "…"}}): 201; 422 {@code errors: [{field, message}]} for bad values and for a missing
 * consent ({@code field: consent}, naming it); 409 for a closed case or a short contact.
 */
@RestController
class AccompanimentApiController {

	private final GuideAccompaniments accompaniments;

	AccompanimentApiController(GuideAccompaniments accompaniments) {
		this.accompaniments = accompaniments;
	}

	@GetMapping("/api/v1/counselling/cases/{caseId}/accompaniments")
	ApiPage<Item> list(@PathVariable UUID caseId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return ApiPage.slice(this.accompaniments.of(CurrentActor.get(), caseId), ApiPaging.of(page, size))
			.map(Item::of);
	}

	@PostMapping("/api/v1/counselling/cases/{caseId}/accompaniments")
	ResponseEntity<Item> ask(@PathVariable UUID caseId, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		GuideAccompaniments.Asked asked = this.accompaniments.ask(actor, caseId, (body != null) ? body : Map.of());
		if (asked.id() == null) {
			throw new InvalidBodyException(asked.checked().errors());
		}
		Item item = this.accompaniments.of(actor, caseId)
			.stream()
			.filter((accompaniment) -> accompaniment.id().equals(asked.id()))
			.findFirst()
			.map(Item::of)
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/counselling/cases/" + caseId + "/accompaniments")).body(item);
	}

	/**
	 * An accompaniment in the API.
	 *
	 * @param id its id
	 * @param state {@code OPEN} (no guide yet), {@code COMMISSIONED}, {@code ACCEPTED},
	 * {@code DONE}, {@code APPROVED}, {@code CANCELLED} or {@code GONE}
	 * @param askedBy who asked
	 * @param askedAt when
	 * @param guideCommissionedAt when a guide was commissioned, or null
	 * @param doneAt when the guide reported it done, or null
	 * @param minutesWorked the minutes the guide logged
	 */
	record Item(UUID id, String state, String askedBy, OffsetDateTime askedAt, OffsetDateTime guideCommissionedAt,
			OffsetDateTime doneAt, int minutesWorked) {

		static Item of(Accompaniment accompaniment) {
			Progress progress = accompaniment.progress();
			return new Item(accompaniment.id(), accompaniment.state(), accompaniment.askedByName(),
					accompaniment.askedAt(), (progress != null) ? progress.commissionedAt() : null,
					(progress != null) ? progress.doneAt() : null, (progress != null) ? progress.minutesWorked() : 0);
		}

	}

}
