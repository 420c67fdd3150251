package de.teilhabe.counselling.client;

/**
 * What of a client may be passed on to another service (a referral), each named in the
 * bundle ({@code counselling.referrals.category.<NAME>}). Which consent covers which
 * category is {@link SharingConsents}' rule.
 */
public enum DataCategory {

	/** First and last name, phone, e-mail. */
	NAME_AND_CONTACT,
	/** The year of birth. */
	BIRTH_YEAR,
	/** The languages spoken. */
	LANGUAGES,
	/** German skills (CEFR level). */
	GERMAN_LEVEL,
	/** The group of the residence status (a special category in practice). */
	RESIDENCE_STATUS,
	/** The concern: the case's topics and a short description typed for the referral. */
	CONCERN

}
