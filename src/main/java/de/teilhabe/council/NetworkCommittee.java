package de.teilhabe.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.teilhabe.council.model.MeetingState;

/**
 * A committee or working group the office sits on or takes part in (Arbeitskreis,
 * Netzwerktreffen, Fachausschuss of the Kreistag; {@code council_committee} of kind
 * {@code NETWORK}), shaped after OParl 1.1 {@code Organization}, but the office's own
 * bookkeeping: never in OParl. In lists the memberships and meetings are empty.
 *
 * @param id its id
 * @param name its name (OParl {@code name})
 * @param shortName short name (OParl {@code shortName})
 * @param classification what kind of body, e.g. Arbeitskreis, Ausschuss, Netzwerk (OParl
 * {@code classification})
 * @param startDate since when it exists (OParl {@code startDate})
 * @param endDate until when (OParl {@code endDate})
 * @param website its website (OParl {@code website})
 * @param officeRole the office's own role in it, e.g. "ständiges Mitglied",
 * "Geschäftsführung"
 * @param description what it does
 * @param memberships its members, current first, by name
 * @param meetings its meetings, newest first
 */
public record NetworkCommittee(UUID id, String name, String shortName, String classification, LocalDate startDate,
		LocalDate endDate, String website, String officeRole, String description, List<Membership> memberships,
		List<Meeting> meetings) {

	/**
	 * OParl {@code Membership}: a person (by name, in a function) or a member
	 * organisation of the network.
	 *
	 * @param id its id
	 * @param committeeId the committee
	 * @param personName the person, or null
	 * @param organisationId the member organisation (OParl {@code onBehalfOf} for a
	 * person), or null
	 * @param organisationName its name (null when the network does not know it)
	 * @param role the role, e.g. Vorsitz (OParl {@code role})
	 * @param votingRight whether the member may vote (OParl {@code votingRight})
	 * @param startDate since when (OParl {@code startDate})
	 * @param endDate until when (OParl {@code endDate})
	 */
	public record Membership(UUID id, UUID committeeId, String personName, UUID organisationId, String organisationName,
			String role, boolean votingRight, LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * OParl {@code Meeting}.
	 *
	 * @param id its id
	 * @param committeeId the committee (OParl {@code organization})
	 * @param name its name (OParl {@code name})
	 * @param startsAt when it starts (OParl {@code start})
	 * @param endsAt when it ends (OParl {@code end}), or null
	 * @param location where, as text
	 * @param state where it stands (OParl {@code meetingState}, {@code cancelled})
	 * @param notes short notes of the office
	 */
	public record Meeting(UUID id, UUID committeeId, String name, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String location, MeetingState state, String notes) {
	}

}
