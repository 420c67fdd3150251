package de.teilhabe.counselling.client;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.counselling.client.ClientConsents.Purpose;
import de.teilhabe.privacy.ConsentRecord;
import de.teilhabe.privacy.Consents;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The consent check before anything of a client is shared: given the client and what is
 * to be shared ({@link Sharing}: the purpose, the recipient's kind of organisation and
 * the data categories), which of the client's consents valid now cover it, category by
 * category, and which are missing, named in the reader's language. The consent records
 * are the privacy module's ({@code privacy.Consents}, subject type
 * {@value ClientPrivacy#SUBJECT_TYPE}); which purpose covers which recipients and
 * categories is the rule of {@link #covers} (the same as the consent texts state).
 */
@Service
public class SharingConsents {

	/** The kinds of organisation of the Migrationsberatung für Erwachsene. */
	static final Set<String> MBE_KINDS = Set.of("WELFARE_ASSOCIATION", "COUNSELLING_SERVICE");

	private final Consents consents;

	private final MessageSource messages;

	private final Clock clock;

	SharingConsents(Consents consents, MessageSource messages, Clock clock) {
		this.consents = consents;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Checks the client's consents valid now against what is to be shared. The caller has
	 * checked that the user reads the client.
	 */
	public Check check(UUID tenantId, UUID clientId, Sharing sharing) {
		List<ConsentRecord> history = this.consents.history(tenantId, ClientPrivacy.SUBJECT_TYPE, clientId.toString());
		return check(history, sharing, OffsetDateTime.now(this.clock));
	}

	/**
	 * Whether every one of these consents is still valid now (none withdrawn since): what
	 * was shared under them may still be read by its recipient.
	 */
	public boolean stillValid(UUID tenantId, Collection<UUID> consentIds) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return consentIds.stream()
			.allMatch((id) -> this.consents.find(tenantId, id).map((consent) -> consent.validAt(now)).orElse(false));
	}

	/**
	 * The rule itself: for each category asked for, the consents among these, valid at
	 * the time, whose purpose covers the recipient and the category; a category none
	 * covers is missing, with the purposes that would cover it.
	 */
	public static Check check(Collection<ConsentRecord> consents, Sharing sharing, OffsetDateTime at) {
		Map<DataCategory, List<ConsentRecord>> covered = new LinkedHashMap<>();
		Map<DataCategory, List<Purpose>> missing = new LinkedHashMap<>();
		for (DataCategory category : sharing.categories()) {
			List<ConsentRecord> covering = consents.stream()
				.filter((consent) -> consent.validAt(at))
				.filter((consent) -> Purpose.byCode(consent.purpose())
					.filter((purpose) -> covers(purpose, sharing.purpose(), sharing.recipientKind(), category))
					.isPresent())
				.toList();
			if (covering.isEmpty()) {
				List<Purpose> would = new ArrayList<>();
				for (Purpose purpose : Purpose.values()) {
					if (covers(purpose, sharing.purpose(), sharing.recipientKind(), category)) {
						would.add(purpose);
					}
				}
				missing.put(category, would);
			}
			else {
				covered.put(category, covering);
			}
		}
		return new Check(covered, missing);
	}

	/**
	 * Whether a consent to the purpose covers sharing the category with an organisation
	 * of that kind for that sharing purpose, as the consent texts say: the general
	 * referral consent covers the service referred to (any kind) with name and contact,
	 * languages and concern; the Jobcenter one the Jobcenter with German skills too; the
	 * MBE one a welfare association or counselling service with the residence status too;
	 * the language course one a language course provider with name and contact, languages
	 * and German skills. The counselling itself shares nothing, nor does the consent to
	 * pass first name and phone to a guide (the accompaniment part checks that one).
	 */
	public static boolean covers(Purpose purpose, SharingPurpose sharing, String recipientKind, DataCategory category) {
		if (sharing != SharingPurpose.REFERRAL) {
			return false;
		}
		Set<DataCategory> categories = switch (purpose) {
			case COUNSELLING, GUIDE_ACCOMPANIMENT -> EnumSet.noneOf(DataCategory.class);
			case REFERRAL -> EnumSet.of(DataCategory.NAME_AND_CONTACT, DataCategory.LANGUAGES, DataCategory.CONCERN);
			case REFERRAL_JOBCENTER ->
				"JOBCENTER".equals(recipientKind) ? EnumSet.of(DataCategory.NAME_AND_CONTACT, DataCategory.LANGUAGES,
						DataCategory.GERMAN_LEVEL, DataCategory.CONCERN) : EnumSet.noneOf(DataCategory.class);
			case REFERRAL_MBE ->
				MBE_KINDS.contains(recipientKind)
						? EnumSet.of(DataCategory.NAME_AND_CONTACT, DataCategory.LANGUAGES,
								DataCategory.RESIDENCE_STATUS, DataCategory.CONCERN)
						: EnumSet.noneOf(DataCategory.class);
			case REFERRAL_LANGUAGE_COURSE -> "LANGUAGE_COURSE_PROVIDER".equals(recipientKind)
					? EnumSet.of(DataCategory.NAME_AND_CONTACT, DataCategory.LANGUAGES, DataCategory.GERMAN_LEVEL)
					: EnumSet.noneOf(DataCategory.class);
		};
		return categories.contains(category);
	}

	/**
	 * What is missing, one sentence per category in the reader's language: „Für
	 * „Geburtsjahr“ fehlt eine Einwilligung: keine der Einwilligungen erlaubt das.“ or
	 * „Für „Deutschkenntnisse“ fehlt die Einwilligung „Weitergabe an das Jobcenter“.“
	 */
	public List<String> missingMessages(Check check, Locale locale) {
		List<String> lines = new ArrayList<>();
		check.missing().forEach((category, purposes) -> {
			String name = categoryName(category, locale);
			if (purposes.isEmpty()) {
				lines.add(this.messages.getMessage("counselling.referrals.consent.missingNone", new Object[] { name },
						locale));
			}
			else {
				String titles = String.join(this.messages.getMessage("counselling.referrals.consent.or", null, locale),
						purposes.stream().map((purpose) -> "„" + purposeTitle(purpose, locale) + "“").toList());
				lines.add(this.messages.getMessage("counselling.referrals.consent.missing",
						new Object[] { name, titles }, locale));
			}
		});
		return lines;
	}

	/** A category by name in the reader's language. */
	public String categoryName(DataCategory category, Locale locale) {
		return this.messages.getMessage("counselling.referrals.category." + category.name(), null, locale);
	}

	/** A purpose's title in the reader's language. */
	public String purposeTitle(Purpose purpose, Locale locale) {
		return this.messages.getMessage("counselling.consent.purpose.title." + purpose.name(), null, locale);
	}

	/** Why data is shared. */
	public enum SharingPurpose {

		/** A referral of a case to an organisation (vermitteln). */
		REFERRAL

	}

	/**
	 * What is to be shared.
	 *
	 * @param purpose why
	 * @param recipientKind the kind of the organisation that receives it (the network's
	 * kinds, e.g. {@code JOBCENTER})
	 * @param categories what of the client
	 */
	public record Sharing(SharingPurpose purpose, String recipientKind, Set<DataCategory> categories) {
	}

	/**
	 * The answer of the check.
	 *
	 * @param covered each category covered, with the consents that cover it
	 * @param missing each category not covered, with the purposes whose consent would
	 * cover it (empty: none would)
	 */
	public record Check(Map<DataCategory, List<ConsentRecord>> covered, Map<DataCategory, List<Purpose>> missing) {

		/** Whether everything asked for is covered. */
		public boolean allowed() {
			return this.missing.isEmpty();
		}

		/** The ids of the consents that cover what is shared. */
		public List<UUID> consentIds() {
			return this.covered.values().stream().flatMap(List::stream).map(ConsentRecord::id).distinct().toList();
		}

	}

}
