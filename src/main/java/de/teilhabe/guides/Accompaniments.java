package de.teilhabe.guides;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.guides.assignment.Assignment;
import de.teilhabe.guides.assignment.AssignmentStore;
import de.teilhabe.guides.assignment.WorkEntry;
import de.teilhabe.guides.assignment.WorkEntryStore;
import de.teilhabe.guides.guide.GuideRegions;
import de.teilhabe.guides.guide.Topic;
import de.teilhabe.guides.request.GuideRequest;
import de.teilhabe.guides.request.RequestStore;
import de.teilhabe.guides.request.Requests;
import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.web.form.CheckedValues;

import org.springframework.stereotype.Service;

/**
 * Accompaniment by a guide that another part of the office asks for (the Beratungsstelle,
 * from a case): a Begleitanfrage with topic, languages, Gemeinde, time window and a
 * reference, never a name or a note, checked like the Leitstelle's own requests; and its
 * progress read back by the request's id. The person's contact stays with the asking
 * side: the guide of an accepted assignment gets it through
 * {@link AccompaniedPersonContacts}.
 */
@Service
public class Accompaniments {

	private final Requests requests;

	private final RequestStore requestStore;

	private final AssignmentStore assignments;

	private final WorkEntryStore entries;

	private final GuideRegions regions;

	Accompaniments(Requests requests, RequestStore requestStore, AssignmentStore assignments, WorkEntryStore entries,
			GuideRegions regions) {
		this.requests = requests;
		this.requestStore = requestStore;
		this.assignments = assignments;
		this.entries = entries;
		this.regions = regions;
	}

	/**
	 * Checks and stores a new open request (the fields of the Leitstelle's request form:
	 * {@code topic}, {@code languages}, {@code gemeinde}, {@code place}, {@code date},
	 * {@code starts}, {@code ends}, {@code contactReference}, {@code brief}, …), in the
	 * caller's transaction if there is one.
	 */
	public Asked ask(Actor actor, Map<String, ?> values) {
		Requests.Saved saved = this.requests.save(actor, null, values);
		return new Asked(saved.id(), saved.checked());
	}

	/** Where the requests stand, by request id (unknown ids left out). */
	public Map<UUID, Progress> progress(UUID tenantId, Collection<UUID> requestIds) {
		Map<UUID, Progress> progress = new LinkedHashMap<>();
		for (GuideRequest request : this.requestStore.findAll(tenantId, List.copyOf(requestIds))) {
			Optional<Assignment> latest = this.assignments.ofRequest(tenantId, request.id()).stream().findFirst();
			int minutes = latest
				.map((assignment) -> this.entries.ofAssignment(tenantId, assignment.id())
					.stream()
					.mapToInt(WorkEntry::minutes)
					.sum())
				.orElse(0);
			progress.put(request.id(),
					new Progress(request.status().name(), latest.map((a) -> a.status().name()).orElse(null),
							latest.map(Assignment::commissionedAt).orElse(null),
							latest.map(Assignment::doneAt).orElse(null),
							latest.map(Assignment::approvedAt).orElse(null), minutes));
		}
		return progress;
	}

	/** The tenant's Gemeinden a request may name: region key → name. */
	public Map<String, String> gemeinden(UUID tenantId) {
		return this.regions.labels(tenantId);
	}

	/**
	 * The topics a request may have, by code; the name of each is the message
	 * {@code guides.topic.<code>}.
	 */
	public static List<String> topics() {
		return Arrays.stream(Topic.values()).map(Topic::name).toList();
	}

	/**
	 * The outcome of asking.
	 *
	 * @param requestId the new request, null if a value was wrong
	 * @param checked the values and what is wrong with them (by field of the request
	 * form)
	 */
	public record Asked(UUID requestId, CheckedValues checked) {
	}

	/**
	 * Where a request stands.
	 *
	 * @param requestStatus {@code OPEN}, {@code ASSIGNED}, {@code DONE} or
	 * {@code CANCELLED}
	 * @param assignmentStatus the latest assignment's status ({@code COMMISSIONED},
	 * {@code ACCEPTED}, {@code DECLINED}, {@code DONE}, {@code CANCELLED}), or null if no
	 * guide was assigned yet
	 * @param commissionedAt when the latest guide was commissioned, or null
	 * @param doneAt when the guide marked it done, or null
	 * @param approvedAt when the Leitstelle approved it, or null
	 * @param minutesWorked the minutes the latest guide logged for it
	 */
	public record Progress(String requestStatus, String assignmentStatus, OffsetDateTime commissionedAt,
			OffsetDateTime doneAt, OffsetDateTime approvedAt, int minutesWorked) {
	}

}
