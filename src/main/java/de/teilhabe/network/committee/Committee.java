package de.teilhabe.network.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A committee or working group (Gremium, Arbeitskreis) the office sits on, shaped after
 * OParl 1.1 {@code Organization}. In lists the memberships and meetings are empty.
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
 * @param memberships its members
 * @param meetings its meetings, newest first
 */
public record Committee(UUID id, String name, String shortName, String classification, LocalDate startDate,
		LocalDate endDate, String website, String officeRole, String description, List<Membership> memberships,
		List<Meeting> meetings) {

	/**
	 * OParl {@code Membership}: a person (by name, in a function) or a member
	 * organisation of the network.
	 *
	 * @param id its id
	 * @param personName the person, or null
	 * @param organisationId the member organisation (OParl {@code onBehalfOf} for a
	 * person), or null
	 * @param organisationName its name
	 * @param role the role, e.g. Vorsitz (OParl {@code role})
	 * @param votingRight whether the member may vote (OParl {@code votingRight})
	 * @param startDate since when (OParl {@code startDate})
	 * @param endDate until when (OParl {@code endDate})
	 */
	public record Membership(UUID id, String personName, UUID organisationId, String organisationName, String role,
			boolean votingRight, LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * OParl {@code Meeting}.
	 *
	 * @param id its id
	 * @param committeeId the committee (OParl {@code organization})
	 * @param name its name (OParl {@code name})
	 * @param startsAt when it starts (OParl {@code start})
	 * @param endsAt when it ends (OParl {@code end}), or null
	 * @param location where (OParl {@code location}, here as text)
	 * @param state where it stands (OParl {@code meetingState}, {@code cancelled})
	 * @param notes short notes of the office
	 */
	public record Meeting(UUID id, UUID committeeId, String name, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String location, MeetingState state, String notes) {
	}

}
