package de.teilhabe.guides.assignment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import de.teilhabe.guides.guide.GuideItem.RegionRef;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.Qualification;
import de.teilhabe.guides.request.GuideRequest;

/**
 * A request in the API.
 *
 * @param id its id
 * @param topic {@code ORIENTATION}, {@code AUTHORITY}, {@code HOUSING},
 * {@code CULTURAL_MEDIATION}, {@code LANGUAGE_SUPPORT} or {@code OTHER}
 * @param languages the languages needed (codes; one suffices)
 * @param gemeinde the Gemeinde of the appointment
 * @param place where exactly, or null
 * @param date the day of the (first) appointment
 * @param starts when it starts (office's time zone)
 * @param ends when it ends
 * @param recurrence {@code ONCE}, {@code WEEKLY} or {@code FORTNIGHTLY}
 * @param repeatUntil the last day a recurring request repeats on, or null
 * @param urgency {@code LOW}, {@code NORMAL} or {@code HIGH}
 * @param requiredQualifications what the guide must be qualified for
 * @param contactReference the reference of the person's contact held by the requesting
 * side, or null
 * @param brief what the guide needs to know, or null
 * @param status {@code OPEN}, {@code ASSIGNED}, {@code DONE} or {@code CANCELLED}
 * @param assignment the live or last assignment, or null
 * @param requester the partner organisation that asked for it (a PARTNER's request), or
 * null when the office entered it
 */
public record RequestItem(UUID id, String topic, List<String> languages, RegionRef gemeinde, String place,
		LocalDate date, LocalTime starts, LocalTime ends, String recurrence, LocalDate repeatUntil, String urgency,
		List<String> requiredQualifications, String contactReference, String brief, String status,
		AssignmentItem assignment, Requester requester) {

	static RequestItem of(GuideRequest request, GuideRegions regions, Assignment assignment,
			Function<UUID, String> organisationNames) {
		UUID organisation = request.requesterOrganisationId();
		return new RequestItem(request.id(), request.topic().name(), request.languages(),
				RegionRef.of(request.regionKey(), regions), request.place(), request.date(), request.starts(),
				request.ends(), request.recurrence().name(), request.repeatUntil(), request.urgency().name(),
				request.requiredQualifications().stream().map(Qualification::name).toList(), request.contactReference(),
				request.brief(), request.status().name(), (assignment != null) ? AssignmentItem.of(assignment) : null,
				(organisation != null) ? new Requester(organisation, organisationNames.apply(organisation)) : null);
	}

	/**
	 * The partner organisation that asked for a request.
	 *
	 * @param id the organisation's id (as in {@code /api/v1/organisations/{id}})
	 * @param name its name, or null when the organisation is no longer in the network
	 */
	public record Requester(UUID id, String name) {

	}

	/**
	 * An assignment in the API.
	 *
	 * @param id its id
	 * @param guideId the guide
	 * @param status {@code COMMISSIONED}, {@code ACCEPTED}, {@code DECLINED},
	 * {@code DONE} or {@code CANCELLED}
	 * @param cost the pair's cost when assigned, or null
	 * @param commissionedAt when the office commissioned the guide (Beauftragung)
	 * @param commissionedBy who commissioned
	 */
	public record AssignmentItem(UUID id, UUID guideId, String status, Integer cost, OffsetDateTime commissionedAt,
			String commissionedBy) {

		static AssignmentItem of(Assignment assignment) {
			return new AssignmentItem(assignment.id(), assignment.guideId(), assignment.status().name(),
					assignment.cost(), assignment.commissionedAt(), assignment.commissionedBy());
		}

	}

}
