package de.teilhabe.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.council.model.MeetingState;
import de.teilhabe.shared.web.ApiPage;
import de.teilhabe.shared.web.ApiPaging;

/**
 * The committees the office sits on or takes part in ({@link NetworkCommittee}), with
 * their memberships and meetings, as other modules read and keep them: the network's
 * pages {@code /network/committees/**} and its staff API. Always within one tenant
 * (another tenant's record is never found); the caller checks the values (its forms) and
 * audits.
 */
public interface Committees {

	/** A committee with its memberships (current first) and meetings (newest first). */
	Optional<NetworkCommittee> find(UUID tenantId, UUID id);

	/**
	 * A page of the committees whose search text matches a LIKE pattern (lower case;
	 * null: all), by name.
	 */
	ApiPage<NetworkCommittee> search(UUID tenantId, String likePattern, ApiPaging paging);

	void create(UUID tenantId, UUID id, CommitteeValues values, OffsetDateTime now);

	/**
	 * @return whether the tenant has the committee
	 */
	boolean update(UUID tenantId, UUID id, CommitteeValues values, OffsetDateTime now);

	Optional<NetworkCommittee.Membership> membership(UUID tenantId, UUID id);

	void createMembership(UUID tenantId, UUID id, UUID committeeId, MembershipValues values, OffsetDateTime now);

	/**
	 * @return whether the tenant has the membership
	 */
	boolean updateMembership(UUID tenantId, UUID id, MembershipValues values, OffsetDateTime now);

	Optional<NetworkCommittee.Meeting> meeting(UUID tenantId, UUID id);

	void createMeeting(UUID tenantId, UUID id, UUID committeeId, MeetingValues values, OffsetDateTime now);

	/**
	 * @return whether the tenant has the meeting
	 */
	boolean updateMeeting(UUID tenantId, UUID id, MeetingValues values, OffsetDateTime now);

	/**
	 * Removes the memberships of an organisation that leaves the network.
	 * @return how many there were
	 */
	int removeOrganisation(UUID tenantId, UUID organisationId);

	/**
	 * A committee as entered (checked by the caller).
	 *
	 * @param name its name
	 * @param shortName short name, or null
	 * @param classification what kind of body
	 * @param startDate since when, or null
	 * @param endDate until when, or null
	 * @param website web address, or null
	 * @param officeRole the office's role in it
	 * @param description what it does, or null
	 */
	record CommitteeValues(String name, String shortName, String classification, LocalDate startDate, LocalDate endDate,
			String website, String officeRole, String description) {
	}

	/**
	 * A membership as entered: a person by name, an organisation of the network, or both.
	 *
	 * @param personName the person, or null
	 * @param organisationId the member organisation (an id of the network), or null
	 * @param role the role, free text, or null
	 * @param votingRight whether the member may vote
	 * @param startDate since when, or null
	 * @param endDate until when, or null
	 */
	record MembershipValues(String personName, UUID organisationId, String role, boolean votingRight,
			LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * A meeting as entered.
	 *
	 * @param name its name
	 * @param startsAt when it starts
	 * @param endsAt when it ends, or null
	 * @param location where, as text, or null
	 * @param state where it stands
	 * @param notes short notes, or null
	 */
	record MeetingValues(String name, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
			MeetingState state, String notes) {
	}

}
