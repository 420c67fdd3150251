package de.teilhabe.network.committee;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.teilhabe.council.Committees.CommitteeValues;
import de.teilhabe.council.Committees.MeetingValues;
import de.teilhabe.council.Committees.MembershipValues;
import de.teilhabe.council.NetworkCommittee;
import de.teilhabe.council.model.MeetingState;
import de.teilhabe.network.project.Values;
import de.teilhabe.shared.time.Times;

import org.springframework.validation.Errors;

/**
 * The fields of the committee, membership and meeting forms as the pages and the store
 * name them (the checks: {@link CommitteeForm}, {@link MembershipForm},
 * {@link MeetingForm}), and the checked values as the council's
 * {@link de.teilhabe.council.Committees} keeps them.
 */
public final class CommitteeForms {

	public static final List<String> COMMITTEE_FIELDS = List.of("name", "shortName", "classification", "startDate",
			"endDate", "website", "officeRole", "description");

	public static final List<String> MEMBERSHIP_FIELDS = List.of("personName", "organisation", "role", "votingRight",
			"startDate", "endDate");

	public static final List<String> MEETING_FIELDS = List.of("name", "date", "startTime", "endTime", "location",
			"state", "notes");

	private CommitteeForms() {
	}

	/** Rejects an end before its start (on the end date). */
	static void endNotBeforeStart(LocalDate start, LocalDate end, Errors errors) {
		if (start != null && end != null && end.isBefore(start) && !errors.hasFieldErrors("endDate")) {
			errors.rejectValue("endDate", "network.error.endBeforeStart");
		}
	}

	/** A meeting's start or end from the form's date and a time (the platform's zone). */
	static OffsetDateTime at(Map<String, String> values, String timeField, Times times) {
		String time = values.get(timeField);
		if (time == null || time.isEmpty()) {
			return null;
		}
		return times.at(LocalDate.parse(values.get("date")), LocalTime.parse(time));
	}

	static Map<String, String> of(NetworkCommittee committee) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", committee.name());
		values.put("shortName", text(committee.shortName()));
		values.put("classification", committee.classification());
		values.put("startDate", text(committee.startDate()));
		values.put("endDate", text(committee.endDate()));
		values.put("website", text(committee.website()));
		values.put("officeRole", committee.officeRole());
		values.put("description", text(committee.description()));
		return values;
	}

	static Map<String, String> of(NetworkCommittee.Membership membership) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("personName", text(membership.personName()));
		values.put("organisation", text(membership.organisationId()));
		values.put("role", text(membership.role()));
		values.put("votingRight", membership.votingRight() ? "true" : "");
		values.put("startDate", text(membership.startDate()));
		values.put("endDate", text(membership.endDate()));
		return values;
	}

	static Map<String, String> of(NetworkCommittee.Meeting meeting, Times times) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", meeting.name());
		values.put("date", times.local(meeting.startsAt()).toLocalDate().toString());
		values.put("startTime", times.time(meeting.startsAt()));
		values.put("endTime", times.time(meeting.endsAt()));
		values.put("location", text(meeting.location()));
		values.put("state", meeting.state().name());
		values.put("notes", text(meeting.notes()));
		return values;
	}

	/** A committee's checked form values. */
	public static CommitteeValues committee(Map<String, String> values) {
		return new CommitteeValues(values.get("name"), blankless(values.get("shortName")), values.get("classification"),
				Values.date(values.get("startDate")), Values.date(values.get("endDate")),
				blankless(values.get("website")), values.get("officeRole"), blankless(values.get("description")));
	}

	/** A membership's checked form values. */
	public static MembershipValues membership(Map<String, String> values) {
		return new MembershipValues(blankless(values.get("personName")), Values.uuid(values.get("organisation")),
				blankless(values.get("role")), "true".equals(values.get("votingRight")),
				Values.date(values.get("startDate")), Values.date(values.get("endDate")));
	}

	/** A meeting's checked form values (times in the platform's zone). */
	public static MeetingValues meeting(Map<String, String> values, Times times) {
		return new MeetingValues(values.get("name"), at(values, "startTime", times), at(values, "endTime", times),
				blankless(values.get("location")), MeetingState.valueOf(values.get("state")),
				blankless(values.get("notes")));
	}

	private static String blankless(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	public static Map<String, String> empty(List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((field) -> values.put(field, ""));
		return values;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
