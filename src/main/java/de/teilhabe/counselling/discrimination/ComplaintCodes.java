package de.teilhabe.counselling.discrimination;

/**
 * The code lists of a discrimination complaint, after the minimum documentation standards
 * of anti-discrimination counselling (Antidiskriminierungsverband Deutschland, advd).
 * Stored as the constants' names, shown by name
 * ({@code counselling.discrimination.<list>.<NAME>}).
 */
final class ComplaintCodes {

	private ComplaintCodes() {
	}

	/** Where it happened (Lebensbereich). */
	enum Area {

		WORK, HOUSING, EDUCATION, GOODS_SERVICES, HEALTH, AUTHORITIES, POLICE_JUSTICE, MEDIA_INTERNET, LEISURE, OTHER

	}

	/**
	 * The characteristics the discrimination relates to: the grounds of the AGG (§ 1) and
	 * others the counselling records.
	 */
	enum Characteristic {

		/** Ethnic origin, racist attribution (AGG). */
		ETHNIC_ORIGIN,
		/** Gender (AGG). */
		GENDER,
		/** Religion or belief (AGG). */
		RELIGION_BELIEF,
		/** Disability, chronic illness (AGG). */
		DISABILITY,
		/** Age (AGG). */
		AGE,
		/** Sexual identity (AGG). */
		SEXUAL_IDENTITY,
		/** Social status (not in the AGG). */
		SOCIAL_STATUS,
		/** Nationality (not in the AGG). */
		NATIONALITY,
		/** Residence status (not in the AGG). */
		RESIDENCE_STATUS,
		/** Language (not in the AGG). */
		LANGUAGE,
		/** Another characteristic. */
		OTHER

	}

	/** How (Form der Diskriminierung, AGG § 3). */
	enum DiscriminationForm {

		DIRECT, INDIRECT, HARASSMENT, SEXUAL_HARASSMENT, INSTRUCTION

	}

	/** On which level (Ebene). */
	enum Level {

		INDIVIDUAL, INSTITUTIONAL, STRUCTURAL

	}

	/** What the counselling did (Interventionen). */
	enum Intervention {

		COMPLAINT_LETTER, ACCOMPANIMENT, MEDIATION, REFERRAL, LEGAL_SUPPORT, OTHER

	}

	/** How it ended (Ergebnis). */
	enum Outcome {

		OPEN, RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED, WITHDRAWN

	}

	/** How the complaint came in. */
	enum Source {

		/** Entered by a counsellor. */
		COUNSELLING,
		/** Reported on the public form, anonymous. */
		ONLINE

	}

}
