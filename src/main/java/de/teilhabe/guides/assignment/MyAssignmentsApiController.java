package de.teilhabe.guides.assignment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.guides.AccompaniedPersonContacts.PersonContact;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;
import de.teilhabe.shared.web.InvalidBodyException;
import de.teilhabe.shared.web.NotFoundException;

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
 * A guide's own work (GUIDE): the assignments of the guide profile the account is bound
 * to, newest first, each with the brief of its request (topic, Gemeinde, place, times,
 * brief) and its commissioning but never the person's contact reference (an account bound
 * to no profile gets an empty list); answering a commission ({@code …/accept},
 * {@code …/decline}), the work entries of an assignment ({@code GET/POST …/work-entries},
 * {@code PUT/DELETE …/work-entries/{entryId}} until approved, 422 {@code errors: [{field,
 * message}]} for a bad body) and marking it done ({@code …/done}). Another guide's
 * assignment answers 404, a step its status does not allow 409.
 */
@RestController
class MyAssignmentsApiController {

	private final Assignments assignments;

	private final RequestStore requests;

	private final GuideRegions regions;

	private final WorkLog work;

	private final PersonContacts contacts;

	MyAssignmentsApiController(Assignments assignments, RequestStore requests, GuideRegions regions, WorkLog work,
			PersonContacts contacts) {
		this.work = work;
		this.contacts = contacts;
		this.assignments = assignments;
		this.requests = requests;
		this.regions = regions;
	}

	@GetMapping("/api/v1/me/assignments")
	ApiPage<MyAssignment> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		ApiPage<Assignment> found = this.assignments.mine(actor, ApiPaging.of(page, size));
		Map<UUID, GuideRequest> byId = this.requests
			.findAll(actor.tenantId(), found.items().stream().map(Assignment::requestId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(GuideRequest::id, Function.identity()));
		return found.map((assignment) -> MyAssignment.of(assignment, byId.get(assignment.requestId()), this.regions));
	}

	/** Accepts a commission; 409 if it is answered already. */
	@PostMapping("/api/v1/me/assignments/{id}/accept")
	MyAssignment accept(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		this.assignments.respond(actor, id, true);
		return one(actor, id);
	}

	/**
	 * Declines a commission (the request is open again); 409 if it is answered already.
	 */
	@PostMapping("/api/v1/me/assignments/{id}/decline")
	MyAssignment decline(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		this.assignments.respond(actor, id, false);
		return one(actor, id);
	}

	/** The work entries of an assignment, by day, paged like every list. */
	@GetMapping("/api/v1/me/assignments/{id}/work-entries")
	ApiPage<WorkEntryItem> entries(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		Assignment assignment = this.work.own(actor, id);
		return ApiPage.slice(this.work.entries(actor, assignment), ApiPaging.of(page, size)).map(WorkEntryItem::of);
	}

	/**
	 * Logs a day's work on an accepted assignment ({@code {"workedOn": "2026-12-01",
	 * "minutes": 90, "kilometres": 12.5, "note": null}}): 201 with the entry; 422 naming
	 * the fields (a day in the future or before the commissioning, minutes outside 1 to
	 * 1440, kilometres outside 0 to 2000 or with more than one decimal); 409 if the
	 * assignment is not accepted (or done and approved).
	 */
	@PostMapping("/api/v1/me/assignments/{id}/work-entries")
	ResponseEntity<WorkEntryItem> log(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		WorkLog.Logged logged = this.work.logFromBody(actor, id, (body != null) ? body : Map.of());
		if (logged.id() == null) {
			throw new InvalidBodyException(logged.checked().errors());
		}
		Assignment assignment = this.work.own(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/me/assignments/" + id + "/work-entries"))
			.body(WorkEntryItem.of(this.work.entry(actor, assignment, logged.id())));
	}

	/**
	 * Changes an entry the guide logged (every field, the body of {@code POST}): 200 with
	 * the entry; 422 naming the fields; 409 once the assignment (or the entry) is
	 * approved, or if the assignment takes no entries; 404 for another guide's assignment
	 * or an entry of another assignment.
	 */
	@PutMapping("/api/v1/me/assignments/{id}/work-entries/{entryId}")
	WorkEntryItem change(@PathVariable UUID id, @PathVariable UUID entryId,
			@RequestBody(required = false) Map<String, Object> body) {
		Actor actor = CurrentActor.get();
		WorkLog.Logged changed = this.work.changeFromBody(actor, id, entryId, (body != null) ? body : Map.of());
		if (changed.id() == null) {
			throw new InvalidBodyException(changed.checked().errors());
		}
		return WorkEntryItem.of(this.work.entry(actor, this.work.own(actor, id), entryId));
	}

	/**
	 * Deletes an entry the guide logged: 204; 409 once approved (or if the assignment
	 * takes no entries); 404 for another guide's assignment or an entry of another
	 * assignment.
	 */
	@DeleteMapping("/api/v1/me/assignments/{id}/work-entries/{entryId}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID entryId) {
		this.work.delete(CurrentActor.get(), id, entryId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The first name and phone of the person the guide accompanies, from the side that
	 * asked (the Beratungsstelle), which checks the person's consent and records the
	 * read: only while the guide's assignment is accepted (409 otherwise, and 409 naming
	 * the consent if the person has not given it or withdrew it); 404 for another guide's
	 * assignment or a request the office asked for without such a contact.
	 */
	@GetMapping("/api/v1/me/assignments/{id}/contact")
	PersonContact contact(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		return this.contacts.of(actor, this.work.own(actor, id));
	}

	/** Marks an accepted assignment done (the request is done); 409 otherwise. */
	@PostMapping("/api/v1/me/assignments/{id}/done")
	MyAssignment done(@PathVariable UUID id) {
		Actor actor = CurrentActor.get();
		this.work.markDone(actor, id);
		return one(actor, id);
	}

	private MyAssignment one(Actor actor, UUID id) {
		Assignment assignment = this.work.own(actor, id);
		GuideRequest request = this.requests.find(actor.tenantId(), assignment.requestId())
			.orElseThrow(() -> new NotFoundException("guides.assignment.error.notFound"));
		return MyAssignment.of(assignment, request, this.regions);
	}

	/**
	 * A work entry in the API.
	 *
	 * @param id its id
	 * @param workedOn the day
	 * @param minutes the time spent
	 * @param kilometres the kilometres travelled
	 * @param note the guide's note, or null
	 * @param loggedAt when it was logged
	 * @param approvedAt when the office approved it, or null
	 */
	record WorkEntryItem(UUID id, LocalDate workedOn, int minutes, BigDecimal kilometres, String note,
			OffsetDateTime loggedAt, OffsetDateTime approvedAt) {

		static WorkEntryItem of(WorkEntry entry) {
			return new WorkEntryItem(entry.id(), entry.workedOn(), entry.minutes(), entry.kilometres(), entry.note(),
					entry.loggedAt(), entry.approvedAt());
		}

	}

	/**
	 * An assignment as its guide sees it.
	 *
	 * @param id the assignment
	 * @param status {@code COMMISSIONED}, {@code ACCEPTED}, {@code DECLINED},
	 * {@code DONE} or {@code CANCELLED}
	 * @param commissionedAt when the office commissioned the guide (Beauftragung)
	 * @param commissionedBy who commissioned the guide
	 * @param doneAt when the guide marked it done, or null
	 * @param approvedAt when the office approved it with its work entries, or null
	 * @param topic the request's topic
	 * @param languages the languages needed
	 * @param gemeinde the Gemeinde's name
	 * @param place where exactly, or null
	 * @param date the day of the (first) appointment
	 * @param starts when it starts
	 * @param ends when it ends
	 * @param recurrence {@code ONCE}, {@code WEEKLY} or {@code FORTNIGHTLY}
	 * @param repeatUntil the last day it repeats on, or null
	 * @param brief what the guide needs to know, or null
	 */
	record MyAssignment(UUID id, String status, OffsetDateTime commissionedAt, String commissionedBy,
			OffsetDateTime doneAt, OffsetDateTime approvedAt, String topic, List<String> languages, String gemeinde,
			String place, LocalDate date, LocalTime starts, LocalTime ends, String recurrence, LocalDate repeatUntil,
			String brief) {

		static MyAssignment of(Assignment assignment, GuideRequest request, GuideRegions regions) {
			return new MyAssignment(assignment.id(), assignment.status().name(), assignment.commissionedAt(),
					assignment.commissionedBy(), assignment.doneAt(), assignment.approvedAt(), request.topic().name(),
					request.languages(), regions.label(request.regionKey()), request.place(), request.date(),
					request.starts(), request.ends(), request.recurrence().name(), request.repeatUntil(),
					request.brief());
		}

	}

}
