package de.teilhabe.strategy.measure;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.strategy.concept.Concept;
import de.teilhabe.strategy.concept.ConceptStore;
import de.teilhabe.strategy.measure.Measure.GoalRef;
import de.teilhabe.strategy.measure.Measure.Note;
import de.teilhabe.strategy.measure.MeasureView.OrganisationRef;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measure API: the current concept version's measures, paged like every list (staff
 * tokens read all, a PARTNER token only those its organisation carries; any other measure
 * answers 404), one measure with its progress notes, for STRATEGY creating and changing a
 * measure with the checks of the form (422 {@code errors: [{field, message}]}), and for
 * STRATEGY and the PARTNER whose organisation carries a measure a progress note and its
 * status.
 */
@RestController
class MeasureApiController {

	private final MeasureStore store;

	private final Measures measures;

	private final MeasureScope scope;

	private final ConceptStore concepts;

	private final OrganisationNames names;

	MeasureApiController(MeasureStore store, Measures measures, MeasureScope scope, ConceptStore concepts,
			OrganisationNames names) {
		this.store = store;
		this.measures = measures;
		this.scope = scope;
		this.concepts = concepts;
		this.names = names;
	}

	/**
	 * The measures of the current version by title; {@code field} (a Handlungsfeld of its
	 * goals), {@code status}, {@code organisation} (lead or partner), all ids or names of
	 * constants.
	 */
	@GetMapping("/api/v1/strategy/measures")
	ApiPage<MeasureItem> list(@RequestParam(required = false) String field,
			@RequestParam(required = false) String status, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		ApiPaging paging = ApiPaging.of(page, size);
		MeasureFilter filter = MeasureFilter.of(field, status, organisation);
		Concept concept = this.concepts.current(actor.tenantId()).orElse(null);
		if (concept == null) {
			return ApiPage.of(List.of(), paging, 0);
		}
		Map<UUID, String> organisations = this.names.of(actor.tenantId());
		return this.store.search(actor.tenantId(), concept.id(), filter, this.scope.carrier(actor), paging)
			.map((measure) -> MeasureItem.of(MeasureView.of(measure, organisations), null));
	}

	@GetMapping("/api/v1/strategy/measures/{id}")
	MeasureItem one(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return item(actor, this.measures.visible(actor, id));
	}

	@PostMapping("/api/v1/strategy/measures")
	ResponseEntity<MeasureItem> create(@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Measures.Saved saved = this.measures.save(actor, this.measures.currentConcept(actor), null, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/strategy/measures/" + saved.id()))
			.body(item(actor, this.measures.visible(actor, saved.id())));
	}

	@PutMapping("/api/v1/strategy/measures/{id}")
	MeasureItem update(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		Measure existing = this.measures.visible(actor, id);
		Measures.Saved saved = this.measures.save(actor, null, existing, orEmpty(body));
		if (saved.id() == null) {
			throw new InvalidBodyException(saved.checked().errors());
		}
		return item(actor, this.measures.visible(actor, id));
	}

	/**
	 * A progress note ({@code notedOn} optional, today if none; {@code text}): STRATEGY,
	 * or a PARTNER whose organisation carries the measure (any other measure answers
	 * 404); 201 with the measure and its notes, or 422 naming the field.
	 */
	@PostMapping("/api/v1/strategy/measures/{id}/notes")
	ResponseEntity<MeasureItem> note(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		FormBinder.Bound<NoteForm> bound = this.measures.addNote(actor, id, orEmpty(body));
		if (!bound.valid()) {
			throw new InvalidBodyException(bound.checked().errors());
		}
		return ResponseEntity.created(URI.create("/api/v1/strategy/measures/" + id))
			.body(item(actor, this.measures.visible(actor, id)));
	}

	/**
	 * The status ({@code status}: {@code PLANNED}, {@code RUNNING}, {@code DONE},
	 * {@code DROPPED}): STRATEGY, or a PARTNER whose organisation carries the measure
	 * (any other measure answers 404); the measure, or 422 naming the field.
	 */
	@PutMapping("/api/v1/strategy/measures/{id}/status")
	MeasureItem status(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		FormBinder.Bound<StatusForm> bound = this.measures.changeStatus(actor, id, orEmpty(body));
		if (!bound.valid()) {
			throw new InvalidBodyException(bound.checked().errors());
		}
		return item(actor, this.measures.visible(actor, id));
	}

	private MeasureItem item(Actor actor, Measure measure) {
		return MeasureItem.of(MeasureView.of(measure, this.names.of(actor.tenantId())),
				this.store.notes(actor.tenantId(), measure.id()));
	}

	private static Map<String, Object> orEmpty(Map<String, Object> body) {
		return (body != null) ? body : Map.of();
	}

	/**
	 * A measure in the API.
	 *
	 * @param status {@code PLANNED}, {@code RUNNING}, {@code DONE} or {@code DROPPED}
	 * @param goals the goals it serves: id, title, field (the Handlungsfeld's name)
	 * @param leadOrganisation id and name of the lead organisation; null when the office
	 * carries it itself
	 * @param partnerOrganisations ids and names of the partners
	 * @param budget euro, or null
	 * @param notes the progress notes, newest first (only for one measure; null in lists)
	 */
	record MeasureItem(UUID id, String title, String description, String status, List<GoalRef> goals,
			OrganisationRef leadOrganisation, List<OrganisationRef> partnerOrganisations, LocalDate startDate,
			LocalDate endDate, BigDecimal budget, String funding, List<NoteItem> notes) {

		static MeasureItem of(MeasureView view, List<Note> notes) {
			return new MeasureItem(view.id(), view.title(), view.description(), view.status().name(), view.goals(),
					view.lead(), view.partners(), view.startDate(), view.endDate(), view.budget(), view.funding(),
					(notes == null) ? null : notes.stream().map(NoteItem::of).toList());
		}

	}

	/**
	 * A progress note in the API.
	 *
	 * @param notedOn the day
	 * @param text what happened
	 * @param author the display name of who wrote it
	 */
	record NoteItem(LocalDate notedOn, String text, String author) {

		static NoteItem of(Note note) {
			return new NoteItem(note.notedOn(), note.text(), note.authorName());
		}

	}

}
