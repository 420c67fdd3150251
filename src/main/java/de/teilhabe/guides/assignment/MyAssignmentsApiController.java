package de.teilhabe.guides.assignment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.CurrentActor;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guide's own work (GUIDE): the assignments of the guide profile the account is bound
 * to, newest first, each with the brief of its request (topic, Gemeinde, place, times,
 * brief) but never the person's contact reference. An account bound to no profile gets an
 * empty list.
 */
@RestController
class MyAssignmentsApiController {

	private final Assignments assignments;

	private final RequestStore requests;

	private final GuideRegions regions;

	MyAssignmentsApiController(Assignments assignments, RequestStore requests, GuideRegions regions) {
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

	/**
	 * An assignment as its guide sees it.
	 *
	 * @param id the assignment
	 * @param status {@code COMMISSIONED}, {@code ACCEPTED}, {@code DECLINED},
	 * {@code DONE} or {@code CANCELLED}
	 * @param commissionedAt when the office commissioned the guide (Beauftragung)
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
	record MyAssignment(UUID id, String status, OffsetDateTime commissionedAt, String topic, List<String> languages,
			String gemeinde, String place, LocalDate date, LocalTime starts, LocalTime ends, String recurrence,
			LocalDate repeatUntil, String brief) {

		static MyAssignment of(Assignment assignment, GuideRequest request, GuideRegions regions) {
			return new MyAssignment(assignment.id(), assignment.status().name(), assignment.commissionedAt(),
					request.topic().name(), request.languages(), regions.label(request.regionKey()), request.place(),
					request.date(), request.starts(), request.ends(), request.recurrence().name(),
					request.repeatUntil(), request.brief());
		}

	}

}
