package de.teilhabe.guides.guide;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A guide's profile.
 *
 * @param id its id
 * @param name the guide's name
 * @param email contact address, or null
 * @param phone contact number, or null
 * @param homeRegionKey the Gemeinde the guide lives in (distances start there)
 * @param gemeinden the Gemeinden the guide covers (region keys)
 * @param topics what the guide accompanies people in
 * @param mobility how the guide gets to appointments
 * @param assignmentsPerWeek how many requests a week at most (the batch's capacity)
 * @param state where the guide stands in the lifecycle
 * @param certificateInspectedOn when the office inspected the police certificate, or null
 * @param certificateNoRelevantEntry whether the certificate had no relevant entry
 * @param endedOn when the engagement ended (for the retention rules), or null
 * @param languages the languages spoken, with level
 * @param availability the weekly time spans the guide is available
 * @param qualifications what the guide was trained for, with expiry
 */
public record Guide(UUID id, String name, String email, String phone, String homeRegionKey, List<String> gemeinden,
		List<Topic> topics, Mobility mobility, int assignmentsPerWeek, GuideState state,
		LocalDate certificateInspectedOn, boolean certificateNoRelevantEntry, LocalDate endedOn,
		List<SpokenLanguage> languages, List<Slot> availability, List<HeldQualification> qualifications) {

	public Guide {
		gemeinden = List.copyOf(gemeinden);
		topics = List.copyOf(topics);
		languages = List.copyOf(languages);
		availability = List.copyOf(availability);
		qualifications = List.copyOf(qualifications);
	}

	/**
	 * Whether the police certificate counts on a day: inspected, without relevant entry,
	 * and not older than the renewal period.
	 */
	public boolean certificateValidOn(LocalDate day, Period validity) {
		return certificateValidOn(this.certificateInspectedOn, this.certificateNoRelevantEntry, day, validity);
	}

	/**
	 * Whether a police certificate inspected on a day (null: never) counts on another day
	 * (the rule of {@link #certificateValidOn(LocalDate, Period)} for a profile not
	 * stored yet, e.g. an imported row).
	 */
	public static boolean certificateValidOn(LocalDate inspectedOn, boolean noRelevantEntry, LocalDate day,
			Period validity) {
		return inspectedOn != null && noRelevantEntry && !inspectedOn.isAfter(day)
				&& inspectedOn.plus(validity).isAfter(day);
	}

	/** The level at which the guide speaks a language, if at all. */
	public Optional<LanguageLevel> levelOf(String code) {
		return this.languages.stream()
			.filter((language) -> language.code().equals(code))
			.map(SpokenLanguage::level)
			.findFirst();
	}

	/** The guide's qualification of that kind, if it has one. */
	public Optional<HeldQualification> qualification(Qualification qualification) {
		return this.qualifications.stream().filter((held) -> held.qualification() == qualification).findFirst();
	}

	/**
	 * A language a guide speaks.
	 *
	 * @param code ISO 639 code of the platform's language list
	 * @param level how well
	 */
	public record SpokenLanguage(String code, LanguageLevel level) {
	}

	/**
	 * A weekly time span in the office's time zone.
	 *
	 * @param day the weekday
	 * @param starts from
	 * @param ends until (after starts, the same day)
	 */
	public record Slot(DayOfWeek day, LocalTime starts, LocalTime ends) {

		/**
		 * Whether an appointment from start to end (local times) lies within the span.
		 */
		public boolean covers(ZonedDateTime start, ZonedDateTime end) {
			return start.getDayOfWeek() == this.day && start.toLocalDate().equals(end.toLocalDate())
					&& !start.toLocalTime().isBefore(this.starts) && !end.toLocalTime().isAfter(this.ends);
		}

	}

	/**
	 * A qualification a guide holds.
	 *
	 * @param qualification which
	 * @param expiresOn the last day it counts, or null if it does not lapse
	 */
	public record HeldQualification(Qualification qualification, LocalDate expiresOn) {

		public boolean validOn(LocalDate day) {
			return this.expiresOn == null || !this.expiresOn.isBefore(day);
		}

	}

}
