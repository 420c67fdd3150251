package de.teilhabe.guides.guide;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.teilhabe.region.Languages;
import de.teilhabe.shared.web.form.CheckedTogether;
import de.teilhabe.shared.web.form.FormBinder;
import de.teilhabe.shared.web.form.FormRows;
import de.teilhabe.shared.web.form.OneOf;
import de.teilhabe.shared.web.form.RowChoices;
import de.teilhabe.shared.web.form.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import org.springframework.validation.Errors;

/**
 * The form of a guide profile (page and API alike): the languages, the weekly
 * availability and the qualifications are indexed rows ({@code languages[0].code}; in
 * JSON {@code "languages": [{"code": "ar", "level": "NATIVE"}]}). The lifecycle state is
 * not part of it: a new profile starts as interested and moves by its own transitions.
 * The checks that need the tenant's Gemeinden and the day are made by {@link #check}.
 *
 * @param name the guide's name
 * @param email contact address
 * @param phone contact number
 * @param homeRegion the Gemeinde the guide lives in (region key)
 * @param gemeinden the Gemeinden the guide covers (region keys)
 * @param topics what the guide accompanies people in ({@link Topic} names)
 * @param mobility how the guide gets to appointments
 * @param assignmentsPerWeek requests a week at most (1–14; none given: 3)
 * @param certificateInspectedOn when the police certificate was inspected (not in the
 * future)
 * @param certificateNoRelevantEntry whether it had no relevant entry
 * @param languages the languages spoken with level
 * @param availability the weekly time spans
 * @param qualifications the qualifications with expiry
 */
public record GuideForm(
		@NotBlank(message = "{form.error.required}") @Size(max = 200,
				message = "{form.error.tooLong}") @SingleLine String name,
		@Size(max = 200, message = "{form.error.tooLong}") @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{form.error.email}") String email,
		@Pattern(regexp = "\\+?[0-9 ()/-]{3,30}", message = "{form.error.phone}") String phone,
		@NotBlank(message = "{form.error.required}") @Size(max = 12,
				message = "{form.error.tooLong}") String homeRegion,
		@Size(max = 100,
				message = "{form.error.tooMany}") List<@Size(max = 12,
						message = "{form.error.itemTooLong}") String> gemeinden,
		@Size(max = 6, message = "{form.error.tooMany}") List<@OneOf(Topic.class) String> topics,
		@NotNull(message = "{form.error.required}") Mobility mobility,
		@Range(min = 1, max = 14, message = "{form.error.range}") Integer assignmentsPerWeek,
		LocalDate certificateInspectedOn, Boolean certificateNoRelevantEntry,
		@Size(max = 10, message = "{form.error.tooMany}") List<@Valid LanguageRow> languages,
		@Size(max = 14, message = "{form.error.tooMany}") List<@Valid SlotRow> availability,
		@Size(max = 10, message = "{form.error.tooMany}") List<@Valid QualificationRow> qualifications)
		implements
			CheckedTogether {

	/** The default capacity: requests a week. */
	public static final int DEFAULT_ASSIGNMENTS_PER_WEEK = 3;

	/** The language rows as the page shows them. */
	public static final FormRows LANGUAGES = new FormRows("languages", List.of("code", "level"), 10);

	/** The availability rows as the page shows them. */
	public static final FormRows AVAILABILITY = new FormRows("availability", List.of("day", "starts", "ends"), 14);

	/** The qualification rows as the page shows them. */
	public static final FormRows QUALIFICATIONS = new FormRows("qualifications", List.of("qualification", "expiresOn"),
			10);

	private static final RowChoices LANGUAGE_CHOICES = new RowChoices("languages", "code", "guides.error.language",
			"guides.error.languageTwice", null);

	private static final RowChoices QUALIFICATION_CHOICES = new RowChoices("qualifications", "qualification",
			"typeMismatch", "guides.error.qualificationTwice", null);

	public GuideForm {
		gemeinden = (gemeinden != null) ? gemeinden : List.of();
		topics = (topics != null) ? topics : List.of();
		assignmentsPerWeek = (assignmentsPerWeek != null) ? assignmentsPerWeek : DEFAULT_ASSIGNMENTS_PER_WEEK;
		certificateNoRelevantEntry = Boolean.TRUE.equals(certificateNoRelevantEntry);
		languages = (languages != null) ? languages : List.of();
		availability = (availability != null) ? availability : List.of();
		qualifications = (qualifications != null) ? qualifications : List.of();
	}

	/**
	 * A language row.
	 *
	 * @param code the language (code of the platform's list)
	 * @param level how well
	 */
	public record LanguageRow(
			@NotBlank(message = "{form.error.required}") @Size(max = 20, message = "{form.error.tooLong}") String code,
			@NotNull(message = "{form.error.required}") LanguageLevel level) {
	}

	/**
	 * A weekly time span.
	 *
	 * @param day the weekday
	 * @param starts from
	 * @param ends until, after starts
	 */
	public record SlotRow(@NotNull(message = "{form.error.required}") DayOfWeek day,
			@NotNull(message = "{form.error.required}") LocalTime starts,
			@NotNull(message = "{form.error.required}") LocalTime ends) {
	}

	/**
	 * A qualification.
	 *
	 * @param qualification which
	 * @param expiresOn the last day it counts (none: does not lapse)
	 */
	public record QualificationRow(@NotNull(message = "{form.error.required}") Qualification qualification,
			LocalDate expiresOn) {
	}

	@Override
	public void checkTogether(Errors errors) {
		for (int row = 0; row < this.availability.size(); row++) {
			SlotRow slot = this.availability.get(row);
			String field = AVAILABILITY.field(row, "ends");
			if (slot.starts() != null && slot.ends() != null && !slot.ends().isAfter(slot.starts())
					&& !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "guides.error.endsBeforeStarts");
			}
		}
		QUALIFICATION_CHOICES.check(errors, this.qualifications, QualificationRow::qualification,
				java.util.EnumSet.allOf(Qualification.class), null);
	}

	/**
	 * Binds and checks submitted values, and that the Gemeinden are the tenant's, the
	 * languages are of the platform's list (each once) and the certificate's inspection
	 * lies not in the future.
	 * @param gemeinden the region keys of the tenant's Gemeinden
	 * @param today the office's day
	 */
	public static FormBinder.Bound<GuideForm> check(FormBinder binder, Map<String, ?> raw, Set<String> gemeinden,
			LocalDate today) {
		return binder.bind(raw, GuideForm.class, (form, errors) -> {
			if (form.homeRegion() != null && !errors.hasFieldErrors("homeRegion")
					&& !gemeinden.contains(form.homeRegion())) {
				errors.rejectValue("homeRegion", "guides.error.gemeinde");
			}
			if (!errors.hasFieldErrors("gemeinden") && !gemeinden.containsAll(form.gemeinden())) {
				errors.rejectValue("gemeinden", "guides.error.gemeinde");
			}
			if (form.certificateInspectedOn() != null && form.certificateInspectedOn().isAfter(today)) {
				errors.rejectValue("certificateInspectedOn", "guides.error.future");
			}
			LANGUAGE_CHOICES.check(errors, form.languages(), LanguageRow::code, knownCodes(form.languages()), null);
		});
	}

	/** The codes of the rows that the platform's language list has exactly. */
	private static Set<String> knownCodes(List<LanguageRow> rows) {
		Set<String> known = new java.util.HashSet<>();
		for (LanguageRow row : rows) {
			if (row.code() != null
					&& Languages.find(row.code()).filter((l) -> l.code().equals(row.code())).isPresent()) {
				known.add(row.code());
			}
		}
		return known;
	}

	/** The values of a stored profile as the form shows them. */
	public static Map<String, String> of(Guide guide) {
		return FormBinder.values(new GuideForm(guide.name(), guide.email(), guide.phone(), guide.homeRegionKey(),
				guide.gemeinden(), guide.topics().stream().map(Topic::name).toList(), guide.mobility(),
				guide.assignmentsPerWeek(), guide.certificateInspectedOn(), guide.certificateNoRelevantEntry(),
				guide.languages().stream().map((l) -> new LanguageRow(l.code(), l.level())).toList(),
				guide.availability().stream().map((s) -> new SlotRow(s.day(), s.starts(), s.ends())).toList(),
				guide.qualifications()
					.stream()
					.map((q) -> new QualificationRow(q.qualification(), q.expiresOn()))
					.toList()));
	}

	/** The values of a new profile: three requests a week. */
	public static Map<String, String> empty() {
		Map<String, String> values = new LinkedHashMap<>(FormBinder.empty(FormBinder.fields(GuideForm.class)));
		values.put("assignmentsPerWeek", String.valueOf(DEFAULT_ASSIGNMENTS_PER_WEEK));
		return values;
	}

}
