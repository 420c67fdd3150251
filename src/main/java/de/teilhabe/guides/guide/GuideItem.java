package de.teilhabe.guides.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A guide profile in the API.
 *
 * @param id its id
 * @param name the guide's name
 * @param email contact address, or null
 * @param phone contact number, or null
 * @param state {@code INTERESTED}, {@code FIRST_CONVERSATION}, {@code TRAINED},
 * {@code CERTIFICATE_INSPECTED}, {@code ACTIVE}, {@code PAUSED} or {@code ENDED}
 * @param homeRegion the Gemeinde the guide lives in
 * @param gemeinden the Gemeinden the guide covers
 * @param topics what the guide accompanies people in
 * @param mobility {@code WALK}, {@code BICYCLE}, {@code PUBLIC_TRANSPORT} or {@code CAR}
 * @param assignmentsPerWeek requests a week at most
 * @param certificateInspectedOn when the police certificate was inspected, or null
 * @param certificateNoRelevantEntry whether it had no relevant entry
 * @param certificateValid whether it counts today (inspected, no entry, not too old)
 * @param languages the languages with level ({@code A1}–{@code C2}, {@code NATIVE})
 * @param availability weekly spans: {@code day} ({@code MONDAY}…), {@code starts},
 * {@code ends}
 * @param qualifications qualifications with {@code expiresOn} (null: does not lapse)
 */
public record GuideItem(UUID id, String name, String email, String phone, String state, RegionRef homeRegion,
		List<RegionRef> gemeinden, List<String> topics, String mobility, int assignmentsPerWeek,
		LocalDate certificateInspectedOn, boolean certificateNoRelevantEntry, boolean certificateValid,
		List<Guide.SpokenLanguage> languages, List<Guide.Slot> availability,
		List<Guide.HeldQualification> qualifications) {

	/** A profile as the API shows it. */
	public static GuideItem of(Guide guide, GuideRegions regions, boolean certificateValid) {
		return new GuideItem(guide.id(), guide.name(), guide.email(), guide.phone(), guide.state().name(),
				RegionRef.of(guide.homeRegionKey(), regions),
				guide.gemeinden().stream().map((key) -> RegionRef.of(key, regions)).toList(),
				guide.topics().stream().map(Topic::name).toList(), guide.mobility().name(), guide.assignmentsPerWeek(),
				guide.certificateInspectedOn(), guide.certificateNoRelevantEntry(), certificateValid, guide.languages(),
				guide.availability(), guide.qualifications());
	}

	/**
	 * A Gemeinde: its region key and name.
	 *
	 * @param key the region key (AGS)
	 * @param name its name
	 */
	public record RegionRef(String key, String name) {

		public static RegionRef of(String key, GuideRegions regions) {
			return new RegionRef(key, regions.label(key));
		}

	}

}
