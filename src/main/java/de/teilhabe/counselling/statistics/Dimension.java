package de.teilhabe.counselling.statistics;

/**
 * What a statistics table is broken down by (its rows, and optionally its columns). The
 * client's categories come from {@code counselling_case_category} (see
 * {@link StatisticalCategories}), never from a decrypted field at query time.
 */
public enum Dimension {

	/** The case's topics (a case under each of its topics: mentions). */
	TOPIC("topic.code", false),
	/** The client's nationality group ({@link NationalityGroup}). */
	NATIONALITY_GROUP("coalesce(k.nationality_group, 'UNKNOWN')", false),
	/** The client's gender as stated. */
	GENDER("coalesce(k.gender, 'UNKNOWN')", false),
	/** The client's age at the case's opening ({@link AgeBand}). */
	AGE_BAND("coalesce(k.age_band, 'UNKNOWN')", false),
	/** The client's Gemeinde. */
	GEMEINDE("coalesce(k.gemeinde, 'UNKNOWN')", false),
	/** The contact's channel (contacts only). */
	CHANNEL("t.channel", true),
	/** The contact's language (contacts only). */
	LANGUAGE("coalesce(t.language, 'UNKNOWN')", true),
	/** The case's kind. */
	CASE_KIND("c.kind", false),
	/** The benefit status at the case's start. */
	BENEFIT_AT_START("coalesce(c.benefit_at_start, 'UNKNOWN')", false),
	/** The benefit status at the case's closure (unknown while open). */
	BENEFIT_AT_END("coalesce(c.benefit_at_end, 'UNKNOWN')", false),
	/** The month of the day counted. */
	MONTH("to_char(u_day, 'YYYY-MM')", false),
	/** The quarter of the day counted. */
	QUARTER("to_char(u_day, 'YYYY-\"Q\"Q')", false),
	/** The year of the day counted. */
	YEAR("to_char(u_day, 'YYYY')", false);

	/** The value of a unit in SQL (u_day stands for the day counted). */
	final String sql;

	private final boolean contacts;

	Dimension(String sql, boolean contacts) {
		this.sql = sql;
		this.contacts = contacts;
	}

	/** Whether only contacts have it. */
	public boolean ofContacts() {
		return this.contacts;
	}

	/** Whether it is a period (month, quarter, year). */
	public boolean isPeriod() {
		return this == MONTH || this == QUARTER || this == YEAR;
	}

}
